"""tdathack:axiscoverage — kilometres of roads and rail lines covered, per operator."""

from qgis.core import QgsDistanceArea, QgsField

from ...database.errors import OverlayMismatchError
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..input_contract import Inputs
from .axis_coverage_fields import BOX_MARGIN
from .axis_coverage_in_database import DatabaseAxes
from .axis_coverage_local import LocalAxes
from .base import TDatHackAlgorithm
from .coverage_inputs import (
    add_coverage_parameters,
    add_id_field,
    coverage_layers,
    guess_name_field,
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
    # what both engines read (coverage_run.CoverageRun)
    SUBJECT, DETAIL, DETAIL_GEOMETRY = AXES, OUTPUT_SEGMENTS, qgis_enums.WKB_MULTI_LINE_STRING

    def initAlgorithm(self, config=None):
        self.add_source(self.AXES, self.tr("Axes (road or rail lines)"), [qgis_enums.SOURCE_LINE])
        add_id_field(
            self,
            self.AXIS_ID_FIELD,
            self.tr("Axis id field (features with the same id form one axis)"),
            self.AXES,
        )
        add_coverage_parameters(self)
        self.addMetricCrsParameter()
        add_engine_parameter(self)
        self.add_sink(
            self.OUTPUT_SEGMENTS, self.tr("Axis segments by coverage"), qgis_enums.SOURCE_LINE
        )
        self.add_sink(self.OUTPUT_STATS, self.tr("Statistics per axis"), qgis_enums.SOURCE_VECTOR)

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        axes = inputs.source(self.AXES)
        id_field = inputs.field(self.AXIS_ID_FIELD, axes.fields(), self.AXES, required=True)
        name_field = guess_name_field(axes.fields(), id_field)
        crs = self.metricCrs(parameters, context, axes)
        measure = distance_area(crs, context)
        feedback.pushInfo(  # computation_crs(), with the ellipsoid lengths are measured on
            self.tr("Computation CRS: {crs}; lengths on the ellipsoid {ellipsoid}.").format(
                crs=crs.authid(), ellipsoid=measure.ellipsoid()
            )
        )
        id_type = QgsField(axes.fields().field(id_field))
        layers = coverage_layers(inputs, crs, self.AXES, inputs.box(axes, crs, BOX_MARGIN))
        axes_layer = self.parameterAsVectorLayer(parameters, self.AXES, context)
        # 1,569 axes across Occitanie: 8.0 s there, 12.0 s here (docs/benchmarks.md)
        faster_there = tr("axes are cut faster there")
        tables = database_tables(inputs, [axes_layer, *layers], [self.AXES], faster_there)
        if tables is not None:
            try:
                run = DatabaseAxes(self, inputs, tables, layers, crs, measure)
                return run.axes(id_field, name_field, id_type)
            except OverlayMismatchError as error:
                computed_here_instead(inputs, error)
        return LocalAxes(self, inputs, layers, crs, measure).axes(
            axes, id_field, name_field, id_type
        )
