"""What a run of mobile gaps or axis coverage on this computer shares: the coverage read within
the box of the units or axes, and both outputs written, or none."""

from qgis.core import QgsFields, QgsRectangle

from ...coverage.overlay import CoverageSources
from ...toolbelt import qgis_enums
from ..outputs import OutputSinks
from ..run_steps import stop_if_cancelled
from .coverage_inputs import RepairCounter, read_coverage
from .coverage_run import CoverageRun


class LocalRun(CoverageRun):
    """One run on this computer; its geometries repaired are counted by `repair`."""

    def __init__(self, algorithm, inputs, layers, crs):
        super().__init__(algorithm, inputs, layers, crs)
        self.repair = RepairCounter()
        self.coverage, self.sources = {}, None

    def read_coverage(self, geometries: list, margin: float, feedback) -> list:
        """Reads the coverage within the box of the geometries grown by `margin` metres, ready
        for the coverage engine (self.sources); returns the operators found."""
        self.area = QgsRectangle(geometries[0].boundingBox())
        for geometry in geometries[1:]:
            self.area.combineExtentWith(geometry.boundingBox())
        self.area.grow(margin)
        self.coverage = read_coverage(self.inputs, self.layers, self.crs, self.area, self.repair)
        self.sources = CoverageSources(self.coverage, area_of_interest=self.area, feedback=feedback)
        stop_if_cancelled(feedback)
        return self.operators_found(self.sources.names)

    def write(self, fields: QgsFields, stats_fields: QgsFields, compute) -> dict:
        """Both outputs, DETAIL of `fields` and OUTPUT_STATS of `stats_fields`: compute(outputs)
        adds DETAIL's features and returns (how much is covered, the statistics' features),
        written once some coverage is found (check_some_coverage)."""
        algorithm, stats = self.algorithm, self.algorithm.OUTPUT_STATS
        detail, geometry = algorithm.DETAIL, algorithm.DETAIL_GEOMETRY
        with OutputSinks(algorithm, self.inputs.parameters, self.inputs.context) as outputs:
            results = {
                detail: outputs.create(detail, fields, geometry, self.crs),
                stats: outputs.create(stats, stats_fields, qgis_enums.WKB_NO_GEOMETRY, self.crs),
            }
            covered, statistics = compute(outputs)
            stop_if_cancelled(self.inputs.feedback)
            self.check_some_coverage(self.coverage, covered)
            outputs.add_all(stats, statistics)
        self.repair.warn(self.inputs.feedback)
        return self.styled(results)
