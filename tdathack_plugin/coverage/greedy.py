"""Greedy maximum coverage: the sites whose discs cover the most demand inside the gaps.

Covered demand is submodular (a site adds less once its neighbours are chosen), so the greedy
choice is within (1 - 1/e) of the best choice of the same size. It is computed lazily: every
candidate keeps the gain it had when last evaluated, an upper bound of its gain now; only the
candidates a chosen disc reaches are re-evaluated, and only when they come to the top.
"""

import heapq
import math
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY, QgsSpatialIndex

from .geometry import polygonal, subdivide
from .point_sets import inside
from .splitting import POLYGONS, area, prepared, split
from .threads import geos_pool

SEGMENTS = 16  # per quarter circle, as tdathack:coveragefromsites
BATCH = 32  # candidates whose regions one thread finds at a time


@dataclass
class Choice:
    """One chosen candidate and what it adds to the sites chosen before it."""

    candidate: int
    gain_demand: float
    gain_area_m2: float


def union(geometries) -> QgsGeometry:
    geometries = [g for g in geometries if area(g) > 0]
    if len(geometries) == 1:
        return geometries[0]
    return polygonal(QgsGeometry.unaryUnion(geometries)) if geometries else QgsGeometry()


class Gaps:
    """The gap polygons, subdivided and indexed: the part of any disc that lies in a gap."""

    def __init__(self, polygons):
        """polygons: valid polygons in a metric CRS (they may overlap)."""
        self.pieces = [p for g in polygons for p in subdivide(g)]
        self._index = QgsSpatialIndex()
        for number, piece in enumerate(self.pieces):
            self._index.addFeature(number, piece.boundingBox())

    def inside(self, geometry: QgsGeometry) -> QgsGeometry:
        engine = prepared(geometry)
        parts = []
        for number in self._index.intersects(geometry.boundingBox()):
            piece = self.pieces[number]
            if engine.contains(piece.constGet()):
                parts.append(piece)
            elif engine.intersects(piece.constGet()):
                parts.append(polygonal(geometry.intersection(piece)))
        return union(parts)


def grid_candidates(polygons, spacing: float) -> list:
    """Centres of the square cells of side `spacing` (anchored on the CRS origin) that fall in
    the polygons; a polygon holding no centre gets one point on its surface instead."""
    seen, points = set(), []
    for polygon in polygons:
        engine = prepared(polygon)
        box = polygon.boundingBox()
        first = math.floor(box.xMinimum() / spacing - 0.5)
        last = math.ceil(box.xMaximum() / spacing - 0.5)
        bottom = math.floor(box.yMinimum() / spacing - 0.5)
        top = math.ceil(box.yMaximum() / spacing - 0.5)
        found = False
        for column in range(first, last + 1):
            for row in range(bottom, top + 1):
                point = QgsPointXY((column + 0.5) * spacing, (row + 0.5) * spacing)
                geometry = QgsGeometry.fromPointXY(point)
                if not engine.intersects(geometry.constGet()):
                    continue
                found = True
                if (column, row) not in seen:
                    seen.add((column, row))
                    points.append(point)
        if not found:
            points.append(polygon.pointOnSurface().asPoint())
    return points


class PointWeights:
    """Demand points (counted, or weighted by a value): the points inside each region."""

    def __init__(self, xy: np.ndarray, weights):
        """xy: (n, 2) coordinates in the metric CRS; weights: one value per point."""
        self.weights = np.asarray(weights, dtype=float)
        self._order = np.argsort(xy[:, 0], kind="stable")
        self._xy = np.ascontiguousarray(xy[self._order], dtype=float)

    def members(self, region: QgsGeometry) -> np.ndarray:
        """The positions of the points in region or on its boundary, in order, found by GEOS
        in one intersection with the points of its bounding box."""
        box = region.boundingBox()
        first = np.searchsorted(self._xy[:, 0], box.xMinimum(), side="left")
        last = np.searchsorted(self._xy[:, 0], box.xMaximum(), side="right")
        ys = self._xy[first:last, 1]
        near = first + np.flatnonzero((ys >= box.yMinimum()) & (ys <= box.yMaximum()))
        if not len(near):
            return near
        return np.sort(self._order[near[inside(region, self._xy[near])]])


class MaxCoverage:
    """Candidate sites, the part of the gaps each one's disc covers, and the greedy choice."""

    def __init__(self, gaps: Gaps, candidates, radius: float, demand, feedback=None):
        """candidates: [QgsPointXY]; demand: PolygonDemand or PointWeights (metric CRS).

        The candidates' regions are found a batch of candidates at a time, by a pool of threads
        where QGIS makes them safe (coverage.threads)."""
        self.demand = demand
        self.regions = {}
        self._members = {}
        self._index = QgsSpatialIndex()
        feedback = feedback or QgsFeedback()
        batches = [
            range(start, min(start + BATCH, len(candidates)))
            for start in range(0, len(candidates), BATCH)
        ]
        with geos_pool() as pool:
            found = pool.map(lambda batch: self._regions(gaps, candidates, batch, radius), batches)
            for done, regions in enumerate(found, start=1):
                if feedback.isCanceled():
                    pool.shutdown(cancel_futures=True)
                    return
                for number, region, members in regions:
                    self.regions[number] = region
                    self._index.addFeature(number, region.boundingBox())
                    if members is not None:
                        self._members[number] = members
                feedback.setProgress(100 * done / len(batches))

    def _regions(self, gaps: Gaps, candidates, numbers, radius: float) -> list:
        """(number, region, its demand points or None) of the candidates numbers whose disc
        meets the gaps."""
        found = []
        for number in numbers:
            disc = QgsGeometry.fromPointXY(candidates[number]).buffer(radius, SEGMENTS)
            region = gaps.inside(disc)
            if area(region) > 0:
                points = isinstance(self.demand, PointWeights)
                found.append((number, region, self.demand.members(region) if points else None))
        return found

    def _demand_in(self, number: int, new_part: QgsGeometry, covered) -> float:
        """The demand of new_part: for points, the weights of its members not yet covered
        (a mask of the points)."""
        if isinstance(self.demand, PointWeights):
            members = self._members[number]
            return float(self.demand.weights[members[~covered[members]]].sum())
        if area(new_part) <= 0:
            return 0.0
        return self.demand.weights(new_part, prepared(new_part), {0: new_part})[0]

    def _new_part(self, number: int, chosen_regions: list, chosen_index) -> QgsGeometry:
        """The part of the candidate's region that no chosen site covers yet."""
        region = self.regions[number]
        near = [chosen_regions[i] for i in chosen_index.intersects(region.boundingBox())]
        if not near:
            return region
        return split(region, union(near), POLYGONS)[1]

    def choose(self, count: int, feedback=None) -> list:
        """Up to `count` choices, best gain first; stops early when no candidate adds demand."""
        feedback = feedback or QgsFeedback()
        chosen, chosen_regions = [], []
        points = isinstance(self.demand, PointWeights)
        covered = np.zeros(len(self.demand.weights), dtype=bool) if points else None
        chosen_index = QgsSpatialIndex()
        heap, exact = [], set()  # (-demand gain, -area gain, candidate); exact: still true gains
        for number, region in self.regions.items():
            demand = self._demand_in(number, region, covered)
            heap.append((-demand, -area(region), number))
            exact.add(number)
        heapq.heapify(heap)
        epsilon = 1e-9 * max(1.0, sum(-entry[0] for entry in heap))
        while heap and len(chosen) < count and not feedback.isCanceled():
            minus_demand, minus_area, number = heapq.heappop(heap)
            if number not in exact:
                new_part = self._new_part(number, chosen_regions, chosen_index)
                heapq.heappush(
                    heap, (-self._demand_in(number, new_part, covered), -area(new_part), number)
                )
                exact.add(number)
                continue
            if -minus_demand <= epsilon:
                break
            chosen.append(Choice(number, -minus_demand, -minus_area))
            region = self.regions[number]
            chosen_index.addFeature(len(chosen_regions), region.boundingBox())
            chosen_regions.append(region)
            if points:
                covered[self._members[number]] = True
            exact.difference_update(self._index.intersects(region.boundingBox()))
            feedback.setProgress(100 * len(chosen) / count)
        return chosen
