"""Which of many points lie in a polygon, in one GEOS call: the polygon's intersection with the
multipoint of them all (points on the boundary included, as QgsGeometryEngine.intersects
says), read back from WKB with numpy. Point by point only when GEOS fails or answers with
something else than 2D points."""

from typing import Optional

import numpy as np
from qgis.core import QgsGeometry, QgsPoint

from ..toolbelt import qgis_enums
from .splitting import prepared

POINT_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])
HEADER_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("n", "<u4")])


def inside(region: QgsGeometry, xy: np.ndarray) -> np.ndarray:
    """Whether each point of the (n, 2) coordinates xy lies in region or on its boundary."""
    xy = np.ascontiguousarray(xy, dtype=float).reshape(-1, 2)
    if not len(xy):
        return np.zeros(0, dtype=bool)
    points = QgsGeometry()
    points.fromWkb(multipoint_wkb(xy))
    found = region.intersection(points)
    located = None if found.isNull() else wkb_points(found)
    if located is None:
        engine = prepared(region)
        return np.array([engine.intersects(QgsPoint(x, y)) for x, y in xy.tolist()], dtype=bool)
    return np.isin(_complex(xy), _complex(located))


def multipoint_wkb(xy: np.ndarray) -> bytes:
    """The WKB (little-endian) of the multipoint of the (n, 2) coordinates xy."""
    points = np.zeros(len(xy), dtype=POINT_WKB)
    points["order"], points["type"] = 1, 1
    points["x"], points["y"] = xy[:, 0], xy[:, 1]
    return np.array([(1, 4, len(xy))], dtype=HEADER_WKB).tobytes() + points.tobytes()


def wkb_points(geometry: QgsGeometry) -> Optional[np.ndarray]:
    """(n, 2) coordinates of an empty geometry, a 2D point or a 2D multipoint; None for
    anything else."""
    if geometry.isEmpty():
        return np.empty((0, 2))
    kind = geometry.wkbType()
    if kind not in (qgis_enums.WKB_POINT, qgis_enums.WKB_MULTI_POINT):
        return None
    wkb = geometry.asWkb().data()
    if wkb[0] != 1:  # QGIS writes little-endian WKB: anything else is read point by point
        return None
    if kind == qgis_enums.WKB_POINT:
        return np.frombuffer(wkb, dtype="<f8", count=2, offset=5).reshape(1, 2).copy()
    points = np.frombuffer(wkb, dtype=POINT_WKB, offset=HEADER_WKB.itemsize)
    return np.column_stack((points["x"], points["y"]))


def _complex(xy: np.ndarray) -> np.ndarray:
    """Each point as one complex number, for exact comparisons of both coordinates at once."""
    return np.ascontiguousarray(xy, dtype=float).view(np.complex128).ravel()
