"""tdathack:coveragefromsites — estimated coverage per operator from antenna sites (an estimate)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...coverage.geometry import polygonal
from ...coverage.operators import operator_name, sorted_operators
from ...coverage.units import M2_PER_KM2
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..values import Tally
from .base import TDatHackAlgorithm
from .buffer_inputs import SEGMENTS, Radii, add_radius_parameters, add_segments_parameter
from .coverage_inputs import RepairCounter, point_parts


class CoverageFromSitesAlgorithm(TDatHackAlgorithm):
    NAME = "coveragefromsites"
    GROUP = "mobile"
    DISPLAY_NAME = tr_noop("Estimated coverage from antenna sites")
    TAGS = tr_noop("antenna,site,arcep,anfr,buffer,estimate,what if")

    SITES = "SITES"
    OPERATOR_FIELD = "OPERATOR_FIELD"
    FILTER = "FILTER"
    CLIP = "CLIP"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES, self.tr("Antenna sites"), [qgis_enums.SOURCE_POINT]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.OPERATOR_FIELD,
                self.tr("Operator field (MCC-MNC or Arcep code)"),
                parentLayerParameterName=self.SITES,
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.FILTER,
                self.tr('Sites to keep (expression, e.g. "4G" = 1)'),
                parentLayerParameterName=self.SITES,
                optional=True,
            )
        )
        add_radius_parameters(
            self, self.tr("Coverage radius around each site (metres)"), 5000, self.SITES
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CLIP,
                self.tr("Clip to (polygons, e.g. the territory)"),
                [qgis_enums.SOURCE_POLYGON],
                optional=True,
            )
        )
        add_segments_parameter(self)
        self.addMetricCrsParameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Estimated coverage"),
                qgis_enums.SOURCE_POLYGON,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        sites = inputs.source(self.SITES, points=True)
        operator_field = inputs.field(self.OPERATOR_FIELD, sites.fields(), self.SITES, True)
        operator_index = sites.fields().indexOf(operator_field)
        expression = inputs.expression(self.FILTER, sites, self.SITES)
        radii = Radii(inputs, sites, self.SITES)
        segments = self.parameterAsInt(parameters, SEGMENTS, context)
        clip_source = inputs.source(self.CLIP, optional=True)
        crs = self.metricCrs(parameters, context, sites)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        if clip_source is not None:
            inputs.require_overlap(
                self.SITES,
                inputs.box(sites, crs, radii.largest()),
                self.CLIP,
                inputs.box(clip_source, crs),
            )

        clip = self.clip_geometry(clip_source, context, crs)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        if clip is not None:  # only the sites that can reach the clip area
            request.setFilterRect(clip.boundingBox().buffered(radii.largest()))
        buffers, codes, counts = {}, {}, {}
        skipped = Tally(
            self.tr(
                "{n} sites without a point or with a radius of 0 were skipped (features {ids})."
            )
        )
        total = sites.featureCount() or 1
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        kept = inputs.matching(self.FILTER, sites, request, flags, expression)
        for number, feature in enumerate(kept):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            site_radius = radii.of(feature)
            points = point_parts(feature.geometry())
            if not points or site_radius <= 0:
                skipped.add(feature.id())
                continue
            name = operator_name(feature[operator_index])
            codes.setdefault(name, str(feature[operator_index]))
            counts[name] = counts.get(name, 0) + 1
            buffers.setdefault(name, []).extend(p.buffer(site_radius, segments) for p in points)
            feedback.setProgress(40 * number / total)
        radii.warn(feedback)
        skipped.warn(feedback)
        if not buffers:
            raise QgsProcessingException(
                self.tr("No site left to draw: the filter or the clip area keeps none.")
            )

        outputs = OutputSinks(self, parameters, context)
        dest_id = outputs.create(self.OUTPUT, output_fields(), qgis_enums.WKB_MULTI_POLYGON, crs)
        try:
            operators = sorted_operators(buffers)
            for number, name in enumerate(operators):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled: no output was written."))
                coverage = QgsGeometry.unaryUnion(buffers[name])
                if clip is not None:
                    coverage = polygonal(coverage.intersection(clip))
                feature = QgsFeature()
                feature.setGeometry(coverage)
                feature.setAttributes(
                    [name, codes[name], counts[name], coverage.area() / M2_PER_KM2]
                )
                outputs.add(self.OUTPUT, feature)
                feedback.setProgress(40 + 60 * (number + 1) / len(operators))
        except BaseException:
            outputs.discard()
            raise
        outputs.close()
        feedback.pushInfo(
            self.tr(
                "Estimated coverage (buffers around sites), not Arcep's coverage maps: "
                "{n} operators from {s} sites."
            ).format(n=len(operators), s=sum(counts.values()))
        )
        return {self.OUTPUT: dest_id}

    def clip_geometry(self, source, context, crs):
        if source is None:
            return None
        repair = RepairCounter()
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        request.setNoAttributes()
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        parts = [
            repair(f.geometry(), f"{self.CLIP} {f.id()}")
            for f in source.getFeatures(request, flags)
        ]
        return QgsGeometry.unaryUnion([p for p in parts if not p.isEmpty()])


def output_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("operator", field_types.STRING))
    fields.append(QgsField("operator_code", field_types.STRING))
    fields.append(QgsField("n_sites", field_types.INT))
    fields.append(QgsField("area_km2", field_types.DOUBLE))
    return fields
