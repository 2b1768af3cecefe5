"""tdathack:fibrepro — establishments without fibre, by size, and where to extend it."""

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsRendererCategory,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...coverage import sirene
from ...coverage.clusters import NOISE, dbscan
from ...coverage.crs import metric_crs_for
from ...coverage.points import inside_polygon, nearest
from ...toolbelt.i18n import tr
from ..outputs import OutputSinks
from ..styles import RendererSetter
from .base import TDatHackAlgorithm
from .coverage_inputs import RepairCounter, guess_name_field, require_field

SIZE_FIELDS = ("trancheEffectifsEtablissement", "trancheeffectifsetablissement")
STATE_FIELDS = ("etatAdministratifEtablissement", "etatadministratifetablissement")
QUALITY_FIELD = "qualite_xy"
COMMUNE_CENTROID = "33"
ACTIVE = "A"


def percent(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


def first_field(fields, names) -> str:
    return next((name for name in names if fields.lookupField(name) >= 0), "")


class FibreProAlgorithm(TDatHackAlgorithm):
    ESTABLISHMENTS = "ESTABLISHMENTS"
    SIZE_FIELD = "SIZE_FIELD"
    MIN_SIZE = "MIN_SIZE"
    ACTIVE_ONLY = "ACTIVE_ONLY"
    ELIGIBLE = "ELIGIBLE"
    ELIGIBLE_FILTER = "ELIGIBLE_FILTER"
    ELIGIBLE_ID_FIELD = "ELIGIBLE_ID_FIELD"
    MATCH_DISTANCE = "MATCH_DISTANCE"
    ZONES = "ZONES"
    ZONES_ID_FIELD = "ZONES_ID_FIELD"
    CLUSTER_DISTANCE = "CLUSTER_DISTANCE"
    CLUSTER_MIN_POINTS = "CLUSTER_MIN_POINTS"
    METRIC_CRS = "METRIC_CRS"
    OUTPUT_ESTABLISHMENTS = "OUTPUT_ESTABLISHMENTS"
    OUTPUT_STATS = "OUTPUT_STATS"
    OUTPUT_PRIORITY = "OUTPUT_PRIORITY"

    def name(self):
        return "fibrepro"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Establishments without fibre (fibre pro)")

    def group(self):
        return self.tr("Fixed broadband (fibre)")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "fibre"

    def extraTags(self):  # noqa: N802 (QGIS API)
        return self.tr("fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ESTABLISHMENTS,
                self.tr("Establishments (Sirene géolocalisé points)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SIZE_FIELD,
                self.tr("Size class field (default: trancheEffectifsEtablissement)"),
                parentLayerParameterName=self.ESTABLISHMENTS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MIN_SIZE,
                self.tr("Smallest size class kept"),
                options=[f"{code} — {sirene.label(code)}" for code in sirene.CODES],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ACTIVE_ONLY,
                self.tr("Active establishments only (etatAdministratifEtablissement = A)"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ELIGIBLE,
                self.tr("Fibre-ready premises (points) or eligible zones (polygons)"),
                [
                    QgsProcessing.SourceType.TypeVectorPoint,
                    QgsProcessing.SourceType.TypeVectorPolygon,
                ],
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.ELIGIBLE_FILTER,
                self.tr("Filter of the eligible features (expression)"),
                parentLayerParameterName=self.ELIGIBLE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ELIGIBLE_ID_FIELD,
                self.tr("Id field of the eligible features (default: feature id)"),
                parentLayerParameterName=self.ELIGIBLE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterDistance(
                self.MATCH_DISTANCE,
                self.tr("Match distance (metres)"),
                defaultValue=30.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones (communes, zones d'activités...)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONES_ID_FIELD,
                self.tr("Zone id field"),
                parentLayerParameterName=self.ZONES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterDistance(
                self.CLUSTER_DISTANCE,
                self.tr("Cluster distance (metres)"),
                defaultValue=200.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CLUSTER_MIN_POINTS,
                self.tr("Minimum establishments per cluster"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=5,
                minValue=1,
            )
        )
        crs = QgsProcessingParameterCrs(
            self.METRIC_CRS,
            self.tr("Metric CRS for the computation (default: chosen from the data)"),
            optional=True,
        )
        crs.setFlags(crs.flags() | crs.Flag.FlagAdvanced)
        self.addParameter(crs)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ESTABLISHMENTS,
                self.tr("Establishments with their eligibility"),
                QgsProcessing.SourceType.TypeVectorPoint,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_STATS,
                self.tr("Statistics per zone and size class"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PRIORITY,
                self.tr("Priority clusters of establishments without fibre"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            )
        )

    def metric_crs(self, parameters, context, source):
        crs = self.parameterAsCrs(parameters, self.METRIC_CRS, context)
        if not crs.isValid():
            return metric_crs_for(source.sourceExtent(), source.sourceCrs())
        if crs.isGeographic():
            raise QgsProcessingException(
                self.tr("The computation CRS must be projected in metres, not {crs}.").format(
                    crs=crs.authid()
                )
            )
        return crs

    def read_establishments(self, parameters, context, source, crs, feedback):
        """Positions, feature ids and size codes of the establishments kept."""
        fields = source.fields()
        size_field = self.parameterAsString(parameters, self.SIZE_FIELD, context)
        size_field = size_field or first_field(fields, SIZE_FIELDS)
        size_index = require_field(source.sourceName(), fields, size_field) if size_field else -1
        state_field = first_field(fields, STATE_FIELDS)
        active_only = self.parameterAsBoolean(parameters, self.ACTIVE_ONLY, context)
        state_index = fields.lookupField(state_field) if active_only and state_field else -1
        quality_index = fields.lookupField(QUALITY_FIELD)
        min_rank = self.parameterAsEnum(parameters, self.MIN_SIZE, context)
        if size_index < 0:
            feedback.pushWarning(
                self.tr("No size class field: every establishment is of unknown size.")
            )
        if active_only and state_index < 0:
            feedback.pushInfo(
                self.tr("No etatAdministratifEtablissement field: every establishment is kept.")
            )
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        request.setSubsetOfAttributes(
            [i for i in (size_index, state_index, quality_index) if i >= 0]
        )
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        ids, xy, codes = [], [], []
        skipped = {"geometry": 0, "closed": 0, "centroid": 0, "small": 0}
        unknown = {}
        for feature in source.getFeatures(request, flags):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            if state_index >= 0 and str(feature[state_index] or "").strip().upper() != ACTIVE:
                skipped["closed"] += 1
                continue
            if quality_index >= 0 and str(feature[quality_index]).split(".")[0] == COMMUNE_CENTROID:
                skipped["centroid"] += 1
                continue
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                skipped["geometry"] += 1
                continue
            value = feature[size_index] if size_index >= 0 else "?"
            code = sirene.size_code(value) if size_index >= 0 else sirene.UNKNOWN
            if code == sirene.UNKNOWN:
                unknown[str(value)] = unknown.get(str(value), 0) + 1
            elif sirene.rank(code) < min_rank:
                skipped["small"] += 1
                continue
            point = geometry.constGet() if not geometry.isMultipart() else geometry.centroid()
            point = point.constGet() if isinstance(point, QgsGeometry) else point
            ids.append(feature.id())
            xy.append((point.x(), point.y()))
            codes.append(code)
        self.report_skipped(skipped, unknown, size_index >= 0, feedback)
        if not ids:
            raise QgsProcessingException(
                self.tr("No establishment left to analyse (see the log for what was left out).")
            )
        return np.array(ids, dtype=np.int64), np.array(xy, dtype=float), np.array(codes)

    def report_skipped(self, skipped, unknown, has_size, feedback):
        messages = {
            "geometry": self.tr("{n} establishments without a location were left out."),
            "closed": self.tr("{n} closed establishments were left out."),
            "centroid": self.tr(
                "{n} establishments located at their commune centroid (qualite_xy = 33) "
                "were left out."
            ),
            "small": self.tr("{n} establishments below the smallest size class were left out."),
        }
        for key, count in skipped.items():
            if count:
                (feedback.pushWarning if key == "geometry" else feedback.pushInfo)(
                    messages[key].format(n=count)
                )
        if unknown and has_size:
            feedback.pushWarning(
                self.tr(
                    "{n} establishments have an unknown size code ({codes}): kept in the "
                    "class '?'."
                ).format(n=sum(unknown.values()), codes=", ".join(sorted(unknown)[:10]) or "NULL")
            )

    def read_eligible(self, parameters, context, crs, feedback):
        """(points array or None, polygon index or None, ids) of the eligible features."""
        source = self.parameterAsSource(parameters, self.ELIGIBLE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ELIGIBLE))
        id_field = self.parameterAsString(parameters, self.ELIGIBLE_ID_FIELD, context)
        id_index = require_field(source.sourceName(), source.fields(), id_field) if id_field else -1
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        expression = self.parameterAsExpression(parameters, self.ELIGIBLE_FILTER, context)
        if expression:
            request.setFilterExpression(expression)
            request.setExpressionContext(self.createExpressionContext(parameters, context, source))
        request.setSubsetOfAttributes([id_index] if id_index >= 0 else [])
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == (
            QgsWkbTypes.GeometryType.PolygonGeometry
        )
        ids, xy = [], []
        index = QgsSpatialIndex(QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
        repair = RepairCounter()
        for feature in source.getFeatures(request, flags):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            identifier = feature[id_index] if id_index >= 0 else feature.id()
            if polygons:
                geometry = repair(geometry)
                if geometry.isEmpty():
                    continue
                copy = QgsFeature(len(ids))
                copy.setGeometry(geometry)
                index.addFeature(copy)
                ids.append(identifier)
                continue
            for part in geometry.constParts():
                xy.append((part.x(), part.y()))
                ids.append(identifier)
        if expression:
            feedback.pushInfo(
                self.tr("Eligible features kept by the filter: {n}.").format(n=len(ids))
            )
        if not ids:
            feedback.pushWarning(self.tr("No eligible feature: no establishment is eligible."))
        field = QgsField(source.fields().field(id_index)) if id_index >= 0 else None
        if polygons:
            return None, index, ids, field
        return np.array(xy, dtype=float).reshape(-1, 2), None, ids, field

    def match(self, establishments_xy, eligible_xy, polygon_index, feedback):
        """(distance to the nearest eligible feature, its position) per establishment."""
        if eligible_xy is not None:
            return nearest(establishments_xy, eligible_xy)
        distance = np.full(len(establishments_xy), np.inf)
        position = np.full(len(establishments_xy), -1, dtype=np.int64)
        for number, (x, y) in enumerate(establishments_xy):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            found = polygon_index.nearestNeighbor(point, 1)
            if found:
                best = min(found, key=lambda f: (polygon_index.geometry(f).distance(point), f))
                distance[number] = polygon_index.geometry(best).distance(point)
                position[number] = best
        return distance, position

    def zones_of(self, parameters, context, crs, xy, feedback):
        """(zone number per establishment or -1, [(id, name)], id field) from ZONES."""
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            field = QgsField("zone_id", QVariant.String)
            return np.zeros(len(xy), dtype=np.int64), [(None, self.tr("All zones"))], field
        id_field = self.parameterAsString(parameters, self.ZONES_ID_FIELD, context)
        if not id_field:
            raise QgsProcessingException(self.tr("Give ZONES_ID_FIELD, the id field of the zones."))
        require_field(source.sourceName(), source.fields(), id_field)
        name_field = guess_name_field(source.fields(), id_field)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        repair = RepairCounter()
        zone = np.full(len(xy), -1, dtype=np.int64)
        zones = []
        for feature in source.getFeatures(request, flags):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            geometry = repair(feature.geometry())
            inside = inside_polygon(xy, geometry) & (zone < 0)
            zone[inside] = len(zones)
            zones.append((feature[id_field], feature[name_field] if name_field else None))
        outside = int((zone < 0).sum())
        if outside:
            feedback.pushWarning(
                self.tr("{n} establishments lie outside every zone.").format(n=outside)
            )
        return zone, zones, QgsField(source.fields().field(id_field))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.ESTABLISHMENTS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ESTABLISHMENTS))
        crs = self.metric_crs(parameters, context, source)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        ids, xy, codes = self.read_establishments(parameters, context, source, crs, feedback)
        feedback.setProgress(20)
        eligible_xy, polygon_index, eligible_ids, eligible_field = self.read_eligible(
            parameters, context, crs, feedback
        )
        feedback.setProgress(40)
        distance, position = self.match(xy, eligible_xy, polygon_index, feedback)
        limit = self.parameterAsDouble(parameters, self.MATCH_DISTANCE, context)
        eligible = distance <= limit
        feedback.setProgress(60)
        zone, zones, zone_field = self.zones_of(parameters, context, crs, xy, feedback)
        employees = np.array([sirene.mid_point(code) for code in codes])
        without = np.flatnonzero(~eligible)
        cluster = np.full(len(xy), NOISE, dtype=np.int64)
        cluster[without] = dbscan(
            xy[without],
            self.parameterAsDouble(parameters, self.CLUSTER_DISTANCE, context),
            self.parameterAsInt(parameters, self.CLUSTER_MIN_POINTS, context),
        )
        feedback.setProgress(75)
        result = Result(ids, xy, codes, distance, position, eligible, zone, employees, cluster)
        outputs = OutputSinks(self, parameters, context)
        try:
            dest = self.write(
                parameters,
                context,
                feedback,
                source,
                crs,
                outputs,
                result,
                eligible_ids,
                eligible_field,
                zones,
                zone_field,
            )
        except BaseException:
            outputs.discard()
            raise
        outputs.close()
        feedback.pushInfo(
            self.tr("{n} of {total} establishments are eligible to fibre.").format(
                n=int(eligible.sum()), total=len(eligible)
            )
        )
        RendererSetter.attach(context, dest[self.OUTPUT_ESTABLISHMENTS], eligibility_renderer)
        return dest

    def write(
        self,
        parameters,
        context,
        feedback,
        source,
        crs,
        outputs,
        result,
        eligible_ids,
        eligible_field,
        zones,
        zone_field,
    ):
        nearest_field = (
            QgsField(eligible_field)
            if eligible_field
            else QgsField("nearest_id", QVariant.LongLong)
        )
        nearest_field.setName("nearest_id")
        zone_field = QgsField(zone_field)
        zone_field.setName("zone_id")
        fields = QgsProcessingUtils.combineFields(
            source.fields(), establishment_fields(nearest_field, zone_field)
        )
        dest = {
            self.OUTPUT_ESTABLISHMENTS: outputs.create(
                self.OUTPUT_ESTABLISHMENTS, fields, QgsWkbTypes.Type.Point, crs
            ),
            self.OUTPUT_STATS: outputs.create(
                self.OUTPUT_STATS, stats_fields(zone_field), QgsWkbTypes.Type.NoGeometry, crs
            ),
            self.OUTPUT_PRIORITY: outputs.create(
                self.OUTPUT_PRIORITY, priority_fields(), QgsWkbTypes.Type.Polygon, crs
            ),
        }
        added = result.columns(eligible_ids, zones)
        position = dict(zip(result.ids.tolist(), range(len(result.ids))))
        points = result.xy.tolist()
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        iterator, feature, number = source.getFeatures(request, flags), QgsFeature(), 0
        while iterator.nextFeature(feature):
            k = position.get(feature.id())
            if k is None:
                continue
            if number % 10000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled: no output was written."))
                feedback.setProgress(75 + 20 * number / len(points))
            number += 1
            out = QgsFeature(fields)
            out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*points[k])))
            out.setAttributes(feature.attributes() + added[k])
            outputs.add(self.OUTPUT_ESTABLISHMENTS, out)
        for feature in stats_features(result, zones):
            outputs.add(self.OUTPUT_STATS, feature)
        distance = self.parameterAsDouble(parameters, self.CLUSTER_DISTANCE, context)
        for feature in priority_features(result, distance):
            outputs.add(self.OUTPUT_PRIORITY, feature)
        return dest


class Result:
    """Per establishment (same order everywhere): what fibrepro found."""

    def __init__(self, ids, xy, codes, distance, position, eligible, zone, employees, cluster):
        self.ids, self.xy, self.codes = ids, xy, codes
        self.distance, self.position, self.eligible = distance, position, eligible
        self.zone, self.employees, self.cluster = zone, employees, cluster

    def columns(self, eligible_ids, zones) -> list:
        """Per establishment, the values of the fields fibrepro adds to it."""
        labels = {code: sirene.label(code) for code in set(self.codes.tolist())}
        zone_ids = [zone_id for zone_id, _name in zones]
        return [
            [
                code,
                labels[code],
                employees,
                eligible,
                distance if position >= 0 else None,
                eligible_ids[position] if position >= 0 else None,
                zone_ids[zone] if zone >= 0 else None,
                cluster + 1 if cluster != NOISE else None,
            ]
            for code, employees, eligible, distance, position, zone, cluster in zip(
                self.codes.tolist(),
                self.employees.tolist(),
                self.eligible.tolist(),
                self.distance.tolist(),
                self.position.tolist(),
                self.zone.tolist(),
                self.cluster.tolist(),
            )
        ]


def establishment_fields(nearest_field: QgsField, zone_field: QgsField) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("size_class", QVariant.String))
    fields.append(QgsField("size_label", QVariant.String))
    fields.append(QgsField("employees_est", QVariant.Double))
    fields.append(QgsField("eligible", QVariant.Bool))
    fields.append(QgsField("distance_m", QVariant.Double))
    fields.append(nearest_field)
    fields.append(zone_field)
    fields.append(QgsField("cluster_id", QVariant.Int))
    return fields


STATS_COLUMNS = (
    ("establishments", QVariant.Int),
    ("eligible", QVariant.Int),
    ("ineligible", QVariant.Int),
    ("eligible_pct", QVariant.Double),
    ("employees_est", QVariant.Double),
    ("employees_eligible", QVariant.Double),
    ("employees_ineligible", QVariant.Double),
)
ALL_SIZES = "all"


def stats_fields(zone_field: QgsField) -> QgsFields:
    fields = QgsFields()
    fields.append(zone_field)
    fields.append(QgsField("zone_name", QVariant.String))
    fields.append(QgsField("size_class", QVariant.String))
    fields.append(QgsField("size_label", QVariant.String))
    for name, kind in STATS_COLUMNS:
        fields.append(QgsField(name, kind))
    return fields


def stats_features(result: Result, zones):
    """One row per zone and size class present, then one row per zone for all sizes."""
    order = {code: rank for rank, code in enumerate((*sirene.CODES, sirene.UNKNOWN))}
    for number, (zone_id, zone_name) in enumerate(zones):
        in_zone = result.zone == number
        present = sorted(set(result.codes[in_zone].tolist()), key=order.get)
        for code in (*present, ALL_SIZES):
            mask = in_zone if code == ALL_SIZES else in_zone & (result.codes == code)
            count, eligible = int(mask.sum()), int((mask & result.eligible).sum())
            if count == 0:
                continue
            employees = float(result.employees[mask].sum())
            served = float(result.employees[mask & result.eligible].sum())
            feature = QgsFeature()
            feature.setAttributes(
                [
                    zone_id,
                    zone_name,
                    code,
                    sirene.label(code) if code != ALL_SIZES else tr("All sizes"),
                    count,
                    eligible,
                    count - eligible,
                    percent(eligible, count),
                    employees,
                    served,
                    employees - served,
                ]
            )
            yield feature


def priority_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (
        ("rank", QVariant.Int),
        ("cluster_id", QVariant.Int),
        ("establishments", QVariant.Int),
        ("employees_est", QVariant.Double),
        ("establishments_10_plus", QVariant.Int),
        ("area_km2", QVariant.Double),
    ):
        fields.append(QgsField(name, kind))
    return fields


def priority_features(result: Result, distance: float):
    """Clusters as the convex hull of their establishments grown by half the cluster distance,
    ranked by estimated employees, then by establishments."""
    clusters = []
    for number in range(int(result.cluster.max()) + 1 if len(result.cluster) else 0):
        members = np.flatnonzero(result.cluster == number)
        if len(members) == 0:
            continue
        points = QgsGeometry.fromMultiPointXY([QgsPointXY(x, y) for x, y in result.xy[members]])
        shape = points.convexHull().buffer(max(distance / 2.0, 1.0), 8)
        large = sum(sirene.rank(c) >= sirene.rank("11") for c in result.codes[members].tolist())
        clusters.append(
            (number + 1, len(members), float(result.employees[members].sum()), large, shape)
        )
    clusters.sort(key=lambda c: (-c[2], -c[1], c[0]))
    for rank, (cluster_id, count, employees, large, shape) in enumerate(clusters, start=1):
        feature = QgsFeature()
        feature.setGeometry(shape)
        feature.setAttributes([rank, cluster_id, count, employees, large, shape.area() / 1e6])
        yield feature


def eligibility_renderer() -> QgsCategorizedSymbolRenderer:
    categories = []
    for value, colour, text in (
        (True, "#1a9641", tr("Eligible to fibre")),
        (False, "#d7191c", tr("Not eligible to fibre")),
    ):
        symbol = QgsMarkerSymbol.createSimple(
            {"color": colour, "size": "1.6", "outline_color": "#333333"}
        )
        categories.append(QgsRendererCategory(value, symbol, text))
    return QgsCategorizedSymbolRenderer("eligible", categories)
