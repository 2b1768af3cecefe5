"""What a run of mobile gaps or axis coverage does alike on either engine (this computer, the
database): the operators found and expected, the check that some coverage was found, and the
style of the output of pieces by their number of operators."""

import math

from qgis.core import QgsGeometry, QgsProcessingException, QgsWkbTypes

from ...coverage.operators import sorted_operators
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..input_contract import FAR_APART
from ..styles import RendererSetter, fill_symbol, line_symbol, operator_count_renderer
from .coverage_inputs import OPERATORS


class CoverageRun:
    """One run of `algorithm`, whose class names DETAIL (its output of pieces classed by their
    operators), DETAIL_GEOMETRY (their geometry type), OUTPUT_STATS and SUBJECT (the parameter
    of the units or axes), over the COVERAGE `layers`, in the computation `crs`."""

    def __init__(self, algorithm, inputs, layers, crs):
        self.algorithm, self.inputs, self.layers, self.crs = algorithm, inputs, layers, crs
        self.expected = 0  # operators expected: OPERATORS, else those found
        self.area = None  # the box coverage is read within, in `crs`

    def operators_found(self, names) -> list:
        """The operators found, in the usual order; sets how many are expected. Both are told
        in the log."""
        operators = sorted_operators(names)
        algorithm, parameters, context = self.algorithm, self.inputs.parameters, self.inputs.context
        if parameters.get(OPERATORS) in (None, ""):
            self.expected = len(operators)
        else:
            self.expected = algorithm.parameterAsInt(parameters, OPERATORS, context)
        self.inputs.feedback.pushInfo(
            tr("Operators found: {names} (expected: {n}).").format(
                names=", ".join(operators) or "-", n=self.expected
            )
        )
        return operators

    def check_some_coverage(self, coverage: dict, covered: float) -> None:
        """When no operator covers any part of SUBJECT (the territory, the axes): refused if no
        coverage polygon (of `coverage` {operator: polygons} read within the area, else of the
        layers) lies within FAR_APART of it (a CRS mistake, another territory's file), else a
        loud warning: a zone blanche may be real."""
        if covered > 0:
            return
        inputs, subject = self.inputs, self.algorithm.SUBJECT
        box = QgsGeometry.fromRect(self.area)
        polygons = [g for named in coverage.values() for g in named]
        if not polygons:  # none within the area: look around it
            request = inputs.request(self.crs).setFilterRect(self.area.buffered(FAR_APART))
            request.setNoAttributes().setInvalidGeometryCheck(qgis_enums.NO_GEOMETRY_CHECK)
            polygons = [f.geometry() for layer in self.layers for f in layer.getFeatures(request)]
        apart = min((box.distance(g) for g in polygons if not g.isEmpty()), default=math.inf)
        if apart > FAR_APART:
            raise QgsProcessingException(
                tr(
                    "No coverage polygon comes within {km:.0f} km of {subject}: check the CRS of "
                    "the layers, or that they are of the same territory."
                ).format(km=FAR_APART / 1000, subject=inputs.label(subject))
            )
        inputs.feedback.pushWarning(
            tr(
                "No operator covers any part of {subject}: all of it is a zone blanche. If that "
                "is unexpected, check the CRS of the layers, OPERATOR_FIELD, LEVEL_FIELD and "
                "MIN_LEVEL."
            ).format(subject=inputs.label(subject))
        )

    def styled(self, results: dict) -> dict:
        """The results, DETAIL's layer coloured by its number of operators once QGIS loads it."""
        expected, geometry = self.expected, QgsWkbTypes.geometryType(self.algorithm.DETAIL_GEOMETRY)
        symbol = line_symbol if geometry == qgis_enums.LINE_GEOMETRY else fill_symbol
        RendererSetter.attach(
            self.inputs.context,
            results[self.algorithm.DETAIL],
            lambda: operator_count_renderer("n_operators", expected, symbol),
        )
        return results
