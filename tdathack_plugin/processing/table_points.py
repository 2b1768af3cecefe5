"""Point layers from tables as users download them: a CSV with coordinate columns.

Arcep's site file is ";"-separated with Lambert-93 `x`/`y` columns and `#N/A` rows; Sirene
géolocalisé and many portals give `longitude`/`latitude`. GDAL reads such a file as a table
without geometry: the points are made here from the columns, in the CRS their values can only be
in, and written to a temporary GeoPackage as they are read (memory stays flat, whatever the size
of the table). Rows without usable coordinates are skipped and counted.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingUtils,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr
from .run_steps import stop_if_cancelled
from .values import Tally, number_from

# Column pairs, by priority: (x column, y column, CRS when the names say it).
COLUMN_PAIRS = (
    ("longitude", "latitude", "EPSG:4326"),
    ("lon", "lat", "EPSG:4326"),
    ("lng", "lat", "EPSG:4326"),
    ("x", "y", ""),
    ("coordonnee_x", "coordonnee_y", ""),
    ("coord_x", "coord_y", ""),
)
# (CRS, west, south, east, north) coordinates of a table can be in, by priority: longitudes and
# latitudes, else Lambert-93 metres of metropolitan France and Corsica (with a margin).
RANGES = (
    ("EPSG:4326", -180.0, -90.0, 180.0, 90.0),
    ("EPSG:2154", -100_000.0, 6_000_000.0, 1_300_000.0, 7_200_000.0),
)
MAJORITY = 0.95  # share of the rows a CRS must hold to be chosen


def coordinate_columns(fields):
    """(x field, y field, CRS or '') of the first known pair of columns, else None."""
    by_lower = {name.lower(): name for name in fields.names()}
    for x_name, y_name, crs in COLUMN_PAIRS:
        if x_name in by_lower and y_name in by_lower:
            return by_lower[x_name], by_lower[y_name], crs
    return None


def bounds_of(crs: str):
    """(west, south, east, north) the coordinates of a table in `crs` can take."""
    return next(r[1:] for r in RANGES if r[0] == crs)


def inside(bounds, x: float, y: float) -> bool:
    west, south, east, north = bounds
    return west <= x <= east and south <= y <= north


def coordinates(feature, x_index, y_index):
    """(x, y) of a row, or None: no number, or (0, 0), the usual stand-in for "unknown"."""
    x, _ = number_from(feature[x_index])
    y, _ = number_from(feature[y_index])
    if x is None or y is None or (x == 0 and y == 0):
        return None
    return x, y


def choose_crs(source, x_index, y_index, named: str) -> str:
    """The CRS named by the columns, else the one that holds most rows (at least MAJORITY)."""
    if named:
        return named
    request = QgsFeatureRequest().setSubsetOfAttributes([x_index, y_index])
    request.setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
    counts, total = {code: 0 for code, *_ in RANGES}, 0
    for feature in source.getFeatures(request):
        point = coordinates(feature, x_index, y_index)
        if point is None:
            continue
        total += 1
        for code, *bounds in RANGES:
            counts[code] += inside(bounds, *point)
    for code, *_ in RANGES:
        if total and counts[code] >= MAJORITY * total:
            return code
    return ""


def skip_tallies(label: str, crs: str) -> tuple:
    """(rows without coordinates, rows outside `crs`) of the table `label`, counted."""
    missing = Tally(
        tr(
            "{n} rows of {layer} have no coordinates (#N/A, empty, 0 0...) and were skipped "
            "(features {ids})."
        ).replace("{layer}", label)
    )
    outside = Tally(
        tr(
            "{n} rows of {layer} have coordinates outside {crs} and were skipped "
            "(features {ids})."
        )
        .replace("{layer}", label)
        .replace("{crs}", crs)
    )
    return missing, outside


def table_rows(source, indexes, crs: str, skipped, feedback):
    """The rows of a table as points from the columns at `indexes` (x, y), read in `crs`;
    rows without coordinates or outside `crs` are counted in skipped (skip_tallies())."""
    missing, outside = skipped
    bounds = bounds_of(crs)
    for feature in source.getFeatures():
        stop_if_cancelled(feedback)
        point = coordinates(feature, *indexes)
        if point is None:
            missing.add(feature.id())
            continue
        if not inside(bounds, *point):
            outside.add(feature.id())
            continue
        row = QgsFeature(source.fields())
        row.setAttributes(feature.attributes())
        row.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*point)))
        yield row


def write_geopackage(path: str, fields, crs: str, rows, context) -> int:
    """Writes the point features `rows` to a new GeoPackage; how many were written."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(
        path,
        fields,
        qgis_enums.WKB_POINT,
        QgsCoordinateReferenceSystem(crs),
        context.transformContext(),
        options,
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(writer.errorMessage())
    written = 0
    try:
        for row in rows:
            writer.addFeature(row)
            written += 1
    finally:
        del writer  # closes the file, also on a cancel
    return written


def points_from_table(source, label: str, context, feedback):
    """(point source, its layer) made from a table's coordinate columns; None without them."""
    columns = coordinate_columns(source.fields())
    if columns is None:
        return None
    x_name, y_name, named = columns
    indexes = source.fields().indexOf(x_name), source.fields().indexOf(y_name)
    crs = choose_crs(source, *indexes, named)
    if not crs:
        raise QgsProcessingException(
            tr(
                "The table {layer} has no geometry, and its columns {x} and {y} are neither "
                "longitudes/latitudes nor Lambert-93 coordinates. Add it as a delimited text "
                "layer with its CRS (Layer › Add Layer › Add Delimited Text Layer)."
            ).format(layer=label, x=x_name, y=y_name)
        )
    path = QgsProcessingUtils.generateTempFilename("table_points.gpkg")
    skipped = skip_tallies(label, crs)
    rows = table_rows(source, indexes, crs, skipped, feedback)
    written = write_geopackage(path, source.fields(), crs, rows, context)
    if not written:
        raise QgsProcessingException(
            tr("The table {layer} has no row with numbers in its columns {x} and {y}.").format(
                layer=label, x=x_name, y=y_name
            )
        )
    described = QgsCoordinateReferenceSystem(crs)
    feedback.pushInfo(
        tr(
            "The table {layer} has no geometry: {n} points made from its columns {x} and {y}, "
            "read as {crs}."
        ).format(
            layer=label, n=written, x=x_name, y=y_name, crs=f"{described.description()} ({crs})"
        )
    )
    for tally in skipped:
        tally.warn(feedback)
    layer = QgsVectorLayer(path, source.sourceName(), "ogr")
    return QgsProcessingFeatureSource(layer, context, False), layer
