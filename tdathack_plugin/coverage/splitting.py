"""Splitting a polygon or a line by a covered area, checked to add up to the whole, and
partitions by several sources: one function per operation, for polygons and lines alike."""

from dataclasses import dataclass
from typing import Callable

from qgis.core import QgsGeometry, QgsWkbTypes

from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr
from .errors import OverlayError

CONSISTENCY = 1e-9  # relative: an overlay's parts must add up to the whole to this precision
MIN_AREA = 1e-6  # m²: pieces smaller than this are floating-point slivers
MIN_LENGTH = 1e-6  # m: shorter pieces are floating-point crumbs


def parts_of_kind(geometry: QgsGeometry, kind) -> QgsGeometry:
    """The parts of a geometry of one kind (polygons, lines): an overlay or a repair may leave
    lines or points beside them."""
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if geometry.type() == kind:
        return geometry
    parts = [
        QgsGeometry(part.clone())
        for part in geometry.constParts()
        if QgsWkbTypes.geometryType(part.wkbType()) == kind
    ]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def prepared(geometry: QgsGeometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


@dataclass(frozen=True)
class Kind:
    """How one kind of geometry is measured and kept after an overlay."""

    kind: object  # qgis_enums.POLYGON_GEOMETRY or LINE_GEOMETRY
    measure: Callable  # area or length, 0 for an empty or null geometry
    crumb: float  # smaller pieces are floating-point crumbs

    def parts(self, geometry: QgsGeometry) -> QgsGeometry:
        return parts_of_kind(geometry, self.kind)

    def adds_up(self, whole, inside, outside) -> bool:
        gap = abs(self.measure(inside) + self.measure(outside) - self.measure(whole))
        return gap <= self.crumb + CONSISTENCY * self.measure(whole)


def area(geometry: QgsGeometry) -> float:
    """Area, 0 for an empty or null geometry (QgsGeometry.area() gives -1 there)."""
    return 0.0 if geometry.isNull() or geometry.isEmpty() else geometry.area()


def length(geometry: QgsGeometry) -> float:
    """Planar length, 0 for an empty or null geometry."""
    return 0.0 if geometry.isNull() or geometry.isEmpty() else geometry.length()


POLYGONS = Kind(qgis_enums.POLYGON_GEOMETRY, area, MIN_AREA)
LINES = Kind(qgis_enums.LINE_GEOMETRY, length, MIN_LENGTH)


def split(geometry: QgsGeometry, covered: QgsGeometry, kind: Kind):
    """(part inside covered, boundary included; part outside), checked to add up.

    GEOS overlays can, rarely, return a wrong result on valid inputs (seen with GEOS 3.11 on real
    commune and coverage outlines): when the parts do not add up, the wrong one is rebuilt as
    the difference of the whole and the other one.
    """
    inside = kind.parts(geometry.intersection(covered))
    outside = kind.parts(geometry.difference(covered))
    if kind.adds_up(geometry, inside, outside):
        return inside, outside
    for candidate in (
        (kind.parts(geometry.difference(outside)), outside),
        (inside, kind.parts(geometry.difference(inside))),
    ):
        if kind.adds_up(geometry, *candidate):
            return candidate
    raise OverlayError(tr("A geometry overlay failed (GEOS returned parts that do not add up)."))


def sequential_partition(whole: QgsGeometry, covered: dict, kind: Kind) -> dict:
    """{frozenset of covering sources: part} covering `whole` exactly once, by splitting the
    parts with each source's covered geometry in turn (covered: {source: geometry})."""
    pieces = {frozenset(): whole}
    for name, geometry in covered.items():
        covered_engine = prepared(geometry)
        split_pieces = {}
        for subset, piece in pieces.items():
            if covered_engine.contains(piece.constGet()):
                split_pieces[subset | {name}] = piece
            elif not covered_engine.intersects(piece.constGet()):
                split_pieces[subset] = piece
            else:
                inside, outside = split(piece, geometry, kind)
                for key, part in ((subset | {name}, inside), (subset, outside)):
                    if kind.measure(part) > kind.crumb:
                        split_pieces[key] = part
        pieces = split_pieces
    return pieces
