"""tdathack:axiscoverage computed on this computer: each axis cut where an operator's coverage
begins or ends (coverage/lines.py), its pieces measured on the ellipsoid."""

from qgis.core import QgsProcessingException

from ...coverage.lines import line_partition
from ...coverage.operators import sorted_operators
from ...coverage.splitting import length
from ...toolbelt.i18n import tr
from ..run_steps import Steps, stop_if_cancelled
from .axis_coverage_fields import (
    BOX_MARGIN,
    AxisTotals,
    axes_without_length,
    segment_feature,
    segment_fields,
    stats_fields,
)
from .local_run import LocalRun


class LocalAxes(LocalRun):
    """One run of axis coverage on this computer; `measure` (a QgsDistanceArea) gives lengths."""

    def __init__(self, algorithm, inputs, layers, crs, measure):
        super().__init__(algorithm, inputs, layers, crs)
        self.measure = measure

    def axes(self, source, id_field, name_field, id_type) -> dict:
        """The algorithm's results: {output name: layer id}."""
        steps = Steps(2, self.inputs.feedback)
        lines = self.read_axes(source, id_field, name_field)
        operators = self.read_coverage([line for _id, _name, line in lines], BOX_MARGIN, steps)
        steps.next()
        return self.write(
            segment_fields(id_type),
            stats_fields(id_type, operators),
            lambda outputs: self.segments(outputs, lines, operators, steps),
        )

    def read_axes(self, source, id_field, name_field) -> list:
        """[(axis id, name, line in the metric CRS)], lines without length left out."""
        feedback = self.inputs.feedback
        lines, multipart = [], 0
        empty = axes_without_length()
        for feature in self.inputs.features(source, self.crs):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty() or length(geometry) <= 0:
                empty.add(feature.id())
                continue
            multipart += geometry.isMultipart() and geometry.constGet().numGeometries() > 1
            name = feature[name_field] if name_field else None
            lines.append((feature[id_field], name, geometry))
        empty.warn(feedback)
        if multipart:
            feedback.pushInfo(
                tr("{n} multi-part axis features: every part is measured.").format(n=multipart)
            )
        if not lines:
            raise QgsProcessingException(tr("The axes layer has no line of non-zero length."))
        return lines

    def segments(self, outputs, lines, operators, steps) -> tuple:
        """Writes each axis's segments per set of operators; returns (metres covered, the
        statistics per axis)."""
        totals, covered, expected = {}, 0.0, self.expected
        for number, (axis_id, axis_name, line) in enumerate(lines):
            stop_if_cancelled(steps)
            total = totals.setdefault(axis_id, AxisTotals(axis_name, operators))
            pieces = line_partition(self.sources, line)
            for subset in sorted(pieces, key=lambda s: (-len(s), sorted_operators(s))):
                metres = self.measure.measureLength(pieces[subset])
                covered += metres if subset else 0.0
                total.add(subset, metres, expected)
                outputs.add(
                    self.algorithm.DETAIL,
                    segment_feature(
                        axis_id, axis_name, subset, pieces[subset], metres, operators, expected
                    ),
                )
            steps.setProgress(100 * (number + 1) / len(lines))
        return covered, [total.feature(axis_id) for axis_id, total in totals.items()]
