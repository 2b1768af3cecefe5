"""tdathack:candidatesites — sites that cover the most population in the zones blanches."""

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...coverage.crs import metric_crs_for
from ...coverage.demand import PolygonDemand
from ...coverage.greedy import Gaps, MaxCoverage, PointWeights, grid_candidates
from ...coverage.units import M2_PER_KM2
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..values import NumberReader, counted_as_zero
from .base import TDatHackAlgorithm
from .coverage_inputs import RepairCounter, point_parts

MAX_CANDIDATES = 100_000  # candidate sites the greedy choice weighs in bounded memory
RANKING_FIELDS = ("rank", "gain_population", "cumulative_population", "gain_area_km2")


class CandidateSitesAlgorithm(TDatHackAlgorithm):
    NAME = "candidatesites"
    GROUP = "mobile"
    TAGS = tr_noop(
        "zone blanche,new site,pylon,antenna,maximum coverage,greedy,location,population"
    )
    DISPLAY_NAME = tr_noop("Candidate sites to reduce zones blanches")

    GAPS = "GAPS"
    DEMAND = "DEMAND"
    DEMAND_WEIGHT_FIELD = "DEMAND_WEIGHT_FIELD"
    CANDIDATES = "CANDIDATES"
    GRID_SPACING = "GRID_SPACING"
    RADIUS = "RADIUS"
    COUNT = "COUNT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.GAPS,
                self.tr("Gaps to cover (e.g. the zones blanches of mobilegaps)"),
                [qgis_enums.SOURCE_POLYGON],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                self.tr("Population (polygons or points)"),
                [
                    qgis_enums.SOURCE_POLYGON,
                    qgis_enums.SOURCE_POINT,
                ],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DEMAND_WEIGHT_FIELD,
                self.tr("Population field (optional for points: each point counts 1)"),
                parentLayerParameterName=self.DEMAND,
                type=qgis_enums.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES,
                self.tr("Candidate sites (default: a regular grid inside the gaps)"),
                [qgis_enums.SOURCE_POINT],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GRID_SPACING,
                self.tr("Grid spacing when there are no candidate sites (metres)"),
                qgis_enums.NUMBER_DOUBLE,
                defaultValue=1000,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS,
                self.tr("Coverage radius of a new site (metres)"),
                qgis_enums.NUMBER_DOUBLE,
                defaultValue=5000,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.COUNT,
                self.tr("Number of sites to choose"),
                qgis_enums.NUMBER_INTEGER,
                defaultValue=10,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Candidate sites, best first"),
                qgis_enums.SOURCE_POINT,
            )
        )

    def refuse_large_grid(self, inputs, polygons, spacing: float) -> None:
        """Refuses a grid spacing that would make more candidates than can be weighed."""
        cells = sum(
            (p.boundingBox().width() / spacing + 1) * (p.boundingBox().height() / spacing + 1)
            for p in polygons
        )
        if cells > MAX_CANDIDATES:
            smallest = math.sqrt(sum(p.boundingBox().area() for p in polygons) / MAX_CANDIDATES)
            raise QgsProcessingException(
                self.tr(
                    "{parameter} of {spacing:g} m would lay a grid of about {n:.0f} points over "
                    "the gaps' extent, more than the {max} candidate sites this algorithm can "
                    "weigh: use at least {least:.0f} m."
                ).format(
                    parameter=inputs.label(self.GRID_SPACING),
                    spacing=spacing,
                    n=cells,
                    max=MAX_CANDIDATES,
                    least=math.ceil(smallest),
                )
            )

    def read_gaps(self, source, crs, context, repair):
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        request.setNoAttributes()
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        polygons = [
            repair(f.geometry(), f"{self.GAPS} {f.id()}")
            for f in source.getFeatures(request, flags)
        ]
        return [p for p in polygons if not p.isEmpty() and p.area() > 0]

    def read_demand(self, inputs, crs, extent, repair):
        source = inputs.source(self.DEMAND, points=True)
        field = inputs.field(self.DEMAND_WEIGHT_FIELD, source.fields(), self.DEMAND)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == (qgis_enums.POLYGON_GEOMETRY)
        if polygons and not field:
            raise QgsProcessingException(
                self.tr("Population polygons need DEMAND_WEIGHT_FIELD (inhabitants per polygon).")
            )
        inputs.require_overlap(self.DEMAND, inputs.box(source, crs), self.GAPS, extent)
        reader = NumberReader(inputs.label(self.DEMAND), field, counted_as_zero())
        request = QgsFeatureRequest().setDestinationCrs(crs, inputs.context.transformContext())
        request.setFilterRect(extent)
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        items = []
        for feature in source.getFeatures(request, flags):
            value = (reader.read(feature[field], feature.id()) or 0.0) if field else 1.0
            if polygons:
                items.append((repair(feature.geometry(), f"{self.DEMAND} {feature.id()}"), value))
            else:
                items.extend((p.asPoint(), value) for p in point_parts(feature.geometry()))
        reader.warn(inputs.feedback)
        return PolygonDemand(items) if polygons else PointWeights(items)

    def read_candidates(self, inputs, crs, extent):
        """(points, attributes of each point or None, fields) from CANDIDATES, else the grid."""
        source = inputs.source(self.CANDIDATES, optional=True, points=True)
        if source is None:
            return None, QgsFields()
        inputs.require_overlap(self.CANDIDATES, inputs.box(source, crs), self.GAPS, extent)
        request = QgsFeatureRequest().setDestinationCrs(crs, inputs.context.transformContext())
        request.setFilterRect(extent)
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        points = [
            (point.asPoint(), feature.attributes())
            for feature in source.getFeatures(request, flags)
            for point in point_parts(feature.geometry())
        ]
        return points, source.fields()

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        gaps_source = inputs.source(self.GAPS, allow_empty=True)
        radius = inputs.number(self.RADIUS)
        count = self.parameterAsInt(parameters, self.COUNT, context)
        crs = metric_crs_for(gaps_source.sourceExtent(), gaps_source.sourceCrs())
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        repair = RepairCounter()
        polygons = self.read_gaps(gaps_source, crs, context, repair)
        if not polygons:  # a territory without gaps is good news, also inside a model
            feedback.pushWarning(self.tr("The gaps layer has no polygon: no site to propose."))
            outputs = OutputSinks(self, parameters, context)
            dest_id = outputs.create(
                self.OUTPUT, output_fields(QgsFields()), qgis_enums.WKB_POINT, crs
            )
            outputs.close()
            return {self.OUTPUT: dest_id}
        extent = polygons[0].boundingBox()
        for polygon in polygons[1:]:
            extent.combineExtentWith(polygon.boundingBox())
        demand = self.read_demand(inputs, crs, extent, repair)

        candidates, candidate_fields = self.read_candidates(inputs, crs, extent.buffered(radius))
        if candidates is None:
            spacing = inputs.number(self.GRID_SPACING)
            self.refuse_large_grid(inputs, polygons, spacing)
            candidates = [(point, None) for point in grid_candidates(polygons, spacing)]
        if len(candidates) > MAX_CANDIDATES:
            raise QgsProcessingException(
                self.tr(
                    "{n} candidate sites are more than the {max} this algorithm can weigh: "
                    "keep fewer (a filter, or the gaps of a smaller territory)."
                ).format(n=len(candidates), max=MAX_CANDIDATES)
            )
        feedback.pushInfo(self.tr("{n} candidate sites.").format(n=len(candidates)))

        steps = QgsProcessingMultiStepFeedback(2, feedback)
        problem = MaxCoverage(
            Gaps(polygons), [point for point, _a in candidates], radius, demand, steps
        )
        if not problem.regions and not feedback.isCanceled():
            raise QgsProcessingException(
                self.tr("No candidate site is within {r} m of the gaps.").format(r=radius)
            )
        steps.setCurrentStep(1)
        choices = problem.choose(count, steps)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))

        fields = output_fields(candidate_fields)
        kept = [candidate_fields.indexOf(f.name()) for f in fields][len(RANKING_FIELDS) :]
        outputs = OutputSinks(self, parameters, context)
        dest_id = outputs.create(self.OUTPUT, fields, qgis_enums.WKB_POINT, crs)
        try:
            cumulative = 0.0
            for rank, choice in enumerate(choices, start=1):
                cumulative += choice.gain_demand
                point, attributes = candidates[choice.candidate]
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPointXY(point))
                feature.setAttributes(
                    [rank, choice.gain_demand, cumulative, choice.gain_area_m2 / M2_PER_KM2]
                    + [attributes[i] if attributes else None for i in kept]
                )
                outputs.add(self.OUTPUT, feature)
        except BaseException:
            outputs.discard()
            raise
        outputs.close()

        repair.warn(feedback)
        if len(choices) < count:
            feedback.pushWarning(
                self.tr(
                    "Only {n} sites add population in the gaps: stopped there " "(COUNT = {count})."
                ).format(n=len(choices), count=count)
            )
        feedback.pushInfo(
            self.tr("{n} sites cover {p:.0f} inhabitants of the gaps.").format(
                n=len(choices), p=sum(c.gain_demand for c in choices)
            )
        )
        return {self.OUTPUT: dest_id}


def output_fields(candidate_fields: QgsFields) -> QgsFields:
    """The ranking fields, then the candidates' own fields that do not clash with them.

    A GeoPackage `fid` is left out: a multipoint candidate gives several sites.
    """
    fields = QgsFields()
    fields.append(QgsField("rank", field_types.INT))
    for name in RANKING_FIELDS[1:]:
        fields.append(QgsField(name, field_types.DOUBLE))
    for field in candidate_fields:
        if fields.lookupField(field.name()) < 0 and field.name().lower() != "fid":
            fields.append(QgsField(field))
    return fields
