"""Service points (hotspots...): nearest service and coverage of many demand points at once.

Demand points are grouped in square tiles. For each tile, `QgsSpatialIndex.nearestNeighbor` gives
the service nearest to the tile centre; every service that can be the nearest of a point of the
tile, or can cover it, lies in a box around the tile, and numpy measures the exact (planar)
distances to those few candidates. Covered means inside the service's buffer polygon, the same
polygon the dissolved coverage is made of: points well inside the inscribed circle or outside the
circle are decided by distance, the thin ring between them by GEOS on the polygon itself.
"""

import math

import numpy as np
from qgis.core import QgsGeometry, QgsPoint, QgsPointXY, QgsRectangle, QgsSpatialIndex

BLOCK = 4096  # demand points measured against the candidates at once (bounds memory)
POINTS_PER_TILE = 200  # enough points per tile to pay for its Python overhead
EPSILON = 1e-9  # relative margin around the inscribed circle and the circle


class ServicePoints:
    """Service points in a metric CRS, each with a coverage radius and a buffer polygon."""

    def __init__(self, xs, ys, radii, segments: int):
        """xs, ys, radii: equal-length sequences; segments: buffer segments per quarter circle."""
        self.xs = np.asarray(xs, dtype=float)
        self.ys = np.asarray(ys, dtype=float)
        self.radii = np.asarray(radii, dtype=float)
        self.segments = segments
        self.max_radius = float(self.radii.max()) if len(self.radii) else 0.0
        # Inscribed circle of the buffer polygon (4 * segments sides).
        self.inner = self.radii * math.cos(math.pi / (4 * segments)) * (1 - EPSILON)
        self.outer = self.radii * (1 + EPSILON)
        self.index = QgsSpatialIndex()
        for number, (x, y) in enumerate(zip(self.xs, self.ys)):
            self.index.addFeature(number, QgsRectangle(x, y, x, y))
        self._buffers = {}
        self._engines = {}
        self.spacing = self._spacing()

    def __len__(self):
        return len(self.xs)

    def reach_extent(self) -> QgsRectangle:
        """The box the services reach: their extent grown by the largest radius."""
        box = QgsRectangle(self.xs.min(), self.ys.min(), self.xs.max(), self.ys.max())
        return box.buffered(self.max_radius)

    def _spacing(self) -> float:
        """About the distance between neighbouring services."""
        if len(self) < 2:
            return 1000.0
        area = float(np.ptp(self.xs)) * float(np.ptp(self.ys))
        spacing = math.sqrt(area / len(self)) if area > 0 else 1000.0
        return min(max(spacing, 10.0), 10000.0)

    def buffer(self, number: int) -> QgsGeometry:
        """The coverage polygon of one service (GEOS buffer, cached)."""
        if number not in self._buffers:
            point = QgsGeometry(QgsPoint(self.xs[number], self.ys[number]))
            self._buffers[number] = point.buffer(float(self.radii[number]), self.segments)
        return self._buffers[number]

    def buffers(self, numbers=None) -> list:
        return [self.buffer(n) for n in (range(len(self)) if numbers is None else numbers)]

    def in_buffer(self, number: int, x: float, y: float) -> bool:
        if number not in self._engines:
            engine = QgsGeometry.createGeometryEngine(self.buffer(number).constGet())
            engine.prepareGeometry()
            self._engines[number] = engine
        return self._engines[number].intersects(QgsPoint(x, y))

    def numbers_in(self, rectangle: QgsRectangle) -> list:
        """Services whose buffer may touch the rectangle, in layer order."""
        return sorted(self.index.intersects(rectangle.buffered(self.max_radius)))

    def _tile_size(self, xs, ys) -> float:
        """The service spacing, or larger when demand is sparse (few points per tile)."""
        area = float(np.ptp(xs)) * float(np.ptp(ys))
        return max(self.spacing, math.sqrt(area * POINTS_PER_TILE / len(xs)))

    def _candidates(self, x0, y0, size) -> np.ndarray:
        """Every service that is the nearest of, or covers, some point of the tile."""
        centre = QgsPointXY(x0 + size / 2, y0 + size / 2)
        first = self.index.nearestNeighbor(centre, 1)[0]
        reach = math.hypot(self.xs[first] - centre.x(), self.ys[first] - centre.y())
        half = size / 2 + max(reach + size, self.max_radius)  # size >= 2 x half-diagonal / sqrt 2
        box = QgsRectangle(
            centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half
        )
        return np.array(sorted(self.index.intersects(box)), dtype=np.int64)

    def measure(self, xs, ys):
        """(nearest service number, distance in metres, covered) for each point, as arrays.

        Among services at the same distance, the first in layer order is the nearest.
        """
        xs = np.asarray(xs, dtype=float)
        ys = np.asarray(ys, dtype=float)
        nearest = np.full(len(xs), -1, dtype=np.int64)
        distance = np.full(len(xs), np.nan)
        covered = np.zeros(len(xs), dtype=bool)
        if not len(xs) or not len(self):
            return nearest, distance, covered
        size = self._tile_size(xs, ys)
        columns = np.floor(xs / size).astype(np.int64)
        rows = np.floor(ys / size).astype(np.int64)
        order = np.lexsort((rows, columns))
        keys = np.stack((columns[order], rows[order]), axis=1)
        starts = np.flatnonzero(np.any(np.diff(keys, axis=0) != 0, axis=1)) + 1
        for group in np.split(order, starts):
            column, row = columns[group[0]], rows[group[0]]
            candidates = self._candidates(column * size, row * size, size)
            for block in np.array_split(group, math.ceil(len(group) / BLOCK)):
                self._measure_block(xs, ys, block, candidates, nearest, distance, covered)
        return nearest, distance, covered

    def _measure_block(self, xs, ys, block, candidates, nearest, distance, covered):
        dx = xs[block, None] - self.xs[None, candidates]
        dy = ys[block, None] - self.ys[None, candidates]
        d = np.hypot(dx, dy)
        best = np.argmin(d, axis=1)  # first minimum: the lowest service number
        nearest[block] = candidates[best]
        distance[block] = d[np.arange(len(block)), best]
        surely = np.any(d <= self.inner[None, candidates], axis=1)
        covered[block] = surely
        maybe = ~surely[:, None] & (d <= self.outer[None, candidates])
        for row, column in zip(*np.nonzero(maybe)):
            point = block[row]
            if not covered[point]:
                covered[point] = self.in_buffer(int(candidates[column]), xs[point], ys[point])

    def nearest_to_geometry(self, geometry: QgsGeometry):
        """(service number, exact distance) nearest to a geometry; first in layer order on ties."""
        if not len(self) or geometry.isNull() or geometry.isEmpty():
            return -1, None
        box = QgsRectangle(geometry.boundingBox())
        first = self.index.nearestNeighbor(QgsPointXY(box.center()), 1)[0]
        # The nearest service is at most as far as this one: inside the box grown by that reach.
        reach = geometry.distance(self._point(first))
        box.grow(reach)
        best = (reach, first)
        for number in self.index.intersects(box):
            candidate = (geometry.distance(self._point(number)), number)
            if candidate < best:
                best = candidate
        return best[1], best[0]

    def _point(self, number) -> QgsGeometry:
        return QgsGeometry(QgsPoint(self.xs[number], self.ys[number]))
