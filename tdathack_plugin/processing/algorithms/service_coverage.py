"""tdathack:servicecoverage — territorial Wi-Fi: area and demand within reach of access points."""

import json

import numpy as np
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...coverage.nearest import ServicePoints
from ...coverage.splitting import POLYGONS, area, prepared, split
from ...coverage.units import percent
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..styles import RendererSetter, categorized_renderer
from ..values import NumberReader, Tally, counted_as_zero, refuse_duplicates
from .base import TDatHackAlgorithm
from .buffer_inputs import SEGMENTS, Radii, add_radius_parameters, add_segments_parameter
from .coverage_inputs import (
    ZONES,
    ZONES_ID_FIELD,
    RepairCounter,
    add_zones_parameters,
    point_parts,
)

CHUNK = 10000  # demand features read, measured and written at once
COVERED_COLOUR, UNCOVERED_COLOUR = "#1a9641", "#d7191c"


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
        point, polygon = (
            qgis_enums.SOURCE_POINT,
            qgis_enums.SOURCE_POLYGON,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SERVICES, self.tr("Service points (Wi-Fi hotspots)"), [point]
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.SERVICE_FILTER,
                self.tr("Services to keep (expression, e.g. \"etat2\" = 'Opérationnel')"),
                parentLayerParameterName=self.SERVICES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SERVICE_ID_FIELD,
                self.tr("Service id field (default: the feature id)"),
                parentLayerParameterName=self.SERVICES,
                optional=True,
            )
        )
        add_radius_parameters(self, self.tr("Reach of each service (metres)"), 100, self.SERVICES)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                self.tr("Demand (public places, addresses, population cells)"),
                [point, polygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DEMAND_WEIGHT_FIELD,
                self.tr("Demand weight field (default: each feature counts 1)"),
                parentLayerParameterName=self.DEMAND,
                type=qgis_enums.FIELD_NUMERIC,
                optional=True,
            )
        )
        add_zones_parameters(self, self.tr("Zones for the statistics (districts, communes)"))
        add_segments_parameter(self)
        self.addMetricCrsParameter()
        for name, label, kind in (
            (self.OUTPUT_COVERAGE, self.tr("Covered area"), polygon),
            (
                self.OUTPUT_DEMAND,
                self.tr("Demand with coverage"),
                qgis_enums.SOURCE_VECTOR,
            ),
            (
                self.OUTPUT_STATS,
                self.tr("Coverage statistics per zone"),
                qgis_enums.SOURCE_VECTOR,
            ),
        ):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind))

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        services_source = inputs.source(self.SERVICES, points=True)
        demand = inputs.source(self.DEMAND, points=True)
        demand_type = QgsWkbTypes.geometryType(demand.wkbType())
        if demand_type not in (
            qgis_enums.POINT_GEOMETRY,
            qgis_enums.POLYGON_GEOMETRY,
        ):
            raise QgsProcessingException(self.tr("The demand layer must hold points or polygons."))
        weight_field = inputs.field(self.DEMAND_WEIGHT_FIELD, demand.fields(), self.DEMAND)
        weight_index = demand.fields().indexOf(weight_field) if weight_field else -1
        weights_reader = NumberReader(inputs.label(self.DEMAND), weight_field, counted_as_zero())
        zones_source = inputs.source(ZONES, optional=True)
        zone_field = (
            inputs.field(ZONES_ID_FIELD, zones_source.fields(), ZONES, required=True)
            if zones_source is not None
            else ""
        )
        crs = self.metricCrs(parameters, context, demand)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))

        services, ids, id_field = self.read_services(inputs, services_source, crs)
        inputs.require_overlap(
            self.SERVICES, services.reach_extent(), self.DEMAND, inputs.box(demand, crs)
        )
        repair = RepairCounter()
        zones = self.read_zones(inputs, zones_source, zone_field, crs, repair)
        if zones_source is not None:
            inputs.require_overlap(
                self.DEMAND, inputs.box(demand, crs), ZONES, inputs.box(zones_source, crs)
            )

        zone_id_field = (
            zones_source.fields().field(zone_field)
            if zones_source is not None
            else QgsField("zone_id", field_types.STRING)
        )
        outputs = OutputSinks(self, parameters, context)
        coverage_id = outputs.create(
            self.OUTPUT_COVERAGE,
            coverage_fields(zone_id_field),
            qgis_enums.WKB_MULTI_POLYGON,
            crs,
        )
        as_text = json_fields(demand.fields())
        demand_fields = QgsProcessingUtils.combineFields(
            text_fields(demand.fields(), as_text), measure_fields(id_field)
        )
        demand_id = outputs.create(self.OUTPUT_DEMAND, demand_fields, demand.wkbType(), crs)
        stats_id = outputs.create(
            self.OUTPUT_STATS, stats_fields(zone_id_field), qgis_enums.WKB_NO_GEOMETRY, crs
        )
        try:
            covered_areas = self.write_coverage(outputs, services, zones, feedback)
            tally = ZoneTally(max(len(zones), 1))
            total = demand.featureCount() or 1
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
            measure = (
                self.measure_points
                if demand_type == qgis_enums.POINT_GEOMETRY
                else self.measure_polygons
            )
            done = 0
            for chunk in chunks(demand.getFeatures(request, flags), CHUNK):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled: no output was written."))
                measured = measure(chunk, services, repair)
                zone_of = locate(measured.places, zones)
                weights = np.array(
                    [
                        (weights_reader.read(f[weight_index], f.id()) or 0.0)
                        if weight_index >= 0
                        else 1.0
                        for f in chunk
                    ]
                )
                tally.add(zone_of, measured, weights)
                for number, feature in enumerate(chunk):
                    attributes = feature.attributes()
                    for index in as_text:
                        attributes[index] = json_text(attributes[index])
                    feature.setAttributes([*attributes, *measured.attributes(number, ids)])
                outputs.add_batch(self.OUTPUT_DEMAND, chunk)
                done += len(chunk)
                feedback.setProgress(10 + 90 * done / total)
            for number, zone_id in enumerate([z[0] for z in zones] or [NULL]):
                zone_area = area(zones[number][1]) if zones else None
                outputs.add(
                    self.OUTPUT_STATS,
                    tally.feature(number, zone_id, zone_area, covered_areas[number]),
                )
        except BaseException:
            outputs.discard()
            raise
        outputs.close()

        weights_reader.warn(feedback)
        repair.warn(feedback)
        if zones and tally.outside:
            feedback.pushWarning(
                self.tr("{n} demand features lie outside every zone.").format(n=tally.outside)
            )
        feedback.pushInfo(
            self.tr("{c} of {n} demand features are within reach of a service.").format(
                c=int(tally.covered.sum()), n=int(tally.count.sum()) + tally.outside
            )
        )
        RendererSetter.attach(context, coverage_id, coverage_renderer)
        RendererSetter.attach(context, demand_id, lambda: demand_renderer(demand_type))
        return {
            self.OUTPUT_COVERAGE: coverage_id,
            self.OUTPUT_DEMAND: demand_id,
            self.OUTPUT_STATS: stats_id,
        }

    def read_services(self, inputs, source, crs):
        """(ServicePoints, the id of each, the id field for the output)."""
        radii = Radii(inputs, source, self.SERVICES)
        id_name = inputs.field(self.SERVICE_ID_FIELD, source.fields(), self.SERVICES)
        id_index = source.fields().indexOf(id_name) if id_name else -1
        id_field = (
            QgsField(source.fields().field(id_index))
            if id_index >= 0
            else QgsField("nearest_id", field_types.LONG)
        )
        id_field.setName("nearest_id")
        context, parameters = inputs.context, inputs.parameters
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        expression = inputs.expression(self.SERVICE_FILTER, source, self.SERVICES)
        xs, ys, radius_of, ids = [], [], [], []
        skipped = Tally(
            self.tr(
                "{n} services without a point or with a reach of 0 were skipped (features {ids})."
            )
        )
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
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
        segments = self.parameterAsInt(parameters, SEGMENTS, context)
        inputs.feedback.pushInfo(self.tr("{n} service points.").format(n=len(xs)))
        return ServicePoints(xs, ys, radius_of, segments), ids, id_field

    def read_zones(self, inputs, source, id_field, crs, repair):
        """[(zone id, valid polygon in the metric CRS)]; [] without zones. Refuses an id that
        stands for several zones (they would be counted twice)."""
        if source is None:
            return []
        request = QgsFeatureRequest().setDestinationCrs(crs, inputs.context.transformContext())
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        features = [
            (f.id(), f[id_field], repair(f.geometry(), f"{ZONES} {f.id()}"))
            for f in source.getFeatures(request, flags)
        ]
        refuse_duplicates(inputs.label(ZONES), id_field, ((f, z) for f, z, _g in features))
        zones = [
            (zone_id, geometry) for _f, zone_id, geometry in features if not geometry.isEmpty()
        ]
        if not zones:
            raise QgsProcessingException(self.tr("The zones layer has no polygon."))
        return zones

    def write_coverage(self, outputs, services, zones, feedback) -> list:
        """Writes the dissolved covered area (per zone when given); returns the covered m²."""
        covered_areas = []
        if not zones:
            coverage = QgsGeometry.unaryUnion(services.buffers())
            outputs.add(self.OUTPUT_COVERAGE, coverage_feature(NULL, len(services), coverage))
            return [area(coverage)]
        for zone_id, geometry in zones:
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            engine = prepared(geometry)
            numbers = services.numbers_in(geometry.boundingBox())
            reaching = [n for n in numbers if engine.intersects(services.buffer(n).constGet())]
            inside = QgsGeometry()
            if reaching:
                union = QgsGeometry.unaryUnion(services.buffers(reaching))
                inside, _outside = split(geometry, union, POLYGONS)
            covered_areas.append(area(inside))
            if not inside.isEmpty():
                outputs.add(self.OUTPUT_COVERAGE, coverage_feature(zone_id, len(reaching), inside))
        feedback.setProgress(10)
        return covered_areas

    @staticmethod
    def measure_points(chunk, services, _repair):
        xs, ys, owners = [], [], []
        for number, feature in enumerate(chunk):
            geometry = feature.geometry().constGet()
            if geometry is None or geometry.isEmpty():  # POINT EMPTY: no place, no answer
                continue
            if isinstance(geometry, QgsPoint):
                xs.append(geometry.x())
                ys.append(geometry.y())
                owners.append(number)
            else:
                for part in geometry.vertices():
                    xs.append(part.x())
                    ys.append(part.y())
                    owners.append(number)
        nearest, distance, covered = services.measure(xs, ys)
        return Measured.from_parts(
            len(chunk), np.array(owners, dtype=np.int64), xs, ys, nearest, distance, covered
        )

    @staticmethod
    def measure_polygons(chunk, services, repair):
        measured = Measured.empty(len(chunk))
        for number, feature in enumerate(chunk):
            geometry = repair(
                feature.geometry(), f"{ServiceCoverageAlgorithm.DEMAND} {feature.id()}"
            )
            if geometry.isEmpty():
                continue
            measured.places[number] = geometry.pointOnSurface()
            nearest, distance = services.nearest_to_geometry(geometry)
            measured.nearest[number], measured.distance[number] = nearest, distance
            reaching = services.numbers_in(geometry.boundingBox())
            inside = QgsGeometry()
            if reaching:
                union = QgsGeometry.unaryUnion(services.buffers(reaching))
                inside, _outside = split(geometry, union, POLYGONS)
            measured.share[number] = area(inside) / geometry.area() if geometry.area() else 0
            measured.covered[number] = measured.share[number] > 0
        return measured


class Measured:
    """What one chunk of demand features got: nearest service, distance, covered (and share)."""

    def __init__(self, size, polygons):
        self.nearest = np.full(size, -1, dtype=np.int64)
        self.distance = np.full(size, np.nan)
        self.covered = np.zeros(size, dtype=bool)
        self.share = np.full(size, np.nan) if polygons else None
        self.places = [None] * size  # a point of each feature, to find its zone

    @classmethod
    def empty(cls, size):
        return cls(size, polygons=True)

    @classmethod
    def from_parts(cls, size, owners, xs, ys, nearest, distance, covered):
        """Per feature: covered when a part is, the nearest service of its nearest part."""
        measured = cls(size, polygons=False)
        if not len(owners):
            return measured
        order = np.lexsort((distance, owners))
        first = order[np.r_[True, owners[order][1:] != owners[order][:-1]]]
        measured.nearest[owners[first]] = nearest[first]
        measured.distance[owners[first]] = distance[first]
        np.logical_or.at(measured.covered, owners, covered)
        for part in first:
            measured.places[owners[part]] = QgsPoint(xs[part], ys[part])
        return measured

    def attributes(self, number, ids) -> list:
        """covered, covered_share, distance_m, nearest_id of one feature (NULL without geometry)."""
        if self.nearest[number] < 0:
            return [NULL, NULL, NULL, NULL]
        share = NULL if self.share is None else float(self.share[number])
        return [
            bool(self.covered[number]),
            share,
            float(self.distance[number]),
            ids[self.nearest[number]],
        ]


class ZoneTally:
    """Demand count and weight, in total and within reach, per zone."""

    def __init__(self, size):
        self.count = np.zeros(size)
        self.covered = np.zeros(size)
        self.weight = np.zeros(size)
        self.covered_weight = np.zeros(size)
        self.outside = 0

    def add(self, zone_of, measured, weights):
        located = (zone_of >= 0) & (measured.nearest >= 0)
        self.outside += int(np.count_nonzero((zone_of < 0) & (measured.nearest >= 0)))
        zone_of, weights = zone_of[located], weights[located]
        share = (
            measured.covered[located].astype(float)
            if measured.share is None
            else measured.share[located]
        )
        np.add.at(self.count, zone_of, 1)
        np.add.at(self.covered, zone_of, measured.covered[located].astype(float))
        np.add.at(self.weight, zone_of, weights)
        np.add.at(self.covered_weight, zone_of, weights * share)

    def feature(self, number, zone_id, zone_area, covered_area) -> QgsFeature:
        feature = QgsFeature()
        feature.setAttributes(
            [
                zone_id,
                NULL if zone_area is None else zone_area,
                covered_area,
                NULL if zone_area is None else percent(covered_area, zone_area),
                int(self.count[number]),
                int(self.covered[number]),
                percent(float(self.covered[number]), float(self.count[number])),
                float(self.weight[number]),
                float(self.covered_weight[number]),
                percent(float(self.covered_weight[number]), float(self.weight[number])),
            ]
        )
        return feature


def chunks(features, size):
    chunk = []
    for feature in features:
        chunk.append(feature)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def locate(places, zones) -> np.ndarray:
    """Index of the first zone holding each place (a QgsPoint or point geometry), -1 if none."""
    zone_of = np.full(len(places), -1 if zones else 0, dtype=np.int64)
    if not zones:
        return zone_of
    engines = [(geometry.boundingBox(), prepared(geometry)) for _id, geometry in zones]
    for number, place in enumerate(places):
        if place is None:
            continue
        point = place.constGet() if isinstance(place, QgsGeometry) else place
        for zone, (box, engine) in enumerate(engines):
            if box.contains(point.x(), point.y()) and engine.intersects(point):
                zone_of[number] = zone
                break
    return zone_of


def json_fields(fields: QgsFields) -> list:
    """Indexes of map and list fields (GeoJSON objects such as ODS's geo_point_2d)."""
    kinds = (field_types.MAP, field_types.LIST)
    return [index for index, field in enumerate(fields) if field.type() in kinds]


def text_fields(fields: QgsFields, as_text) -> QgsFields:
    """The fields, with map and list fields turned to text (every output format can hold it)."""
    result = QgsFields()
    for index, field in enumerate(fields):
        result.append(QgsField(field.name(), field_types.STRING) if index in as_text else field)
    return result


def json_text(value):
    return NULL if value in (None, NULL) else json.dumps(value, ensure_ascii=False)


def measure_fields(id_field: QgsField) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("covered", field_types.BOOL))
    fields.append(QgsField("covered_share", field_types.DOUBLE))
    fields.append(QgsField("distance_m", field_types.DOUBLE))
    fields.append(id_field)
    return fields


def coverage_fields(zone_id_field: QgsField) -> QgsFields:
    fields = QgsFields()
    zone_id = QgsField(zone_id_field)
    zone_id.setName("zone_id")
    fields.append(zone_id)
    fields.append(QgsField("n_services", field_types.INT))
    fields.append(QgsField("area_m2", field_types.DOUBLE))
    return fields


def coverage_feature(zone_id, n_services, geometry) -> QgsFeature:
    feature = QgsFeature()
    feature.setGeometry(geometry)
    feature.setAttributes([zone_id, n_services, area(geometry)])
    return feature


STATS_COLUMNS = (
    ("area_m2", field_types.DOUBLE),
    ("covered_area_m2", field_types.DOUBLE),
    ("covered_area_pct", field_types.DOUBLE),
    ("demand_count", field_types.INT),
    ("covered_count", field_types.INT),
    ("covered_count_pct", field_types.DOUBLE),
    ("demand_weight", field_types.DOUBLE),
    ("covered_weight", field_types.DOUBLE),
    ("covered_weight_pct", field_types.DOUBLE),
)


def stats_fields(zone_id_field: QgsField) -> QgsFields:
    fields = QgsFields()
    fields.append(coverage_fields(zone_id_field).field("zone_id"))
    for name, kind in STATS_COLUMNS:
        fields.append(QgsField(name, kind))
    return fields


def coverage_renderer():
    symbol = QgsFillSymbol.createSimple(
        {"color": "43,131,186,100", "outline_color": "43,131,186,255", "outline_width": "0.3"}
    )
    return QgsSingleSymbolRenderer(symbol)


def demand_renderer(geometry_type):
    """Covered demand in green, demand out of reach in red."""

    def symbol(colour):
        drawn = QgsSymbol.defaultSymbol(geometry_type)
        drawn.setColor(QColor(colour))
        return drawn

    return categorized_renderer(
        'if("covered", 1, 0)',
        [
            (1, COVERED_COLOUR, tr("Within reach of a service")),
            (0, UNCOVERED_COLOUR, tr("Out of reach")),
        ],
        symbol,
    )
