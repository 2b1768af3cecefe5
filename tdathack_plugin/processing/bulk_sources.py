"""Point sources read in bulk instead of feature by feature: file layers through GDAL's Arrow
stream, PostGIS tables through one query, with the layer's filter and the selection applied as
QGIS applies them and the points moved to the computation CRS in one call. Each reader says why
it cannot, so the log tells when QGIS reads a source feature by feature."""

import os
from typing import Optional

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..coverage.bulk_transform import transformed_xy
from ..coverage.ogr_points import read_points
from ..database.points import postgis_points
from ..toolbelt import field_types, qgis_enums
from ..toolbelt.i18n import tr

PLAIN = (field_types.STRING, field_types.INT, field_types.LONG, field_types.DOUBLE)


def bulk_points(inputs, name, crs, fields=()) -> tuple:
    """((feature ids, coordinates in crs, {field: values}), "") of the features of a point
    source parameter, read in bulk (see coverage.ogr_points.read_points); (None, why not) when
    QGIS must read it feature by feature."""
    parameters, context = inputs.parameters, inputs.context
    layer, why = _layer(inputs.algorithm, parameters, name, context)
    if layer is None:
        return None, why
    why = _not_plain_points(layer)
    if why:
        return None, why
    names = layer.fields().names()
    if any(f not in names or layer.fields().field(f).type() not in PLAIN for f in fields):
        return None, tr("some of its fields are not text or numbers")
    text = [f for f in fields if layer.fields().field(f).type() == field_types.STRING]
    if text and layer.storageType() == "ESRI Shapefile":
        return None, tr("QGIS decodes a shapefile's text by rules of its own")
    if layer.providerType() == "ogr":
        table = _file_points(layer, fields)
    elif layer.providerType() == "postgres":
        table, why = postgis_points(layer, fields, inputs.feedback)
    else:
        return None, tr("QGIS reads this kind of layer ({provider}) only").format(
            provider=layer.providerType()
        )
    if table is None:
        return None, why or tr("GDAL cannot read its file in bulk")
    fids, xy, values = _selected(table, parameters.get(name), layer)
    if layer.crs() != crs:
        transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
        xy = transformed_xy(xy, transform)
        if xy is None:
            return None, tr("some of its points cannot be moved to the computation CRS")
    return (fids, xy, values), ""


def selection_extent(algorithm, parameters, name, context) -> Optional[QgsRectangle]:
    """The extent of the selected points of a file layer given as "selected features only",
    in its CRS, found from GDAL's bulk read as QGIS finds it (the box of the points that have
    a location); None for any other source. QGIS asks its provider for each selected feature
    in turn, which takes seconds for a large selection."""
    value = parameters.get(name)
    if not (isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly):
        return None
    layer, _why = _layer(algorithm, parameters, name, context)
    if layer is None or _not_plain_points(layer) or layer.providerType() != "ogr":
        return None
    table = _file_points(layer, [])
    if table is None:
        return None
    _fids, xy, _values = _selected(table, value, layer)
    xy = xy[~np.isnan(xy).any(axis=1)]
    if not len(xy):
        return None
    (x_min, y_min), (x_max, y_max) = xy.min(axis=0), xy.max(axis=0)
    return QgsRectangle(x_min, y_min, x_max, y_max)


def _not_plain_points(layer) -> str:
    """Why the features of a layer cannot be read as they are saved as single points ("" when
    they can)."""
    if layer.wkbType() != qgis_enums.WKB_POINT:
        return tr("its geometries are not single 2D points")
    if layer.isEditable() or layer.isModified():
        return tr("it is being edited (QGIS holds the edits not saved yet)")
    return ""


def _layer(algorithm, parameters, name, context) -> tuple:
    """(the layer of the parameter, "") or (None, why it cannot be read in bulk)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.featureLimit >= 0 or getattr(value, "filterExpression", "")
    ):
        return None, tr("a feature limit or a feature filter applies")
    if isinstance(value, QgsProcessingFeatureSourceDefinition):  # "selected features only"
        layer = QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
    else:
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if not isinstance(layer, QgsVectorLayer):
        return None, tr("it is not a layer")
    if not layer.crs().isValid():
        return None, tr("it has no CRS")
    return layer, ""


def _file_points(layer, fields) -> Optional[tuple]:
    """The points of an OGR file layer with its subset string (an OGR attribute filter, as
    QGIS passes it), or None."""
    subset = layer.subsetString()
    if subset.strip().upper().startswith("SELECT"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if not set(parts) <= {"path", "layerName", "layerId", "subset"}:
        return None
    if parts.get("layerId") is not None or not os.path.isfile(parts["path"]):
        return None  # a layer of a remote file: QGIS's copy may not be GDAL's
    return read_points(parts["path"], parts.get("layerName") or None, fields, subset)


def _selected(table, value, layer) -> tuple:
    """The table restricted to the layer's selected features when the parameter asks so."""
    fids, xy, values = table
    if not (isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly):
        return fids, xy, values
    keep = np.flatnonzero(np.isin(fids, np.fromiter(layer.selectedFeatureIds(), dtype=np.int64)))
    keep = keep[np.argsort(fids[keep], kind="stable")]  # QGIS reads a selection by feature id
    order = keep.tolist()
    kept = {name: [column[k] for k in order] for name, column in values.items()}
    return fids[keep], xy[keep], kept


def points_in_bulk(inputs, name, crs, field_sets) -> Optional[tuple]:
    """bulk_points() with the first of field_sets (lists of field names) it can read; None when
    it can read none of them, and the log says why QGIS reads the source instead."""
    why = ""
    for fields in field_sets:
        table, why = bulk_points(inputs, name, crs, fields)
        if table is not None:
            return table
    read_through_qgis(inputs, name, why)
    return None


def read_through_qgis(inputs, name, why: str) -> None:
    """Says in the log that QGIS reads the source of parameter name feature by feature, and
    why."""
    inputs.feedback.pushInfo(
        tr("{layer} is read through QGIS, feature by feature: {why}.").format(
            layer=inputs.label(name), why=why
        )
    )
