"""Lines (roads, rail) split by the exact set of sources (operators) covering them."""

from qgis.core import QgsGeometry, QgsProcessingException, QgsWkbTypes

from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr
from .overlay import CoverageSources, prepared

CORRIDOR = 1.0  # m: half-width of the polygon the coverage is clipped to around a line
MIN_LENGTH = 1e-6  # m: shorter pieces are floating-point crumbs
CONSISTENCY = 1e-9  # relative


def length(geometry: QgsGeometry) -> float:
    """Planar length, 0 for an empty or null geometry."""
    return 0.0 if geometry.isNull() or geometry.isEmpty() else geometry.length()


def linear(geometry: QgsGeometry) -> QgsGeometry:
    """The line parts of a geometry (an overlay may leave points beside them)."""
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if geometry.type() == qgis_enums.LINE_GEOMETRY:
        return geometry
    parts = [
        QgsGeometry(part.clone())
        for part in geometry.constParts()
        if QgsWkbTypes.geometryType(part.wkbType()) == qgis_enums.LINE_GEOMETRY
    ]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def _consistent(whole, inside, outside) -> bool:
    gap = abs(length(inside) + length(outside) - length(whole))
    return gap <= MIN_LENGTH + CONSISTENCY * length(whole)


def split_line_by(line: QgsGeometry, covered: QgsGeometry):
    """(part inside covered, boundary included; part outside), checked to add up to the line."""
    inside = linear(line.intersection(covered))
    outside = linear(line.difference(covered))
    if _consistent(line, inside, outside):
        return inside, outside
    for candidate in (
        (linear(line.difference(outside)), outside),
        (inside, linear(line.difference(inside))),
    ):
        if _consistent(line, *candidate):
            return candidate
    raise QgsProcessingException(
        tr("A geometry overlay failed (GEOS returned parts that do not add up).")
    )


def line_partition(sources: CoverageSources, line: QgsGeometry) -> dict:
    """{frozenset of covering sources: line parts} covering the line exactly once."""
    corridor = line.buffer(CORRIDOR, 4)
    corridor_engine = prepared(corridor)
    pieces = {frozenset(): line}
    for name in sources.names:
        covered = sources.covered_part(name, corridor, corridor_engine)
        if covered.isEmpty():
            continue
        covered_engine = prepared(covered)
        split = {}
        for subset, geometry in pieces.items():
            if covered_engine.contains(geometry.constGet()):
                split[subset | {name}] = geometry
            elif not covered_engine.intersects(geometry.constGet()):
                split[subset] = geometry
            else:
                inside, outside = split_line_by(geometry, covered)
                for key, part in ((subset | {name}, inside), (subset, outside)):
                    if length(part) > MIN_LENGTH:
                        split[key] = part
        pieces = split
    return pieces
