"""Regular grids anchored on the CRS origin: the cell holding each point, and cell polygons.

Cells are identified by two integers, so grids made by different runs line up. Squares: column
and row of side `size`. Hexagons (pointy top): axial coordinates (q, r) of hexagons whose
neighbouring centres are `size` apart (the width across flats; area = size² x sqrt(3) / 2).
"""

import math

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

SQUARE = "square"
HEXAGON = "hexagon"
GRID_TYPES = (SQUARE, HEXAGON)
SQRT3 = math.sqrt(3.0)


def cells_of(xs, ys, grid_type: str, size: float):
    """(first, second) integer arrays: the cell of each point."""
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if grid_type == SQUARE:
        return np.floor(xs / size).astype(np.int64), np.floor(ys / size).astype(np.int64)
    circumradius = size / SQRT3
    q = (SQRT3 / 3 * xs - ys / 3) / circumradius
    r = (2 / 3 * ys) / circumradius
    return _cube_round(q, r)


def _cube_round(q, r):
    """Axial coordinates of the hexagon holding fractional axial coordinates (cube rounding)."""
    s = -q - r
    rq, rr, rs = np.round(q), np.round(r), np.round(s)
    dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    rq = np.where(fix_q, -rr - rs, rq)
    rr = np.where(fix_r, -rq - rs, rr)
    return rq.astype(np.int64), rr.astype(np.int64)


def cell_polygon(first: int, second: int, grid_type: str, size: float) -> QgsGeometry:
    if grid_type == SQUARE:
        return QgsGeometry.fromRect(
            QgsRectangle(first * size, second * size, (first + 1) * size, (second + 1) * size)
        )
    circumradius = size / SQRT3
    cx = size * (first + second / 2)
    cy = 1.5 * circumradius * second
    corners = [
        QgsPointXY(
            cx + circumradius * math.cos(math.radians(30 + 60 * k)),
            cy + circumradius * math.sin(math.radians(30 + 60 * k)),
        )
        for k in range(6)
    ]
    return QgsGeometry.fromPolygonXY([[*corners, corners[0]]])


def cell_id(first: int, second: int) -> str:
    return f"{first}_{second}"
