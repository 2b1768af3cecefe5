"""Every point of a file layer (GeoPackage, shapefile, FlatGeobuf, GeoJSON) read in bulk through
GDAL's Arrow stream (GDAL >= 3.6), with the attribute filter QGIS would give OGR."""

from collections.abc import Sequence
from typing import Optional

import numpy as np
from osgeo import ogr

POINT_WKB = np.array([1, 1, 0, 0, 0], dtype=np.uint8)  # little-endian ISO WKB header of a Point
POINT_WKB_SIZE = 21
PLAIN_TYPES = ("OFTString", "OFTInteger", "OFTInteger64", "OFTReal")
# formats whose feature ids QGIS takes from OGR as they are
DRIVERS = ("GPKG", "ESRI Shapefile", "FlatGeobuf", "GeoJSON", "GeoJSONSeq")


def _layer(path: str, layer_name: Optional[str], attribute_filter: str):
    """(dataset, layer) of a 2D point layer of one of DRIVERS with the filter set, or None."""
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    dataset = ogr.Open(path)
    if dataset is None or dataset.GetDriver().GetName() not in DRIVERS:
        return None
    if layer_name:
        layer = dataset.GetLayerByName(layer_name)
    else:
        layer = dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None
    if layer is None or layer.GetGeomType() != ogr.wkbPoint:
        return None
    if attribute_filter and layer.SetAttributeFilter(attribute_filter) != ogr.OGRERR_NONE:
        return None
    return dataset, layer


def _plain_fields(layer, names: Sequence[str]) -> bool:
    """Whether every field exists and holds plain strings or numbers."""
    definition = layer.GetLayerDefn()
    plain = {getattr(ogr, name) for name in PLAIN_TYPES}
    for name in names:
        index = definition.GetFieldIndex(name)
        if index < 0:
            return False
        field = definition.GetFieldDefn(index)
        if field.GetType() not in plain or field.GetSubType() != ogr.OFSTNone:
            return False
    return True


def point_xy(wkb) -> Optional[np.ndarray]:
    """(n, 2) coordinates of WKB points, NaN where there is no point; None if any is not a
    little-endian 2D point."""
    missing = np.ma.getmaskarray(wkb)
    blobs = np.ma.getdata(wkb)[~missing]
    xy = np.full((len(wkb), 2), np.nan)
    if blobs.dtype.kind == "V":
        if blobs.dtype.itemsize != POINT_WKB_SIZE:
            return None
        raw = blobs.view(np.uint8).reshape(-1, POINT_WKB_SIZE)
    else:
        if any(len(blob) != POINT_WKB_SIZE for blob in blobs):
            return None
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(-1, POINT_WKB_SIZE)
    if not (raw[:, :5] == POINT_WKB).all():
        return None
    xy[~missing] = np.ascontiguousarray(raw[:, 5:]).view("<f8")
    return xy


def read_points(
    path: str, layer_name: Optional[str], fields: Sequence[str] = (), attribute_filter: str = ""
) -> Optional[tuple]:
    """(feature ids, coordinates, {field: values}) of every feature of a point layer that
    passes the attribute filter, in the order OGR (and QGIS) reads them; coordinates are NaN
    for a null or empty geometry, values are str, int, float or None (a GeoPackage's FID
    column, which QGIS shows as a field, is a field here too). None when the layer cannot be
    read this way."""
    try:
        return _read(path, layer_name, fields, attribute_filter)
    except (RuntimeError, SystemError):  # GDAL's exceptions are on, or its numpy conversion
        return None  # fails (FlatGeobuf, GDAL 3.10): QGIS reads the layer


def _read(path, layer_name, fields, attribute_filter) -> Optional[tuple]:
    opened = _layer(path, layer_name, attribute_filter)
    if opened is None:
        return None
    _dataset, layer = opened
    fid = layer.GetFIDColumn() or "OGC_FID"
    if not _plain_fields(layer, [name for name in fields if name != fid]):
        return None
    definition = layer.GetLayerDefn()
    all_fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if not attribute_filter:  # some drivers test the filter on the fields read only
        layer.SetIgnoredFields([name for name in all_fields if name not in fields])
    geometry = layer.GetGeometryColumn() or "wkb_geometry"
    fids, xys, values = [], [], {name: [] for name in fields}
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        xy = point_xy(batch[geometry])
        if xy is None:
            return None
        fids.append(np.asarray(batch[fid], dtype=np.int64))
        xys.append(xy)
        for name in fields:
            try:
                values[name].extend(_values(batch[name]))
            except UnicodeDecodeError:  # text in another encoding: QGIS decodes it
                return None
    if not fids:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 2)), values
    return np.concatenate(fids), np.concatenate(xys), values


def _values(column) -> list:
    """The values of an Arrow column; UTF-8 bytes (how GeoPackage strings come) as str."""
    values = column.tolist()
    if np.ma.getdata(column).dtype.kind not in "SO":
        return values
    return [value.decode("utf-8") if isinstance(value, bytes) else value for value in values]
