"""Lines (roads, rail) split by the exact set of sources (operators) covering them."""

from qgis.core import QgsGeometry

from .overlay import CoverageSources
from .splitting import LINES, prepared, sequential_partition

CORRIDOR = 1.0  # m: half-width of the polygon the coverage is clipped to around a line


def line_partition(sources: CoverageSources, line: QgsGeometry) -> dict:
    """{frozenset of covering sources: line parts} covering the line exactly once: each
    source's coverage within a corridor around the line splits it in turn."""
    corridor = line.buffer(CORRIDOR, 4)
    corridor_engine = prepared(corridor)
    covered = {
        name: sources.covered_part(name, corridor, corridor_engine) for name in sources.names
    }
    covered = {name: geometry for name, geometry in covered.items() if not geometry.isEmpty()}
    return sequential_partition(line, covered, LINES)
