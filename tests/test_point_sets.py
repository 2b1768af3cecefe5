"""coverage.point_sets: the points of a polygon found in one GEOS call are those QGIS finds
point by point, boundary and holes included; what cannot be read as 2D points is said so."""

import numpy as np
from qgis.core import QgsGeometry, QgsPoint

from tdathack_plugin.coverage.point_sets import inside, multipoint_wkb, wkb_points
from tdathack_plugin.coverage.splitting import prepared

REGION = QgsGeometry.fromWkt(
    "MULTIPOLYGON (((0 0, 10 0, 10 10, 5 4, 0 10, 0 0), (2 2, 3 2, 3 3, 2 3, 2 2)),"
    " ((20 0, 21 0, 21 1, 20 0)))"
)


def test_inside_is_the_point_by_point_answer():
    rng = np.random.default_rng(8)
    xy = np.vstack(
        (
            rng.uniform(-2, 23, (3000, 2)).round(1),  # many on edges and vertices
            [[5.0, 4.0], [2.5, 2.5], [2.5, 2.0], [20.5, 0.5], [-0.0, 5.0], [0.0, 5.0]],
        )
    )
    engine = prepared(REGION)
    expected = [engine.intersects(QgsPoint(x, y)) for x, y in xy.tolist()]
    assert inside(REGION, xy).tolist() == expected
    assert inside(REGION, xy)[-6:].tolist() == [True, False, True, True, True, True]
    assert inside(REGION, np.empty((0, 2))).tolist() == []


def test_wkb_points_reads_2d_points_only():
    xy = np.array([[1.5, -2.25], [1e6, 6e6]])
    points = QgsGeometry()
    points.fromWkb(multipoint_wkb(xy))
    assert points.asWkt() == "MultiPoint ((1.5 -2.25),(1000000 6000000))"
    assert wkb_points(points).tolist() == xy.tolist()
    assert wkb_points(QgsGeometry.fromWkt("Point (3 4)")).tolist() == [[3.0, 4.0]]
    assert wkb_points(QgsGeometry.fromWkt("GeometryCollection EMPTY")).shape == (0, 2)
    assert wkb_points(QgsGeometry.fromWkt("PointZ (3 4 5)")) is None
    assert wkb_points(QgsGeometry.fromWkt("LineString (0 0, 1 1)")) is None
