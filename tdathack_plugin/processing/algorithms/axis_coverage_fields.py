"""What both engines of tdathack:axiscoverage share: the box coverage is read within, how
features without length are told, the outputs' fields, and the segments and totals per axis
written on this computer."""

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry

from ...coverage.classes import ALL, BLANCHE, GRISE, coverage_class
from ...coverage.operators import missing_operators, sorted_operators
from ...coverage.units import M_PER_KM, percent
from ...toolbelt.i18n import tr
from ..values import Tally
from .coverage_fields import classed_feature, classed_fields, statistics_fields

BOX_MARGIN = 10.0  # metres around the axes' box, where coverage is read

STATS_COLUMNS = (
    "length_km",
    "km_all",
    "pct_all",
    "km_grise",
    "pct_grise",
    "km_none",
    "pct_none",
)


def axes_without_length() -> Tally:
    return Tally(
        tr("{n} axis features without a line or of zero length were left out (features " "{ids}).")
    )


def segment_fields(id_field: QgsField) -> QgsFields:
    return classed_fields(id_field, "axis", ("length_km",))


def segment_feature(axis_id, axis_name, subset, geometry, metres, operators, expected):
    """A segment covered by the operators of `subset` (of `operators`, `expected` of them)."""
    return classed_feature(
        QgsGeometry.collectGeometry([geometry]) if not geometry.isMultipart() else geometry,
        axis_id,
        axis_name,
        coverage_class(len(subset), expected),
        sorted_operators(subset),
        missing_operators(operators, subset, expected),
        metres / M_PER_KM,
    )


def stats_fields(id_field: QgsField, operators) -> QgsFields:
    per_operator = ("km_{}", "cov_{}_pct")
    return statistics_fields(segment_fields(id_field), STATS_COLUMNS, per_operator, operators)


class AxisTotals:
    """Metres of one axis per coverage class and per operator."""

    def __init__(self, name, operators):
        self.name = name
        self.operators = operators
        self.metres = dict.fromkeys((BLANCHE, GRISE, ALL), 0.0)
        self.operator_metres = dict.fromkeys(operators, 0.0)

    def add(self, subset, metres, expected):
        self.metres[coverage_class(len(subset), expected)] += metres
        for name in subset:
            self.operator_metres[name] += metres

    def feature(self, axis_id) -> QgsFeature:
        total = sum(self.metres.values())
        values = [total / M_PER_KM]
        for key in (ALL, GRISE, BLANCHE):
            values += [self.metres[key] / M_PER_KM, percent(self.metres[key], total)]
        for name in self.operators:
            values += [
                self.operator_metres[name] / M_PER_KM,
                percent(self.operator_metres[name], total),
            ]
        feature = QgsFeature()
        feature.setAttributes([axis_id, self.name, *values])
        return feature
