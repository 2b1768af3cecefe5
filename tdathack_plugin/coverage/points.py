"""Exact nearest neighbours and pairs within a distance for millions of points (numpy grid)."""

import numpy as np

RING = 2  # rings of cells searched at one grid level before moving to a coarser grid
TARGETS_PER_CELL = 0.4
CHUNK_PAIRS = 4_000_000  # candidate pairs held in memory at once
GAP_MARGIN = 1e-6  # of a cell: keeps cells whose distance is rounded up


class PointGrid:
    """Points bucketed in square cells: cell (i, j) holds the slots start[k]:start[k + 1] of
    the points sorted by cell (x, y: their coordinates, order: their index in xy)."""

    def __init__(self, xy: np.ndarray, cell: float):
        self.cell = float(cell)
        self.origin = xy.min(axis=0)
        columns, rows = self.cells_of(xy, clamp=False)
        self.nx, self.ny = int(columns.max()) + 1, int(rows.max()) + 1
        keys = columns * self.ny + rows
        self.order = np.argsort(keys, kind="stable")
        self.start = np.searchsorted(keys[self.order], np.arange(self.nx * self.ny + 1))
        self.x, self.y = xy[self.order, 0], xy[self.order, 1]

    def cells_of(self, xy: np.ndarray, clamp: bool = True):
        """(column, row) of each point; points outside the grid get the nearest border cell."""
        cells = np.floor((xy - self.origin) / self.cell)
        if clamp:
            cells[:, 0] = np.clip(cells[:, 0], 0, self.nx - 1)
            cells[:, 1] = np.clip(cells[:, 1], 0, self.ny - 1)
        return cells[:, 0].astype(np.int64), cells[:, 1].astype(np.int64)

    def candidates(self, columns, rows, di: int, dj: int):
        """(query positions, point slots) for the points of the cell at offset (di, dj)."""
        c, r = columns + di, rows + dj
        inside = np.flatnonzero((c >= 0) & (c < self.nx) & (r >= 0) & (r < self.ny))
        keys = c[inside] * self.ny + r[inside]
        first, counts = self.start[keys], self.start[keys + 1] - self.start[keys]
        shift = np.repeat(first - (np.cumsum(counts) - counts), counts)
        return np.repeat(inside, counts), np.arange(len(shift)) + shift


def ring(k: int):
    """Cell offsets at Chebyshev distance k, nearest first."""
    if k == 0:
        return [(0, 0)]
    offsets = [(i, j) for i in range(-k, k + 1) for j in range(-k, k + 1)]
    return sorted(
        ((i, j) for i, j in offsets if max(abs(i), abs(j)) == k),
        key=lambda o: abs(o[0]) + abs(o[1]),
    )


def _gap(low, value, offset: int, cell: float):
    """Distance along one axis from value to the cell starting at low + offset cells, less a
    margin for rounding (a lower bound of the distance to any point bucketed in that cell)."""
    start = low + offset * cell
    gap = np.maximum(np.maximum(start - value, value - start - cell), 0.0)
    return np.maximum(gap - GAP_MARGIN * cell, 0.0)


def _cell_for(xy: np.ndarray, per_cell: float) -> float:
    span = np.ptp(xy, axis=0)
    area = max(float(span[0]) * float(span[1]), float(max(span.max(), 1.0)) ** 2 / len(xy))
    return max(np.sqrt(area * per_cell / len(xy)), 1e-6)


def _closest(q, t, d2):
    """Per query of q (sorted), the candidate with the smallest (distance, target index)."""
    if len(q) == 0:
        return q, t, d2
    heads = np.flatnonzero(np.r_[True, q[1:] != q[:-1]])
    smallest = np.minimum.reduceat(d2, heads)
    tie = d2 == np.repeat(smallest, np.diff(np.r_[heads, len(q)]))
    lowest = np.minimum.reduceat(np.where(tie, t, np.iinfo(t.dtype).max), heads)
    return q[heads], lowest, smallest


def nearest(queries: np.ndarray, targets: np.ndarray):
    """(distance, index of the nearest target) for each query point; exact (planar).

    Searches the cells around each query, ring by ring: once the best distance found is less
    than k cells, no unsearched cell can hold a nearer point. Queries still open after RING
    rings go to a grid with cells four times larger. Ties go to the lowest target index.
    Queries are taken in cell order, so that neighbouring queries read neighbouring targets.
    """
    distance = np.full(len(queries), np.inf)
    index = np.full(len(queries), -1, dtype=np.int64)
    if len(targets) == 0 or len(queries) == 0:
        return distance, index
    todo = np.arange(len(queries))
    cell = _cell_for(targets, TARGETS_PER_CELL)
    while len(todo):
        grid = PointGrid(targets, cell)
        columns, rows = grid.cells_of(queries[todo])
        by_cell = np.argsort(columns * grid.ny + rows, kind="stable")
        todo, columns, rows = todo[by_cell], columns[by_cell], rows[by_cell]
        qx, qy = queries[todo, 0], queries[todo, 1]
        low_x, low_y = grid.origin[0] + columns * cell, grid.origin[1] + rows * cell
        best = np.full(len(todo), np.inf)
        best_index = np.full(len(todo), -1, dtype=np.int64)
        active = np.arange(len(todo))
        last = max(grid.nx, grid.ny)
        for k in range(last + 1):
            for di, dj in ring(k):
                near = active
                if k:  # only the queries this cell may hold a nearer point for
                    gap_x = _gap(low_x[active], qx[active], di, cell)
                    gap_y = _gap(low_y[active], qy[active], dj, cell)
                    near = active[gap_x * gap_x + gap_y * gap_y <= best[active]]
                q, slot = grid.candidates(columns[near], rows[near], di, dj)
                q = near[q]
                dx, dy = qx[q] - grid.x[slot], qy[q] - grid.y[slot]
                q, t, d2 = _closest(q, grid.order[slot], dx * dx + dy * dy)
                better = (d2 < best[q]) | ((d2 == best[q]) & (t < best_index[q]))
                best[q[better]], best_index[q[better]] = d2[better], t[better]
            if k >= last:
                active = active[:0]
            active = active[best[active] >= (k * cell) ** 2]
            if not len(active) or (k >= RING and grid.nx * grid.ny > 1):
                break
        done = np.ones(len(todo), dtype=bool)
        done[active] = False
        distance[todo[done]] = np.sqrt(best[done])
        index[todo[done]] = best_index[done]
        todo, cell = todo[active], cell * 4
    return distance, index


def pairs_within(xy: np.ndarray, radius: float):
    """Yield chunks (i, j) of every ordered pair i != j with distance(i, j) <= radius."""
    if len(xy) < 2:
        return
    # Cells at least `radius` wide (the 3 x 3 cells around a point hold its neighbours), and no
    # more cells than about 4 per point, so that memory stays bounded for a tiny radius.
    grid = PointGrid(xy, max(radius, _cell_for(xy, 0.25)))
    columns, rows = grid.cells_of(xy)
    limit = radius * radius
    step = max(1, int(CHUNK_PAIRS / max(1.0, len(xy) / (grid.nx * grid.ny)) / 9))
    for begin in range(0, len(xy), step):
        part = slice(begin, begin + step)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                q, slot = grid.candidates(columns[part], rows[part], di, dj)
                i, j = q + begin, grid.order[slot]
                dx, dy = xy[i, 0] - grid.x[slot], xy[i, 1] - grid.y[slot]
                keep = (i != j) & (dx * dx + dy * dy <= limit)
                yield i[keep], j[keep]


def rings_of(geometry) -> list:
    """Every ring (exterior and holes) of a polygon geometry as (n, 2) coordinate arrays."""
    rings = []
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    for polygon in polygons:
        rings.extend(np.array([(p.x(), p.y()) for p in ring_]) for ring_ in polygon)
    return rings


def inside_polygon(xy: np.ndarray, geometry) -> np.ndarray:
    """Mask of the points inside a polygon (even-odd rule; points on an edge may go either way)."""
    inside = np.zeros(len(xy), dtype=bool)
    if geometry.isNull() or geometry.isEmpty() or len(xy) == 0:
        return inside
    box = geometry.boundingBox()
    near = np.flatnonzero(
        (xy[:, 0] >= box.xMinimum())
        & (xy[:, 0] <= box.xMaximum())
        & (xy[:, 1] >= box.yMinimum())
        & (xy[:, 1] <= box.yMaximum())
    )
    x, y = xy[near, 0:1], xy[near, 1:2]
    edges = np.vstack([np.hstack([c[:-1], c[1:]]) for c in rings_of(geometry)])
    crossings = np.zeros(len(near), dtype=np.int64)
    step = max(1, CHUNK_PAIRS // max(1, len(near)))
    for begin in range(0, len(edges), step):
        a, b, c, d = edges[begin : begin + step].T
        straddle = (b > y) != (d > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            crossing = a + (y - b) * (c - a) / (d - b)
        crossings += (straddle & (x < crossing)).sum(axis=1)
    inside[near] = crossings % 2 == 1
    return inside
