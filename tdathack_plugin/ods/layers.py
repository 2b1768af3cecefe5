"""Dataset export -> file on disk -> QgsVectorLayer named and described like the dataset.

Geo datasets come as FlatGeobuf (typed columns, geometry from the dataset's geo field:
geo_shape when present, else geo_point_2d), GeoJSON when the portal or GDAL cannot do
FlatGeobuf; tables as CSV, typed from the ODS field list through an OGR .csvt sidecar.
"""

import csv
from pathlib import Path
from typing import Optional

from osgeo import ogr
from qgis.core import (
    QgsAbstractMetadataBase,
    QgsBox3d,
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsFields,
    QgsLayerMetadata,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..toolbelt import field_types, log, qgis_enums
from ..toolbelt.i18n import tr
from ..toolbelt.layer_style import apply_style
from . import errors
from .rich_text import html_to_text

QGIS_TYPES = {
    "int": field_types.LONG,
    "double": field_types.DOUBLE,
    "boolean": field_types.BOOL,
    "date": field_types.DATE,
    "datetime": field_types.DATETIME,
}
CSVT_TYPES = {
    "int": "Integer64",
    "double": "Real",
    "boolean": "Integer(Boolean)",
    "date": "Date",
    "datetime": "DateTime",
}
EXTENSIONS = {"fgb": "fgb", "geojson": "geojson", "csv": "csv"}
WGS84 = "EPSG:4326"
_MULTI = {
    qgis_enums.POINT_GEOMETRY: qgis_enums.WKB_MULTI_POINT,
    qgis_enums.LINE_GEOMETRY: qgis_enums.WKB_MULTI_LINE_STRING,
    qgis_enums.POLYGON_GEOMETRY: qgis_enums.WKB_MULTI_POLYGON,
}
_SINGLE = {
    "point": qgis_enums.WKB_POINT,
    "multipoint": qgis_enums.WKB_MULTI_POINT,
    "linestring": qgis_enums.WKB_LINE_STRING,
    "multilinestring": qgis_enums.WKB_MULTI_LINE_STRING,
    "polygon": qgis_enums.WKB_POLYGON,
    "multipolygon": qgis_enums.WKB_MULTI_POLYGON,
}


def qgis_field(ods_field) -> QgsField:
    """The QGIS field of an ODS field (text, file, json_blob... become strings)."""
    kind = QGIS_TYPES.get(ods_field.type, field_types.STRING)
    field = QgsField(ods_field.name, kind)
    field.setAlias(ods_field.label if ods_field.label != ods_field.name else "")
    field.setComment(ods_field.description)
    return field


def qgis_fields(dataset) -> QgsFields:
    """The attribute fields of a dataset, typed from its ODS field list."""
    fields = QgsFields()
    for ods_field in dataset.attribute_fields:
        fields.append(qgis_field(ods_field))
    return fields


def geometry_type(dataset, found=qgis_enums.WKB_UNKNOWN) -> int:
    """The layer geometry type: the file's when definite, else from the dataset's metadata.

    Mixed single and multi parts of one kind (Polygon + MultiPolygon) give the multi type.
    """
    if not dataset.is_geo:
        return qgis_enums.WKB_NO_GEOMETRY
    if found not in (qgis_enums.WKB_UNKNOWN, qgis_enums.WKB_NO_GEOMETRY):
        return found
    kinds = {_SINGLE.get(name.lower(), qgis_enums.WKB_UNKNOWN) for name in dataset.geometry_types}
    if len(kinds) == 1:
        return kinds.pop()
    families = {QgsWkbTypes.geometryType(kind) for kind in kinds}
    if len(families) == 1:
        return _MULTI.get(families.pop(), qgis_enums.WKB_UNKNOWN)
    return qgis_enums.WKB_UNKNOWN


def export_formats(dataset) -> tuple:
    """Formats to try in order: FlatGeobuf then GeoJSON for geo datasets, CSV for tables."""
    if not dataset.is_geo:
        return ("csv",)
    if ogr.GetDriverByName("FlatGeobuf") is None:  # GDAL < 3.1
        return ("geojson",)
    return ("fgb", "geojson")


def download(client, dataset, folder, where="", select="", progress=None) -> Path:
    """Export a dataset into `folder` and return the file, readable by OGR.

    FlatGeobuf falls back to GeoJSON when the portal refuses the format or sends a file
    GDAL cannot read; query errors (bad `where`), access and network errors are raised.
    """
    formats = export_formats(dataset)
    for fmt in formats:
        path = Path(folder) / f"{_safe_name(dataset.dataset_id)}.{EXTENSIONS[fmt]}"
        try:
            client.export(dataset.dataset_id, fmt, path, where, select, progress=progress)
        except (errors.QueryError, errors.NotAPortalError, errors.UnexpectedResponseError) as e:
            if fmt == formats[-1] or getattr(e, "error_code", "") == "ODSQLError":
                raise
            continue
        if fmt == "csv":
            write_csvt(path, dataset)
        if _readable(path) or fmt == formats[-1]:
            return path
        path.unlink()
    raise AssertionError("unreachable")


def open_export(path, dataset, portal: str, page_url: str) -> QgsVectorLayer:
    """A layer on an exported file, named after the dataset, with its metadata."""
    layer = QgsVectorLayer(str(path), dataset.title, "ogr")
    if not layer.isValid():
        log.warning(f"QGIS cannot open the export of {dataset.dataset_id}: {path}")
        raise errors.UnexpectedResponseError(
            portal,
            200,
            tr("the portal's {format} export of this dataset cannot be read").format(
                format=_format_name(path)
            ),
        )
    return described(layer, dataset, portal, page_url)


def described(layer, dataset, portal: str, page_url: str):
    """The layer named after the dataset, with the dataset's metadata (in the layer's CRS)."""
    layer.setName(dataset.title)
    metadata = layer_metadata(dataset, portal, page_url)
    metadata.setCrs(layer.crs())
    layer.setMetadata(metadata)
    return layer


def defined_crs(layer) -> QgsCoordinateReferenceSystem:
    """The layer's CRS with its definition, which a file written in it needs.

    QGIS (3.22 to 3.40 at least) caches each CRS with the PROJ object of the thread that built
    it first. When that thread ends while another thread has used the CRS (a task's thread
    ends after 30 s idle in Qt's pool), the cached CRS stays valid with its authid but has no
    definition any more, in every thread: each layer opened afterwards on a file in that CRS
    gets it (no WKT), and QGIS writes a layer in it with an unknown CRS. The plugin reads its
    exports in tasks (the dock, the toolbox), so this comes after any download that waited:
    such a CRS is built anew from the file, once QGIS's CRS caches are emptied of it.
    """
    crs = layer.crs()
    if not crs.isValid() or crs.toWkt(qgis_enums.WKT_PREFERRED_GDAL):
        return crs
    QgsCoordinateReferenceSystem.invalidateCache()
    return QgsVectorLayer(layer.source(), layer.name(), layer.providerType()).crs()


def dress(layer, dataset, portal: str, page_url: str) -> None:
    """How a loaded dataset looks, whether the dock, the Browser or the toolbox, a model or
    qgis_process loaded it: named, described and styled."""
    described(layer, dataset, portal, page_url)
    apply_style(layer)


def dress_file(destination: str, dataset, portal: str, page_url: str) -> Optional[str]:
    """Keeps the dataset's metadata and style in a written file, where QGIS finds them whenever
    it opens the file (a qgis_process or model output): a GeoPackage in its own tables, any
    other file beside it (.qmd, .qml), never over a .qmd or .qml already there. "" when kept,
    why not (a sentence) when they could not be, None for a layer that is not a file (memory,
    database): the project keeps them."""
    path = Path(destination.split("|")[0])
    if not path.is_file():
        return None
    layer = QgsVectorLayer(destination, dataset.title, "ogr")
    if not layer.isValid():
        return tr("QGIS cannot open the file it wrote")
    dress(layer, dataset, portal, page_url)
    try:
        if layer.dataProvider().storageType() == "GPKG":
            return _kept_inside(layer, path, dataset.title)
        return _kept_beside(layer, path)
    except Exception as error:  # the data are written: the file is only less described
        log.warning(f"{path.name}: metadata and style not kept ({type(error).__name__})")
        return tr("QGIS could not save them")


def _kept_inside(layer, path: Path, title: str) -> str:
    """dress_file() for a GeoPackage: its gpkg_metadata and layer_styles tables."""
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", layer.source())
    parts["layerName"] = parts.get("layerName") or _first_table(path)
    uri = registry.encodeUri("ogr", parts)
    saved, _error = registry.providerMetadata("ogr").saveLayerMetadata(uri, layer.metadata())
    if saved and _default_style_saved_inside(layer, title):
        return ""
    return tr("QGIS could not save them in the GeoPackage")


def _kept_beside(layer, path: Path) -> str:
    """dress_file() for any other file: .qmd and .qml beside it, unless they exist."""
    metadata, style = path.with_suffix(".qmd"), path.with_suffix(".qml")
    taken = [p.name for p in (metadata, style) if p.exists()]
    if taken:
        return tr("a file of the same name is already beside it ({files}), left as it is").format(
            files=", ".join(taken)
        )
    _message, saved = layer.saveNamedMetadata(str(metadata))
    _message, styled = layer.saveNamedStyle(str(style))
    return "" if saved and styled else tr("QGIS could not write them beside it")


def _first_table(path: Path) -> str:
    """The name of the first table of a GeoPackage, the one QGIS opens by default."""
    source = ogr.Open(str(path))
    name = source.GetLayer(0).GetName() if source is not None and source.GetLayerCount() else ""
    source = None  # closed before QGIS writes to the file
    return name


def _default_style_saved_inside(layer, name: str) -> bool:
    """Saves the layer's style as its default one in its own database (a GeoPackage's
    layer_styles table); QGIS 3.44 replaces saveStyleToDatabase by saveStyleToDatabaseV2."""
    description = tr("Opendatasoft download")
    save = getattr(layer, "saveStyleToDatabaseV2", None)
    if save is None:
        return not layer.saveStyleToDatabase(name, description, True, "")
    _saved, error = save(name, description, True, "")
    return not error


def write_csvt(path: Path, dataset) -> None:
    """The OGR .csvt sidecar giving each CSV column its ODS type."""
    types = {f.name: f.type for f in dataset.fields}
    labels = {f.label: f.type for f in dataset.fields}
    with open(path, encoding="utf-8-sig", newline="") as stream:
        header = next(csv.reader(stream, delimiter=";"), [])
    columns = [CSVT_TYPES.get(types.get(name, labels.get(name)), "String") for name in header]
    path.with_suffix(".csvt").write_text(",".join(f'"{c}"' for c in columns), encoding="utf-8")


def layer_metadata(dataset, portal: str, page_url: str) -> QgsLayerMetadata:
    """QgsLayerMetadata from the catalogue entry: identifier = dataset id within the portal."""
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(dataset.dataset_id)
    metadata.setParentIdentifier(portal)
    metadata.setType("dataset")
    metadata.setTitle(dataset.title)
    metadata.setAbstract(html_to_text(dataset.description))
    if dataset.license:
        metadata.setLicenses([dataset.license])
    if dataset.publisher:
        contact = QgsAbstractMetadataBase.Contact()
        contact.organization = dataset.publisher
        contact.role = "publisher"
        metadata.addContact(contact)
    if dataset.keywords:
        metadata.addKeywords("keyword", list(dataset.keywords))
    if dataset.themes:
        metadata.addKeywords("theme", list(dataset.themes))
        metadata.setCategories(list(dataset.themes))
    page = QgsAbstractMetadataBase.Link(tr("Dataset page"), "WWW:LINK", page_url)
    page.description = tr("The dataset on {portal}").format(portal=portal)
    metadata.addLink(page)
    if dataset.license_url:
        licence = QgsAbstractMetadataBase.Link(tr("Licence"), "WWW:LINK", dataset.license_url)
        metadata.addLink(licence)
    if dataset.bbox:
        spatial = QgsLayerMetadata.SpatialExtent()
        spatial.extentCrs = QgsCoordinateReferenceSystem(WGS84)
        west, south, east, north = dataset.bbox
        spatial.bounds = QgsBox3d(west, south, 0, east, north, 0)
        extent = QgsLayerMetadata.Extent()
        extent.setSpatialExtents([spatial])
        metadata.setExtent(extent)
    return metadata


def _readable(path: Path) -> bool:
    source = ogr.Open(str(path))
    return source is not None and source.GetLayerCount() > 0


def _safe_name(dataset_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in dataset_id) or "dataset"


def _format_name(path) -> str:
    """The format of an export file as users know it (FlatGeobuf, GeoJSON, CSV)."""
    names = {"fgb": "FlatGeobuf", "geojson": "GeoJSON", "csv": "CSV"}
    suffix = Path(path).suffix.lstrip(".").lower()
    return names.get(suffix, suffix.upper())
