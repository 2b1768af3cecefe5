"""tdathack:servicecoverage — territorial Wi-Fi: area and demand within reach of access points."""

from qgis.core import QgsField, QgsProcessingException

from ...coverage.nearest import ServicePoints
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..run_steps import Steps
from ..styles import RendererSetter
from ..values import Tally, refuse_duplicates
from .base import TDatHackAlgorithm
from .buffer_inputs import SEGMENTS, Radii, add_radius_parameters, add_segments_parameter
from .coverage_inputs import (
    ZONES,
    ZONES_ID_FIELD,
    RepairCounter,
    add_zones_parameters,
    point_parts,
)
from .service_coverage_demand import Demand
from .service_coverage_outputs import (
    coverage_fields,
    coverage_renderer,
    demand_renderer,
    renamed,
    stats_fields,
    write_coverage,
)


class ServiceCoverageAlgorithm(TDatHackAlgorithm):
    NAME = "servicecoverage"
    GROUP = "wifi"
    DISPLAY_NAME = tr_noop("Coverage by access points (territorial Wi-Fi)")
    TAGS = tr_noop("wifi,hotspot,access point,public place,buffer,nearest,distance")

    SERVICES = "SERVICES"
    SERVICE_FILTER = "SERVICE_FILTER"
    SERVICE_ID_FIELD = "SERVICE_ID_FIELD"
    DEMAND = "DEMAND"
    DEMAND_WEIGHT_FIELD = "DEMAND_WEIGHT_FIELD"
    OUTPUT_COVERAGE = "OUTPUT_COVERAGE"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_STATS = "OUTPUT_STATS"

    def initAlgorithm(self, config=None):
        point, polygon = qgis_enums.SOURCE_POINT, qgis_enums.SOURCE_POLYGON
        self.add_source(self.SERVICES, self.tr("Service points (Wi-Fi hotspots)"), [point])
        self.add_filter(
            self.SERVICE_FILTER,
            self.tr("Services to keep (expression, e.g. \"etat2\" = 'Opérationnel')"),
            self.SERVICES,
        )
        self.add_field(
            self.SERVICE_ID_FIELD,
            self.tr("Service id field (default: the feature id)"),
            self.SERVICES,
        )
        add_radius_parameters(self, self.tr("Reach of each service (metres)"), 100, self.SERVICES)
        self.add_source(
            self.DEMAND,
            self.tr("Demand (public places, addresses, population cells)"),
            [point, polygon],
        )
        self.add_field(
            self.DEMAND_WEIGHT_FIELD,
            self.tr("Demand weight field (default: each feature counts 1)"),
            self.DEMAND,
            numeric=True,
        )
        add_zones_parameters(self, self.tr("Zones for the statistics (districts, communes)"))
        add_segments_parameter(self)
        self.addMetricCrsParameter()
        self.add_sink(self.OUTPUT_COVERAGE, self.tr("Covered area"), polygon)
        vector = qgis_enums.SOURCE_VECTOR
        self.add_sink(self.OUTPUT_DEMAND, self.tr("Demand with coverage"), vector)
        self.add_sink(self.OUTPUT_STATS, self.tr("Coverage statistics per zone"), vector)

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        services_source = inputs.source(self.SERVICES, points=True)
        repair = RepairCounter()
        demand = Demand(inputs, self.DEMAND, self.DEMAND_WEIGHT_FIELD, repair)
        zones_source = inputs.source(ZONES, optional=True)
        zone_field = (
            inputs.field(ZONES_ID_FIELD, zones_source.fields(), ZONES, required=True)
            if zones_source is not None
            else ""
        )
        crs = self.computation_crs(parameters, context, demand.source, feedback)
        services, ids, id_field = self.read_services(inputs, services_source, crs)
        demand_box = inputs.box(demand.source, crs)
        inputs.require_overlap(self.SERVICES, services.reach_extent(), self.DEMAND, demand_box)
        zones, zone_id_field = self.read_zones(inputs, zones_source, zone_field, crs, repair)
        if zones_source is not None:
            inputs.require_overlap(self.DEMAND, demand_box, ZONES, inputs.box(zones_source, crs))

        steps = Steps(2, feedback)
        with OutputSinks(self, parameters, context) as outputs:
            results = self.create_outputs(outputs, demand, zone_id_field, id_field, crs)
            covered_areas = write_coverage(outputs, self.OUTPUT_COVERAGE, services, zones, steps)
            steps.next()
            tally = demand.write(outputs, self.OUTPUT_DEMAND, services, ids, zones, crs, steps)
            outputs.add_all(self.OUTPUT_STATS, tally.features(zones, covered_areas))

        demand.warn(feedback)
        tally.report(feedback, bool(zones))
        RendererSetter.attach(context, results[self.OUTPUT_COVERAGE], coverage_renderer)
        RendererSetter.attach(
            context, results[self.OUTPUT_DEMAND], lambda: demand_renderer(demand.geometry_type)
        )
        return results

    def create_outputs(self, outputs, demand, zone_id_field, id_field, crs) -> dict:
        """Opens the three outputs; returns their ids."""
        return {
            self.OUTPUT_COVERAGE: outputs.create(
                self.OUTPUT_COVERAGE,
                coverage_fields(zone_id_field),
                qgis_enums.WKB_MULTI_POLYGON,
                crs,
            ),
            self.OUTPUT_DEMAND: outputs.create(
                self.OUTPUT_DEMAND, demand.output_fields(id_field), demand.source.wkbType(), crs
            ),
            self.OUTPUT_STATS: outputs.create(
                self.OUTPUT_STATS, stats_fields(zone_id_field), qgis_enums.WKB_NO_GEOMETRY, crs
            ),
        }

    def read_services(self, inputs, source, crs):
        """(ServicePoints, the id of each, the id field for the output)."""
        radii = Radii(inputs, source, self.SERVICES)
        id_name = inputs.field(self.SERVICE_ID_FIELD, source.fields(), self.SERVICES)
        id_index = source.fields().indexOf(id_name) if id_name else -1
        id_field = renamed(
            source.fields().field(id_index)
            if id_index >= 0
            else QgsField("nearest_id", field_types.LONG),
            "nearest_id",
        )
        expression = inputs.expression(self.SERVICE_FILTER, source, self.SERVICES)
        xs, ys, radius_of, ids = [], [], [], []
        skipped = Tally(
            self.tr(
                "{n} services without a point or with a reach of 0 were skipped (features {ids})."
            )
        )
        request, flags = inputs.request(crs), qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        for feature in inputs.matching(self.SERVICE_FILTER, source, request, flags, expression):
            reach = radii.of(feature)
            points = point_parts(feature.geometry())
            if not points or reach <= 0:
                skipped.add(feature.id())
                continue
            for point in points:
                xs.append(point.constGet().x())
                ys.append(point.constGet().y())
                radius_of.append(reach)
                ids.append(feature[id_index] if id_index >= 0 else feature.id())
        radii.warn(inputs.feedback)
        skipped.warn(inputs.feedback)
        if not xs:
            raise QgsProcessingException(
                self.tr("No service point: the layer is empty or the filter keeps none.")
            )
        segments = self.parameterAsInt(inputs.parameters, SEGMENTS, inputs.context)
        inputs.feedback.pushInfo(self.tr("{n} service points.").format(n=len(xs)))
        return ServicePoints(xs, ys, radius_of, segments), ids, id_field

    def read_zones(self, inputs, source, id_field, crs, repair):
        """[(zone id, valid polygon in the metric CRS)] and the field of the ids; [] and a text
        field without zones. Refuses an id that stands for several zones (they would be counted
        twice)."""
        if source is None:
            return [], QgsField("zone_id", field_types.STRING)
        features = [
            (f.id(), f[id_field], repair(f.geometry(), f"{ZONES} {f.id()}"))
            for f in inputs.features(source, crs)
        ]
        refuse_duplicates(inputs.label(ZONES), id_field, ((f, z) for f, z, _g in features))
        zones = [
            (zone_id, geometry) for _f, zone_id, geometry in features if not geometry.isEmpty()
        ]
        if not zones:
            raise QgsProcessingException(self.tr("The zones layer has no polygon."))
        return zones, source.fields().field(id_field)
