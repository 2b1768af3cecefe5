"""tdathack:axiscoverage — kilometres of roads and rail lines covered, per operator."""

from qgis.core import (
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...coverage.classes import ALL, BLANCHE, GRISE, coverage_class
from ...coverage.lines import line_partition
from ...coverage.operators import field_suffix, missing_operators, sorted_operators
from ...coverage.overlay import CoverageSources
from ...coverage.splitting import length
from ...coverage.units import M_PER_KM, percent
from ...database.errors import OverlayMismatchError
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..styles import RendererSetter, line_symbol, operator_count_renderer
from ..values import Tally
from .axis_coverage_in_database import DatabaseAxes
from .base import TDatHackAlgorithm
from .coverage_inputs import (
    RepairCounter,
    add_coverage_parameters,
    check_some_coverage,
    coverage_layers,
    expected_operators,
    guess_name_field,
    read_coverage,
)
from .engine_choice import add_engine_parameter, computed_here_instead, database_tables

DEFAULT_ELLIPSOID = "EPSG:7019"  # GRS 80, the ellipsoid of RGF93 / Lambert-93


def distance_area(crs, context) -> QgsDistanceArea:
    """Ellipsoidal lengths of geometries in `crs` (the context's ellipsoid, else GRS 80)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    ellipsoid = context.ellipsoid()
    measure.setEllipsoid(ellipsoid if ellipsoid and ellipsoid != "NONE" else DEFAULT_ELLIPSOID)
    return measure


class AxisCoverageAlgorithm(TDatHackAlgorithm):
    NAME = "axiscoverage"
    GROUP = "mobile"
    DISPLAY_NAME = tr_noop("Coverage of transport axes")
    TAGS = tr_noop("axe routier,road,rail,train,new deal,arcep,mobile,kilometre")

    AXES = "AXES"
    AXIS_ID_FIELD = "AXIS_ID_FIELD"
    OUTPUT_SEGMENTS = "OUTPUT_SEGMENTS"
    OUTPUT_STATS = "OUTPUT_STATS"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AXES,
                self.tr("Axes (road or rail lines)"),
                [qgis_enums.SOURCE_LINE],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.AXIS_ID_FIELD,
                self.tr("Axis id field (features with the same id form one axis)"),
                parentLayerParameterName=self.AXES,
            )
        )
        add_coverage_parameters(self)
        self.addMetricCrsParameter()
        add_engine_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SEGMENTS,
                self.tr("Axis segments by coverage"),
                qgis_enums.SOURCE_LINE,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_STATS,
                self.tr("Statistics per axis"),
                qgis_enums.SOURCE_VECTOR,
            )
        )

    def read_axes(self, axes, id_field, name_field, crs, context, feedback):
        """[(axis id, name, line in the metric CRS)], lines without length left out."""
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        lines, multipart = [], 0
        empty = Tally(
            self.tr(
                "{n} axis features without a line or of zero length were left out (features "
                "{ids})."
            )
        )
        for feature in axes.getFeatures(request, flags):
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
                self.tr("{n} multi-part axis features: every part is measured.").format(n=multipart)
            )
        if not lines:
            raise QgsProcessingException(self.tr("The axes layer has no line of non-zero length."))
        return lines

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        axes = inputs.source(self.AXES)
        id_field = inputs.field(self.AXIS_ID_FIELD, axes.fields(), self.AXES, required=True)
        name_field = guess_name_field(axes.fields(), id_field)
        crs = self.metricCrs(parameters, context, axes)
        measure = distance_area(crs, context)
        feedback.pushInfo(
            self.tr("Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.").format(
                crs=crs.authid(), ellipsoid=measure.ellipsoid()
            )
        )
        id_type = QgsField(axes.fields().field(id_field))
        layers = coverage_layers(inputs, crs, self.AXES, inputs.box(axes, crs, 10.0))
        axes_layer = self.parameterAsVectorLayer(parameters, self.AXES, context)
        tables = database_tables(
            inputs,
            [axes_layer, *layers],
            [self.AXES],
            # 1,569 axes across Occitanie: 8.0 s there, 12.0 s here (docs/benchmarks.md)
            tr("axes are cut faster there"),
        )
        if tables is not None:
            try:
                run = DatabaseAxes(self, inputs, tables, layers, crs, measure)
                results = run.axes(id_field, name_field, id_type, segment_fields, stats_fields)
            except OverlayMismatchError as error:
                computed_here_instead(inputs, error)
            else:
                expected = run.values["expected"]
                RendererSetter.attach(
                    context,
                    results[self.OUTPUT_SEGMENTS],
                    lambda: operator_count_renderer("n_operators", expected, line_symbol),
                )
                return results
        lines = self.read_axes(axes, id_field, name_field, crs, context, feedback)
        area = lines[0][2].boundingBox()
        for _id, _name, geometry in lines[1:]:
            area.combineExtentWith(geometry.boundingBox())
        area.grow(10.0)
        repair = RepairCounter()
        coverage = read_coverage(inputs, layers, crs, area, repair)
        sources = CoverageSources(coverage, area_of_interest=area, feedback=feedback)
        operators = sorted_operators(sources.names)
        expected = expected_operators(self, parameters, context, len(operators))
        feedback.pushInfo(
            self.tr("Operators found: {names} (expected: {n}).").format(
                names=", ".join(operators) or "-", n=expected
            )
        )
        feedback.setProgress(10)

        outputs = OutputSinks(self, parameters, context)
        segments_id = outputs.create(
            self.OUTPUT_SEGMENTS, segment_fields(id_type), qgis_enums.WKB_MULTI_LINE_STRING, crs
        )
        stats_id = outputs.create(
            self.OUTPUT_STATS, stats_fields(id_type, operators), qgis_enums.WKB_NO_GEOMETRY, crs
        )
        totals, covered = {}, 0.0
        try:
            for number, (axis_id, axis_name, line) in enumerate(lines):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled: no output was written."))
                total = totals.setdefault(axis_id, AxisTotals(axis_name, operators))
                pieces = line_partition(sources, line)
                for subset in sorted(pieces, key=lambda s: (-len(s), sorted_operators(s))):
                    metres = measure.measureLength(pieces[subset])
                    covered += metres if subset else 0.0
                    total.add(subset, metres, expected)
                    outputs.add(
                        self.OUTPUT_SEGMENTS,
                        segment_feature(
                            axis_id, axis_name, subset, pieces[subset], metres, operators, expected
                        ),
                    )
                feedback.setProgress(10 + 85 * (number + 1) / len(lines))
            check_some_coverage(inputs, layers, crs, coverage, area, covered, self.AXES)
            for axis_id, total in totals.items():
                outputs.add(self.OUTPUT_STATS, total.feature(axis_id))
        except BaseException:
            outputs.discard()
            raise
        outputs.close()
        repair.warn(feedback)
        RendererSetter.attach(
            context,
            segments_id,
            lambda: operator_count_renderer("n_operators", expected, line_symbol),
        )
        return {self.OUTPUT_SEGMENTS: segments_id, self.OUTPUT_STATS: stats_id}


def segment_fields(id_field: QgsField) -> QgsFields:
    fields = QgsFields()
    axis_id = QgsField(id_field)
    axis_id.setName("axis_id")
    fields.append(axis_id)
    fields.append(QgsField("axis_name", field_types.STRING))
    fields.append(QgsField("class", field_types.STRING))
    fields.append(QgsField("n_operators", field_types.INT))
    fields.append(QgsField("operators", field_types.STRING))
    fields.append(QgsField("missing", field_types.STRING))
    fields.append(QgsField("length_km", field_types.DOUBLE))
    return fields


def segment_feature(axis_id, axis_name, subset, geometry, metres, operators, expected):
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.collectGeometry([geometry]) if not geometry.isMultipart() else geometry
    )
    feature.setAttributes(
        [
            axis_id,
            axis_name,
            coverage_class(len(subset), expected),
            len(subset),
            ", ".join(sorted_operators(subset)),
            ", ".join(missing_operators(operators, subset, expected)),
            metres / M_PER_KM,
        ]
    )
    return feature


STATS_COLUMNS = (
    "length_km",
    "km_all",
    "pct_all",
    "km_grise",
    "pct_grise",
    "km_none",
    "pct_none",
)


def stats_fields(id_field: QgsField, operators) -> QgsFields:
    segments = segment_fields(id_field)
    fields = QgsFields()
    fields.append(segments.field("axis_id"))
    fields.append(segments.field("axis_name"))
    for name in STATS_COLUMNS:
        fields.append(QgsField(name, field_types.DOUBLE))
    for operator in operators:
        fields.append(QgsField(f"km_{field_suffix(operator)}", field_types.DOUBLE))
        fields.append(QgsField(f"cov_{field_suffix(operator)}_pct", field_types.DOUBLE))
    return fields


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
