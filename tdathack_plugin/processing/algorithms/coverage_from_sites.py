"""tdathack:coveragefromsites — estimated coverage per operator from antenna sites (an estimate)."""

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessingException

from ...coverage.geometry import polygonal
from ...coverage.operators import operator_name, sorted_operators
from ...coverage.units import M2_PER_KM2
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..run_steps import Steps, stop_if_cancelled
from ..values import Tally
from .base import TDatHackAlgorithm
from .buffer_inputs import SEGMENTS, Radii, add_radius_parameters, add_segments_parameter
from .coverage_inputs import RepairCounter, add_id_field, point_parts


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
        self.add_source(self.SITES, self.tr("Antenna sites"), [qgis_enums.SOURCE_POINT])
        add_id_field(
            self, self.OPERATOR_FIELD, self.tr("Operator field (MCC-MNC or Arcep code)"), self.SITES
        )
        self.add_filter(
            self.FILTER, self.tr('Sites to keep (expression, e.g. "4G" = 1)'), self.SITES
        )
        add_radius_parameters(
            self, self.tr("Coverage radius around each site (metres)"), 5000, self.SITES
        )
        self.add_source(
            self.CLIP,
            self.tr("Clip to (polygons, e.g. the territory)"),
            [qgis_enums.SOURCE_POLYGON],
            optional=True,
        )
        add_segments_parameter(self)
        self.addMetricCrsParameter()
        self.add_sink(self.OUTPUT, self.tr("Estimated coverage"), qgis_enums.SOURCE_POLYGON)

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        sites = inputs.source(self.SITES, points=True)
        operator_field = inputs.field(self.OPERATOR_FIELD, sites.fields(), self.SITES, True)
        expression = inputs.expression(self.FILTER, sites, self.SITES)
        radii = Radii(inputs, sites, self.SITES)
        clip_source = inputs.source(self.CLIP, optional=True)
        crs = self.computation_crs(parameters, context, sites, feedback)
        clip = self.clip_area(inputs, clip_source, sites, radii, crs)
        request = inputs.request(crs)
        if clip is not None:  # only the sites that can reach the clip area
            request.setFilterRect(clip.boundingBox().buffered(radii.largest()))
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        kept = inputs.matching(self.FILTER, sites, request, flags, expression)
        steps = Steps(2, feedback)
        operator_index = sites.fields().indexOf(operator_field)
        discs = self.discs(inputs, kept, operator_index, radii, sites.featureCount(), steps)
        steps.next()
        with OutputSinks(self, parameters, context) as outputs:
            dest_id = outputs.create(
                self.OUTPUT, output_fields(), qgis_enums.WKB_MULTI_POLYGON, crs
            )
            operators = sorted_operators(discs.of)
            for number, name in enumerate(operators):
                stop_if_cancelled(steps)
                outputs.add(self.OUTPUT, discs.feature(name, clip))
                steps.setProgress(100 * (number + 1) / len(operators))
        feedback.pushInfo(
            self.tr(
                "Estimated coverage (buffers around sites), not Arcep's coverage maps: "
                "{n} operators from {s} sites."
            ).format(n=len(operators), s=sum(discs.counts.values()))
        )
        return {self.OUTPUT: dest_id}

    def clip_area(self, inputs, source, sites, radii, crs):
        """The CLIP polygons, repaired and merged in `crs`, refused far from the sites' reach;
        None when CLIP is not given."""
        if source is None:
            return None
        reach = inputs.box(sites, crs, radii.largest())
        inputs.require_overlap(self.SITES, reach, self.CLIP, inputs.box(source, crs))
        repair = RepairCounter()
        parts = [
            repair(f.geometry(), f"{self.CLIP} {f.id()}")
            for f in inputs.features(source, crs, attributes=[])
        ]
        return QgsGeometry.unaryUnion([p for p in parts if not p.isEmpty()])

    def discs(self, inputs, sites, operator_index, radii, total, steps):
        """OperatorDiscs of the `sites` kept (of `total` features); refused when none is left."""
        segments = self.parameterAsInt(inputs.parameters, SEGMENTS, inputs.context)
        discs = OperatorDiscs()
        skipped = Tally(
            self.tr(
                "{n} sites without a point or with a radius of 0 were skipped (features {ids})."
            )
        )
        for number, feature in enumerate(sites):
            stop_if_cancelled(steps)
            site_radius = radii.of(feature)
            points = point_parts(feature.geometry())
            if not points or site_radius <= 0:
                skipped.add(feature.id())
                continue
            discs.add(feature[operator_index], [p.buffer(site_radius, segments) for p in points])
            steps.setProgress(100 * number / (total or 1))
        radii.warn(inputs.feedback)
        skipped.warn(inputs.feedback)
        if not discs.of:
            raise QgsProcessingException(
                self.tr("No site left to draw: the filter or the clip area keeps none.")
            )
        return discs


class OperatorDiscs:
    """The discs around the sites of each operator, the code it is first given by, its sites."""

    def __init__(self):
        self.of, self.codes, self.counts = {}, {}, {}

    def add(self, code, discs: list) -> None:
        name = operator_name(code)
        self.codes.setdefault(name, str(code))
        self.counts[name] = self.counts.get(name, 0) + 1
        self.of.setdefault(name, []).extend(discs)

    def feature(self, name: str, clip) -> QgsFeature:
        """An output feature: the union of the operator's discs, within `clip` if not None."""
        coverage = QgsGeometry.unaryUnion(self.of[name])
        if clip is not None:
            coverage = polygonal(coverage.intersection(clip))
        feature = QgsFeature()
        feature.setGeometry(coverage)
        feature.setAttributes(
            [name, self.codes[name], self.counts[name], coverage.area() / M2_PER_KM2]
        )
        return feature


def output_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("operator", field_types.STRING))
    fields.append(QgsField("operator_code", field_types.STRING))
    fields.append(QgsField("n_sites", field_types.INT))
    fields.append(QgsField("area_km2", field_types.DOUBLE))
    return fields
