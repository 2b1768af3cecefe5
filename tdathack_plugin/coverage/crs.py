"""Choice of the metric CRS computations run in, from where the data lies."""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

# (EPSG code, west, south, east, north) of the official projections of French territories.
FRENCH_PROJECTIONS = (
    ("EPSG:2154", -5.5, 41.0, 10.0, 51.5),  # Lambert-93, metropolitan France and Corsica
    ("EPSG:5490", -63.2, 14.3, -60.7, 18.2),  # RGAF09 / UTM 20N, Guadeloupe and Martinique
    ("EPSG:2972", -54.7, 2.0, -51.5, 6.0),  # RGFG95 / UTM 22N, Guyane
    ("EPSG:2975", 55.1, -21.5, 56.0, -20.8),  # RGR92 / UTM 40S, La Réunion
    ("EPSG:4471", 44.9, -13.1, 45.4, -12.5),  # RGM04 / UTM 38S, Mayotte
)


def extent_in_wgs84(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    if crs == WGS84:
        return QgsRectangle(extent)
    transform = QgsCoordinateTransform(crs, WGS84, QgsProject.instance().transformContext())
    return transform.transformBoundingBox(extent)


def is_empty_extent(extent: QgsRectangle) -> bool:
    """True for the extent of a layer without geometry: null on QGIS 3.22, NaN from 3.34 on."""
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return extent.isNull() or not all(math.isfinite(value) for value in corners)


def usable_here(authid: str, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem):
    """The CRS `authid` when it is projected and its area of use holds the extent's centre
    (a default of Lambert-93 never measures La Réunion), else None."""
    chosen = QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem()
    if not chosen.isValid() or chosen.isGeographic() or is_empty_extent(extent):
        return None
    return chosen if chosen.bounds().contains(extent_in_wgs84(extent, crs).center()) else None


def metric_crs_for(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem):
    """The official projection of the French territory holding the extent's centre, else UTM.

    An empty extent (no data to place) gets Lambert-93: the callers refuse empty inputs.
    """
    if is_empty_extent(extent):
        return QgsCoordinateReferenceSystem(FRENCH_PROJECTIONS[0][0])
    centre = extent_in_wgs84(extent, crs).center()
    for code, west, south, east, north in FRENCH_PROJECTIONS:
        if west <= centre.x() <= east and south <= centre.y() <= north:
            return QgsCoordinateReferenceSystem(code)
    zone = min(60, int((centre.x() + 180) // 6) + 1)
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")
