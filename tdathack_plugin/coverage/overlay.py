"""Count overlay: split a territory unit by the exact set of sources (operators) covering it."""

from qgis.core import (
    QgsFeedback,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
)

from ..toolbelt.i18n import tr

from .geometry import polygonal, subdivide

MIN_AREA = 1e-6  # m²: pieces smaller than this are floating-point slivers
CONSISTENCY = 1e-9  # relative: an overlay's parts must add up to the whole to this precision


def prepared(geometry: QgsGeometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def area(geometry: QgsGeometry) -> float:
    """Area, 0 for an empty or null geometry (QgsGeometry.area() gives -1 there)."""
    return 0.0 if geometry.isNull() or geometry.isEmpty() else geometry.area()


def _consistent(whole: QgsGeometry, inside: QgsGeometry, outside: QgsGeometry) -> bool:
    gap = abs(area(inside) + area(outside) - area(whole))
    return gap <= MIN_AREA + CONSISTENCY * area(whole)


def split_by(geometry: QgsGeometry, covered: QgsGeometry):
    """(part inside covered, part outside), checked to add up to the geometry.

    GEOS overlays can, rarely, return a wrong result on valid inputs (seen with GEOS 3.11 on real
    commune and coverage outlines). The two parts must add up to the whole: when they do not, the
    wrong one is rebuilt as the difference of the whole and the other one.
    """
    inside = polygonal(geometry.intersection(covered))
    outside = polygonal(geometry.difference(covered))
    if _consistent(geometry, inside, outside):
        return inside, outside
    for candidate in (
        (polygonal(geometry.difference(outside)), outside),
        (inside, polygonal(geometry.difference(inside))),
    ):
        if _consistent(geometry, *candidate):
            return candidate
    raise QgsProcessingException(
        tr("A geometry overlay failed (GEOS returned parts that do not add up).")
    )


class CoverageSources:
    """Coverage polygons of N sources, subdivided and indexed for fast per-unit clipping."""

    def __init__(
        self, sources, area_of_interest: QgsRectangle = None, feedback: QgsFeedback = None
    ):
        """sources: {name: [valid polygons in the metric CRS]}, clipped to area_of_interest."""
        self.names = list(sources)
        self._pieces = {}
        self._indexes = {}
        clip = QgsGeometry.fromRect(area_of_interest) if area_of_interest is not None else None
        for name, geometries in sources.items():
            if clip is not None:
                geometries = [polygonal(g.intersection(clip)) for g in geometries]
            pieces = [p for g in geometries for p in subdivide(g)]
            index = QgsSpatialIndex()
            for number, piece in enumerate(pieces):
                index.addFeature(number, piece.boundingBox())
            self._pieces[name] = pieces
            self._indexes[name] = index
            if feedback is not None and feedback.isCanceled():
                return

    def covered_part(self, name: str, unit: QgsGeometry, unit_engine) -> QgsGeometry:
        """The part of a territory unit covered by one source (empty geometry when none)."""
        parts = []
        for number in self._indexes[name].intersects(unit.boundingBox()):
            piece = self._pieces[name][number]
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
        pieces = {frozenset(): unit}
        for name in self.names:
            covered = self.covered_part(name, unit, unit_engine)
            if covered.isEmpty():
                continue
            covered_engine = prepared(covered)
            split = {}
            for subset, geometry in pieces.items():
                if covered_engine.contains(geometry.constGet()):
                    split[subset | {name}] = geometry
                    continue
                if not covered_engine.intersects(geometry.constGet()):
                    split[subset] = geometry
                    continue
                inside, outside = split_by(geometry, covered)
                for key, part in ((subset | {name}, inside), (subset, outside)):
                    if area(part) > MIN_AREA:
                        split[key] = part
            pieces = split
        return pieces
