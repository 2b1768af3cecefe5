"""Partition of many territory units at once: one noding per tile of neighbouring units.

Splitting unit by unit clips every source to the unit, dissolves the clipped parts and nodes
their outlines with the unit's: three overlays per unit. Here the outlines of a tile of
neighbouring units and the sources' own outlines near them are noded once and polygonized;
every face then gets its unit and its exact set of sources from a point inside it. A unit
whose faces do not add up to its area is done again on its own, then, as a last resort, by
overlays (CoverageSources.partition).
"""

from collections import deque

from qgis.core import QgsFeedback, QgsGeometry, QgsRectangle, QgsSpatialIndex

from .overlay import CoverageSources, collected, point_inside
from .splitting import CONSISTENCY, MIN_AREA, area, prepared
from .threads import geos_pool, workers

TILE_VERTICES = 10_000
MAX_SPREAD = 4  # a tile's box may cover this many times its units' boxes (Z-order jumps)
Z_BITS = 16


def _spread(value: int) -> int:
    """The bits of value with a zero between each (for Z-order keys)."""
    result = 0
    for bit in range(Z_BITS):
        result |= ((value >> bit) & 1) << (2 * bit)
    return result


def tiles(units: list, max_vertices: int = TILE_VERTICES, density: float = 0.0) -> list:
    """Unit numbers in tiles of neighbours (Z-order of their centres) of at most about
    max_vertices vertices each, counting the units' own and `density` source vertices per
    square unit of the tile's box; a tile ends where the curve jumps far (its box would cover
    MAX_SPREAD times its units' boxes), so that little ground outside its units is noded."""
    if not units:
        return []
    boxes = [unit.boundingBox() for unit in units]
    extent = QgsRectangle(boxes[0])
    for box in boxes[1:]:
        extent.combineExtentWith(box)
    scale = (2**Z_BITS - 1) / max(extent.width(), extent.height(), 1e-9)

    def key(number):
        centre = boxes[number].center()
        x = int((centre.x() - extent.xMinimum()) * scale)
        y = int((centre.y() - extent.yMinimum()) * scale)
        return _spread(x) | (_spread(y) << 1)

    result, tile, size, box, covered = [], [], 0, QgsRectangle(), 0.0
    for number in sorted(range(len(units)), key=key):
        vertices = units[number].constGet().nCoordinates()
        grown = QgsRectangle(boxes[number]) if not tile else QgsRectangle(box)
        grown.combineExtentWith(boxes[number])
        spread = grown.area() > MAX_SPREAD * (covered + boxes[number].area())
        crowded = size + vertices + density * grown.area() > max_vertices
        if tile and (crowded or spread):
            result.append(tile)
            tile, size, covered = [], 0, 0.0
            grown = QgsRectangle(boxes[number])
        tile.append(number)
        size, box, covered = size + vertices, grown, covered + boxes[number].area()
    result.append(tile)
    return result


def partitions(sources: CoverageSources, units: list, feedback: QgsFeedback = None):
    """Yields (unit number, {frozenset of covering sources: geometry}) for every unit, tile by
    tile in the tiles' order; each partition covers its unit exactly once, as
    CoverageSources.partition does.

    Tiles are noded by a pool of threads, a few tiles ahead of the caller, who meanwhile
    writes the results of the previous ones. Stopping early (cancel) waits only for the tiles
    being noded."""
    sources.prepare(feedback)
    threads = workers()
    with geos_pool() as pool:
        ahead = deque()
        try:
            for tile in tiles(units, TILE_VERTICES, sources.outline_density()):
                if feedback is not None and feedback.isCanceled():
                    return
                ahead.append((tile, pool.submit(_tile_partitions, sources, units, tile)))
                if len(ahead) > 2 * threads:
                    yield from _checked(sources, units, *ahead.popleft())
            while ahead:
                if feedback is not None and feedback.isCanceled():
                    return
                yield from _checked(sources, units, *ahead.popleft())
        finally:
            for _tile, future in ahead:
                future.cancel()


def _checked(sources: CoverageSources, units: list, tile: list, future):
    """The partitions of a tile's units; a unit whose faces did not add up is done again on its
    own, then by overlays."""
    found = future.result()
    for number in tile:
        pieces = found.get(number)
        if pieces is None and len(tile) > 1:
            pieces = _tile_partitions(sources, units, [number]).get(number)
        yield number, pieces if pieces is not None else sources.partition(units[number])


def _tile_partitions(sources: CoverageSources, units: list, tile: list) -> dict:
    """{unit number: partition} for the units of a tile whose faces add up to their area."""
    box = QgsRectangle(units[tile[0]].boundingBox())
    for number in tile[1:]:
        box.combineExtentWith(units[number].boundingBox())
    outlines = [QgsGeometry(units[number].constGet().boundary()) for number in tile]
    outlines += sources.outlines_near(box)
    noded = QgsGeometry.unaryUnion(outlines)
    if noded.isNull() or noded.isEmpty():
        return {}
    faces = QgsGeometry.polygonize([noded])
    index = QgsSpatialIndex()
    for number in tile:
        index.addFeature(number, units[number].boundingBox())
    engines = {}
    groups = {number: {} for number in tile}
    for part in faces.constParts():
        face = QgsGeometry(part.clone())
        if face.area() <= MIN_AREA:
            continue  # a sliver between two outlines that are nearly, not exactly, the same
        inside = point_inside(face)
        point = inside.constGet()
        owners = []
        for number in index.intersects(inside.boundingBox()):
            if number not in engines:
                engines[number] = prepared(units[number])
            if engines[number].intersects(point):
                owners.append(number)
        key = sources.covering(point) if owners else None
        for number in owners:  # overlapping units each get the face
            groups[number].setdefault(key, []).append(face)
    found = {}
    for number, faces_by_key in groups.items():
        pieces = {key: collected(faces) for key, faces in faces_by_key.items()}
        whole = area(units[number])
        if abs(sum(map(area, pieces.values())) - whole) > MIN_AREA + CONSISTENCY * whole:
            continue
        found[number] = {key: g for key, g in pieces.items() if area(g) > MIN_AREA}
        if not found[number]:  # a unit smaller than a sliver stays whole
            inside = point_inside(units[number])
            found[number] = {sources.covering(inside.constGet()): units[number]}
    return found
