"""Count overlay: split a territory unit by the exact set of sources (operators) covering it."""

import threading

from qgis.core import (
    QgsFeedback,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
)

from .geometry import outline_chunks, polygonal, subdivide
from .splitting import CONSISTENCY, MIN_AREA, POLYGONS, area, prepared, sequential_partition

MAX_CORNERS = 64  # corners tried for a point inside a face


class CoverageSources:
    """Coverage polygons of N sources, subdivided and indexed for fast per-unit clipping."""

    def __init__(
        self, sources, area_of_interest: QgsRectangle = None, feedback: QgsFeedback = None
    ):
        """sources: {name: [valid polygons in the metric CRS]}, clipped to area_of_interest.

        Subdivided pieces (for clipping unit by unit) and outline chunks (for noding tiles of
        units) are built on first use."""
        self.names = list(sources)
        self._geometries = {}
        self._engines = {}  # (name, geometry number): prepared geometry, for points
        self._geometry_indexes = {}  # name: spatial index of its geometries
        self._pieces = {}  # name: (subdivided pieces, their index)
        self._outlines = None  # (outline chunks, their index)
        # One thread at a time queries the shared prepared geometries: GEOS objects are not
        # safe to use from two threads at once (QGIS 3.40 crashed, "double free or corruption").
        self._shared = threading.Lock()
        clip = QgsGeometry.fromRect(area_of_interest) if area_of_interest is not None else None
        for name, geometries in sources.items():
            if clip is not None:  # geometries already within the area are kept as they are
                geometries = [
                    g
                    if area_of_interest.contains(g.boundingBox())
                    else polygonal(g.intersection(clip))
                    for g in geometries
                ]
            self._geometries[name] = [g for g in geometries if not g.isEmpty()]
            if feedback is not None and feedback.isCanceled():
                return

    def _subdivided(self, name: str) -> tuple:
        """(pieces of the source's polygons, spatial index of the pieces)."""
        if name not in self._pieces:
            pieces = [p for g in self._geometries[name] for p in subdivide(g)]
            index = QgsSpatialIndex()
            for number, piece in enumerate(pieces):
                index.addFeature(number, piece.boundingBox())
            self._pieces[name] = pieces, index
        return self._pieces[name]

    def outline_density(self) -> float:
        """Vertices of the sources' outlines per square metre of their extent (on average)."""
        chunks, _index = self._outline_chunks()
        if not chunks:
            return 0.0
        extent = QgsRectangle(chunks[0].boundingBox())
        for chunk in chunks[1:]:
            extent.combineExtentWith(chunk.boundingBox())
        vertices = sum(chunk.constGet().nCoordinates() for chunk in chunks)
        return vertices / max(extent.area(), 1.0)

    def outlines_near(self, box: QgsRectangle) -> list:
        """Pieces of the sources' outlines (lines) that may cross box."""
        chunks, index = self._outline_chunks()
        return [chunks[number] for number in index.intersects(box)]  # QGIS locks the index

    def _outline_chunks(self) -> tuple:
        """(chunks of the sources' dissolved outlines, their spatial index), built once."""
        if self._outlines is None:
            chunks = [
                chunk
                for geometries in self._geometries.values()
                for geometry in dissolved(geometries)
                for chunk in outline_chunks(geometry)
            ]
            index = QgsSpatialIndex()
            for number, chunk in enumerate(chunks):
                index.addFeature(number, chunk.boundingBox())
            self._outlines = chunks, index
        return self._outlines

    def prepare(self, feedback: QgsFeedback = None) -> None:
        """Build the indexes and prepared geometries now, before threads share them. One copy
        for all threads (a national coverage costs 450 MB a copy), queried by one at a time."""
        self._outline_chunks()
        for name in self.names:
            self._geometry_index(name)
            for number in range(len(self._geometries[name])):
                if feedback is not None and feedback.isCanceled():
                    return
                self._engine(name, number)

    def _geometry_index(self, name: str):
        if name not in self._geometry_indexes:
            index = QgsSpatialIndex()
            for number, geometry in enumerate(self._geometries[name]):
                index.addFeature(number, geometry.boundingBox())
            self._geometry_indexes[name] = index
        return self._geometry_indexes[name]

    def _engine(self, name: str, number: int):
        """The prepared geometry, its point locator built by a first query."""
        engine = self._engines.get((name, number))
        if engine is None:
            geometry = self._geometries[name][number]
            engine = prepared(geometry)
            centre = geometry.boundingBox().center()
            engine.intersects(QgsPoint(centre.x(), centre.y()))
            self._engines[name, number] = engine
        return engine

    def covering(self, point) -> frozenset:
        """The sources covering a point (a QgsPoint); safe from any thread."""
        box = QgsRectangle(point.x(), point.y(), point.x(), point.y())
        found = set()
        with self._shared:
            for name in self.names:
                for number in self._geometry_index(name).intersects(box):
                    if self._engine(name, number).intersects(point):
                        found.add(name)
                        break
        return frozenset(found)

    def covered_part(self, name: str, unit: QgsGeometry, unit_engine) -> QgsGeometry:
        """The part of a territory unit covered by one source (empty geometry when none)."""
        pieces, index = self._subdivided(name)
        parts = []
        for number in index.intersects(unit.boundingBox()):
            piece = pieces[number]
            if unit_engine.contains(piece.constGet()):
                parts.append(piece)
            elif unit_engine.intersects(piece.constGet()):
                parts.append(polygonal(piece.intersection(unit)))
        parts = [part for part in parts if not part.isEmpty()]
        if not parts:
            return QgsGeometry()
        return parts[0] if len(parts) == 1 else QgsGeometry.unaryUnion(parts)

    def partition(self, unit: QgsGeometry) -> dict:
        """{frozenset of covering sources: geometry} covering the unit exactly once."""
        unit_engine = prepared(unit)
        everywhere, partial = set(), {}
        for name in self.names:
            covered = self.covered_part(name, unit, unit_engine)
            if covered.isEmpty():
                continue
            if abs(area(covered) - area(unit)) <= MIN_AREA + CONSISTENCY * area(unit):
                everywhere.add(name)
            else:
                partial[name] = covered
        if not partial:
            return {frozenset(everywhere): unit}
        pieces = faces_by_sources(unit, unit_engine, partial)
        if pieces is None:  # noding failed to give faces adding up to the unit
            pieces = sequential_partition(unit, partial, POLYGONS)
        return {key | everywhere: geometry for key, geometry in pieces.items()}


def _candidate_points(polygon: QgsGeometry):
    """Points likely inside a polygon, best first: GEOS's point on surface, the centroid, the
    centroids of the corners of its outer ring (an ear's is inside). Not QGIS's pole of
    inaccessibility: its first grid, sized by the box's smaller side, exhausts the memory on
    a sliver."""
    yield polygon.pointOnSurface()
    yield polygon.centroid()
    ring = polygon.constGet().exteriorRing() if not polygon.isMultipart() else None
    points = ring.points()[:-1] if ring is not None else []
    for number in range(min(len(points), MAX_CORNERS)):
        corner = (points[number - 1], points[number], points[(number + 1) % len(points)])
        yield QgsGeometry.fromPointXY(
            QgsPointXY(sum(p.x() for p in corner) / 3, sum(p.y() for p in corner) / 3)
        )


def point_inside(polygon: QgsGeometry) -> QgsGeometry:
    """A point inside a polygon, to tell which sources cover it: GEOS 3.11's pointOnSurface
    was seen on the outline, or just outside, of small faces (kept when nothing better)."""
    first = None
    for point in _candidate_points(polygon):
        if _strictly_inside(polygon, point):
            return point
        first = first or point
    return first


def _strictly_inside(polygon: QgsGeometry, point: QgsGeometry) -> bool:
    if polygon.isMultipart():
        return polygon.contains(point)
    xy = point.asPoint()  # a polygon's own distance to its rings: no conversion to GEOS
    return polygon.constGet().pointDistanceToBoundary(xy.x(), xy.y()) > 0


def dissolved(geometries: list) -> list:
    """Polygons of one source as one (site discs, one polygon per level...), so that only the
    outline of the covered area is noded; the polygons as they are if GEOS fails."""
    if len(geometries) < 2:
        return geometries
    union = QgsGeometry.unaryUnion(geometries)
    return [union] if not union.isNull() and not union.isEmpty() else geometries


def faces_by_sources(unit: QgsGeometry, unit_engine, covered: dict):
    """Partition by polygonizing the noded outlines: one noding instead of an overlay per piece.

    Every face of the arrangement of the unit's and the covered parts' outlines lies in one exact
    set of sources, found from a point inside it. Returns None when the faces do not add up to
    the unit (the caller then splits by overlays).
    """
    outlines = [QgsGeometry(unit.constGet().boundary())]
    outlines += [QgsGeometry(g.constGet().boundary()) for g in covered.values()]
    faces = QgsGeometry.polygonize([QgsGeometry.unaryUnion(outlines)])
    engines = {name: prepared(g) for name, g in covered.items()}
    groups = {}
    for part in faces.constParts():
        face = QgsGeometry(part.clone())
        if face.area() <= MIN_AREA:
            continue  # a sliver between two outlines that are nearly, not exactly, the same
        inside = point_inside(face)
        if not unit_engine.intersects(inside.constGet()):
            continue  # a hole of the unit
        key = frozenset(n for n, e in engines.items() if e.intersects(inside.constGet()))
        groups.setdefault(key, []).append(face)
    pieces = {key: collected(faces) for key, faces in groups.items()}
    total = sum(area(g) for g in pieces.values())
    if abs(total - area(unit)) > MIN_AREA + CONSISTENCY * area(unit):
        return None
    return {key: g for key, g in pieces.items() if area(g) > MIN_AREA}


def collected(faces: list) -> QgsGeometry:
    """The faces of one set of sources as one valid (multi)polygon.

    Collecting is enough when no two faces share an edge; where nearly coincident outlines left
    two such faces side by side, they are dissolved instead.
    """
    if len(faces) == 1:
        return faces[0]
    geometry = QgsGeometry.collectGeometry(faces)
    return geometry if geometry.isGeosValid() else QgsGeometry.unaryUnion(faces)
