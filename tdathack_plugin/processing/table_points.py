"""Point layers from tables as users download them: a CSV with coordinate columns.

Arcep's site file is ";"-separated with Lambert-93 `x`/`y` columns and `#N/A` rows; Sirene
géolocalisé and many portals give `longitude`/`latitude`. GDAL reads such a file as a table
without geometry: the points are made here from the columns, in the CRS their values can only be
in, and the rows without usable coordinates are skipped and counted.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr

# Column pairs, by priority: (x column, y column, CRS when the names say it).
COLUMN_PAIRS = (
    ("longitude", "latitude", "EPSG:4326"),
    ("lon", "lat", "EPSG:4326"),
    ("lng", "lat", "EPSG:4326"),
    ("x", "y", ""),
    ("coordonnee_x", "coordonnee_y", ""),
    ("coord_x", "coord_y", ""),
)
# Where Lambert-93 coordinates of metropolitan France and Corsica lie (metres, with margin).
LAMBERT93 = (-100_000.0, 6_000_000.0, 1_300_000.0, 7_200_000.0)


def coordinate_columns(fields):
    """(x field, y field, CRS or '') of the first known pair of columns, else None."""
    by_lower = {name.lower(): name for name in fields.names()}
    for x_name, y_name, crs in COLUMN_PAIRS:
        if x_name in by_lower and y_name in by_lower:
            return by_lower[x_name], by_lower[y_name], crs
    return None


def crs_of_values(xs, ys) -> str:
    """The CRS coordinates can only be in: longitudes/latitudes, else Lambert-93, else ''."""
    if all(-180 <= x <= 180 for x in xs) and all(-90 <= y <= 90 for y in ys):
        return "EPSG:4326"
    west, south, east, north = LAMBERT93
    if all(west <= x <= east for x in xs) and all(south <= y <= north for y in ys):
        return "EPSG:2154"
    return ""


def points_from_table(source, label: str, number_from, context, feedback):
    """A point source made from a table's coordinate columns; None when it has none.

    `number_from(value)` reads a coordinate ((number, from text) or (None, False)).
    """
    columns = coordinate_columns(source.fields())
    if columns is None:
        return None
    x_name, y_name, named_crs = columns
    x_index, y_index = source.fields().indexOf(x_name), source.fields().indexOf(y_name)
    rows, skipped, first_skipped = [], 0, []
    for feature in source.getFeatures():
        x, _ = number_from(feature[x_index])
        y, _ = number_from(feature[y_index])
        if x is None or y is None:
            skipped += 1
            if len(first_skipped) < 10:
                first_skipped.append(str(feature.id()))
            continue
        rows.append((feature, x, y))
    if not rows:
        raise QgsProcessingException(
            tr("The table {layer} has no row with numbers in its columns {x} and {y}.").format(
                layer=label, x=x_name, y=y_name
            )
        )
    crs = named_crs or crs_of_values([r[1] for r in rows], [r[2] for r in rows])
    if not crs:
        raise QgsProcessingException(
            tr(
                "The table {layer} has no geometry, and its columns {x} and {y} are neither "
                "longitudes/latitudes nor Lambert-93 coordinates. Add it as a delimited text "
                "layer with its CRS (Layer › Add Layer › Add Delimited Text Layer)."
            ).format(layer=label, x=x_name, y=y_name)
        )
    layer = QgsVectorLayer(f"Point?crs={crs}", source.sourceName(), "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for feature, x, y in rows:
        point = QgsFeature(layer.fields())
        point.setAttributes(feature.attributes())
        point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(point)
    layer.dataProvider().addFeatures(features)
    described = QgsCoordinateReferenceSystem(crs)
    feedback.pushInfo(
        tr(
            "The table {layer} has no geometry: {n} points made from its columns {x} and {y}, "
            "read as {crs}."
        ).format(
            layer=label,
            n=len(features),
            x=x_name,
            y=y_name,
            crs=f"{described.description()} ({crs})",
        )
    )
    if skipped:
        feedback.pushWarning(
            tr(
                "{n} rows of {layer} have no coordinates (#N/A, empty...) and were skipped "
                "(ids: {ids})."
            ).format(
                n=skipped,
                layer=label,
                ids=", ".join(first_skipped) + (" …" if skipped > len(first_skipped) else ""),
            )
        )
    return QgsProcessingFeatureSource(layer, context, False), layer
