"""Hotspots on a grid (Lambert-93 metres) whose buffers, covered areas and distances are exact.

A buffer of SEGMENTS segments per quarter circle is a regular polygon of 4 x SEGMENTS sides with a
vertex due east of the centre: its area is POLYGON_AREA, a line through its centre halves it, and
a point at a distance d from the centre is inside when d ≤ RADIUS towards a vertex but only when
d ≤ INSCRIBED towards the middle of a side.
"""

import math

from qgis.core import QgsGeometry, QgsPoint, QgsRectangle

from tdathack_plugin.toolbelt import field_types

from .squares import memory_layer

RADIUS = 100.0
SEGMENTS = 8
SIDES = 4 * SEGMENTS
POLYGON_AREA = SIDES / 2 * RADIUS**2 * math.sin(2 * math.pi / SIDES)
INSCRIBED = RADIUS * math.cos(math.pi / SIDES)
X0, Y0 = 700000.0, 6600000.0

# id, x, y, radius field (None: the RADIUS parameter applies). Buffers never overlap, except the
# duplicate H00b (same place as H00, listed after it: H00 is the nearest on ties).
HOTSPOTS = [
    *[(f"H{i}{j}", X0 + 300 * i, Y0 + 300 * j, None) for j in (0, 1) for i in (0, 1, 2)],
    ("H00b", X0, Y0, None),
    ("S50", X0 + 1200, Y0, 50.0),
    ("SN", X0 + 1200, Y0 + 300, None),
    ("S0", X0 + 1500, Y0, 0.0),  # radius 0: skipped
]
# Zone W holds H00, H01 and the west halves of H10, H11 (their centres lie on its edge).
ZONES = {
    "W": (X0 - 200, Y0 - 200, X0 + 300, Y0 + 500),
    "E": (X0 + 300, Y0 - 200, X0 + 1400, Y0 + 500),
}
COVERED_AREA = {"W": 3 * POLYGON_AREA, "E": 4.25 * POLYGON_AREA}
TOTAL_COVERED_AREA = 7.25 * POLYGON_AREA  # 6 grid hotspots + SN + S50 (radius 50: a quarter)


def point(x, y) -> QgsGeometry:
    return QgsGeometry(QgsPoint(x, y))


def towards(x, y, distance, angle) -> QgsGeometry:
    return point(x + distance * math.cos(angle), y + distance * math.sin(angle))


EDGE_MIDDLE = math.pi / SIDES  # direction of the middle of the first side
# id, geometry, weight, expected (covered, distance m, nearest id, zone)
POINTS = [
    ("P1", point(X0 + 50, Y0), 2.0, (True, 50.0, "H00", "W")),
    ("P2", towards(X0, Y0 + 300, 99.6, EDGE_MIDDLE), 1.0, (False, 99.6, "H01", "W")),
    ("P3", towards(X0, Y0 + 300, 99.6, 0.0), 1.0, (True, 99.6, "H01", "W")),
    ("P4", towards(X0, Y0 + 300, 99.4, EDGE_MIDDLE), 1.0, (True, 99.4, "H01", "W")),
    ("P5", point(X0 + 2000, Y0 + 1000), 5.0, (False, math.hypot(800, 700), "SN", None)),
    ("P6", None, 1.0, (None, None, None, None)),
    (
        "P7",
        QgsGeometry.fromWkt(f"MULTIPOINT(({X0 + 2000} {Y0 + 1000}), ({X0 + 1210} {Y0}))"),
        3.0,
        (True, 10.0, "S50", "E"),
    ),
]
# id, rectangle, expected (covered_share, distance m, nearest id)
POLYGONS = [
    ("half", (X0 + 600, Y0 - 200, X0 + 800, Y0 + 200), (POLYGON_AREA / 2 / 80000, 0.0, "H20")),
    ("inside", (X0 + 590, Y0 + 290, X0 + 610, Y0 + 310), (1.0, 0.0, "H21")),
    ("far", (X0 + 2000, Y0, X0 + 2100, Y0 + 100), (0.0, 800.0, "S50")),
]


def rect(box) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(*box))


def hotspots_layer(crs="EPSG:2154"):
    rows = [(point(x, y), [hid, radius, "Opérationnel"]) for hid, x, y, radius in HOTSPOTS]
    fields = [
        ("hid", field_types.STRING),
        ("radius", field_types.DOUBLE),
        ("etat2", field_types.STRING),
    ]
    return memory_layer("Point", fields, rows, crs, "hotspots")


def points_layer():
    rows = [
        (QgsGeometry(geometry) if geometry else QgsGeometry(), [pid, weight])
        for pid, geometry, weight, _expected in POINTS
    ]
    fields = [("pid", field_types.STRING), ("w", field_types.DOUBLE)]
    return memory_layer("MultiPoint", fields, rows, name="places")


def polygons_layer():
    rows = [(rect(box), [pid, 1.0]) for pid, box, _expected in POLYGONS]
    return memory_layer("Polygon", [("pid", field_types.STRING), ("w", field_types.DOUBLE)], rows)


def zones_layer():
    rows = [(rect(box), [code]) for code, box in ZONES.items()]
    return memory_layer("Polygon", [("code", field_types.STRING)], rows, name="zones")
