"""tdathack:fibrepro — establishments without fibre, by size, and where to extend it."""

from functools import partial

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPoint,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...coverage import sirene
from ...coverage.clusters import NOISE, dbscan
from ...coverage.points import inside_polygon, nearest
from ...coverage.units import percent
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..bulk_sources import geopackage_points
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..styles import RendererSetter, categorized_renderer
from ..values import Tally, refuse_duplicates
from .base import TDatHackAlgorithm
from .coverage_inputs import (
    ZONES,
    ZONES_ID_FIELD,
    RepairCounter,
    add_zones_parameters,
    guess_name_field,
)

# A size field of which at least this share of the values (among MIN_SIZES_JUDGED or more) are
# not INSEE classes is another field (a headcount...): Sirene itself has none.
UNKNOWN_SIZES_REFUSED = 0.2
MIN_SIZES_JUDGED = 20
SIZE_FIELDS = ("trancheEffectifsEtablissement", "trancheeffectifsetablissement")
STATE_FIELDS = ("etatAdministratifEtablissement", "etatadministratifetablissement")
QUALITY_FIELD = "qualite_xy"
COMMUNE_CENTROID = "33"
ACTIVE = "A"
SKIPPED = ("geometry", "closed", "centroid", "small")  # reasons, in the order they are reported


def first_field(fields, names) -> str:
    return next((name for name in names if fields.lookupField(name) >= 0), "")


def is_active(state) -> bool:
    return str(state or "").strip().upper() == ACTIVE


def at_centroid(quality) -> bool:
    return str(quality).split(".")[0] == COMMUNE_CENTROID


def per_value(function, values, dtype) -> np.ndarray:
    """function(value) for each value, computed once per distinct value."""
    results = {value: function(value) for value in set(values)}
    return np.array([results[value] for value in values], dtype=dtype)


def plain(value):
    """None for a NULL QVariant, else the value."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def by_position(ids):
    """Function giving the ids at positions (None at position -1)."""
    return lambda positions: [ids[p] if p >= 0 else None for p in positions.tolist()]


def field_by_position(source, index, fids):
    """Function giving the values of field index of the features at positions (None at -1),
    read through QGIS for those features only."""

    def values(positions):
        wanted = fids[np.unique(positions[positions >= 0])].tolist()
        request = QgsFeatureRequest().setFilterFids(wanted).setSubsetOfAttributes([index])
        request.setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
        value = {feature.id(): plain(feature[index]) for feature in source.getFeatures(request)}
        return [value[fids[p]] if p >= 0 else None for p in positions.tolist()]

    return values


class FibreProAlgorithm(TDatHackAlgorithm):
    NAME = "fibrepro"
    GROUP = "fibre"
    DISPLAY_NAME = tr_noop("Establishments without fibre (fibre pro)")
    TAGS = tr_noop("fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility")

    ESTABLISHMENTS = "ESTABLISHMENTS"
    SIZE_FIELD = "SIZE_FIELD"
    MIN_SIZE = "MIN_SIZE"
    ACTIVE_ONLY = "ACTIVE_ONLY"
    ELIGIBLE = "ELIGIBLE"
    ELIGIBLE_FILTER = "ELIGIBLE_FILTER"
    ELIGIBLE_ID_FIELD = "ELIGIBLE_ID_FIELD"
    MATCH_DISTANCE = "MATCH_DISTANCE"
    CLUSTER_DISTANCE = "CLUSTER_DISTANCE"
    CLUSTER_MIN_POINTS = "CLUSTER_MIN_POINTS"
    OUTPUT_ESTABLISHMENTS = "OUTPUT_ESTABLISHMENTS"
    OUTPUT_STATS = "OUTPUT_STATS"
    OUTPUT_PRIORITY = "OUTPUT_PRIORITY"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ESTABLISHMENTS,
                self.tr("Establishments (Sirene géolocalisé points)"),
                [qgis_enums.SOURCE_POINT],
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
                    qgis_enums.SOURCE_POINT,
                    qgis_enums.SOURCE_POLYGON,
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
        add_zones_parameters(self, self.tr("Zones (communes, zones d'activités...)"))
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
                qgis_enums.NUMBER_INTEGER,
                defaultValue=5,
                minValue=1,
            )
        )
        self.addMetricCrsParameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ESTABLISHMENTS,
                self.tr("Establishments with their eligibility"),
                qgis_enums.SOURCE_POINT,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_STATS,
                self.tr("Statistics per zone and size class"),
                qgis_enums.SOURCE_VECTOR,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PRIORITY,
                self.tr("Priority clusters of establishments without fibre"),
                qgis_enums.SOURCE_POLYGON,
            )
        )

    def read_establishments(self, inputs, source, crs):
        """Feature ids, positions and size codes of the establishments kept, and the values of
        their fields (one list per field) if read in bulk, else None."""
        parameters, context, feedback = inputs.parameters, inputs.context, inputs.feedback
        fields = source.fields()
        size_field = inputs.field(self.SIZE_FIELD, fields, self.ESTABLISHMENTS)
        size_field = size_field or first_field(fields, SIZE_FIELDS)
        size_index = fields.lookupField(size_field) if size_field else -1
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
        indices = [i for i in (size_index, state_index, quality_index) if i >= 0]
        names = [fields.at(i).name() for i in indices]
        bulk = None
        if self.ESTABLISHMENTS not in inputs.made_layers:  # a table made into points: QGIS
            bulk = geopackage_points(
                self, parameters, self.ESTABLISHMENTS, context, crs, fields.names()
            ) or geopackage_points(self, parameters, self.ESTABLISHMENTS, context, crs, names)
        if bulk is None:
            bulk = self.read_through_qgis(source, context, crs, indices, feedback)
        fids, xy, values = bulk
        columns = dict(zip(indices, (values[name] for name in names)))
        keep = np.ones(len(fids), dtype=bool)
        skipped = {}
        if state_index >= 0:
            active = per_value(is_active, columns[state_index], bool)
            skipped["closed"] = keep & ~active
            keep &= active
        if quality_index >= 0:
            centroid = per_value(at_centroid, columns[quality_index], bool)
            skipped["centroid"] = keep & centroid
            keep &= ~centroid
        located = ~np.isnan(xy).any(axis=1)
        skipped["geometry"] = keep & ~located
        keep &= located
        unknown = {}
        if size_index >= 0:
            codes = per_value(sirene.size_code, columns[size_index], str)
            for number in np.flatnonzero(keep & (codes == sirene.UNKNOWN)).tolist():
                value = str(columns[size_index][number])
                unknown[value] = unknown.get(value, 0) + 1
            declared = int((keep & (codes != "NN")).sum())
            if (
                declared >= MIN_SIZES_JUDGED
                and sum(unknown.values()) >= UNKNOWN_SIZES_REFUSED * declared
            ):
                raise QgsProcessingException(
                    self.tr(
                        "{share:.0f} % of the values of {parameter} are not INSEE size classes "
                        "(NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53): "
                        "{values}. Give the field of Sirene's trancheEffectifsEtablissement, "
                        "not a headcount."
                    ).format(
                        share=100 * sum(unknown.values()) / declared,
                        parameter=inputs.label(self.SIZE_FIELD),
                        values=", ".join(sorted(unknown)[:8]),
                    )
                )
            ranks = per_value(sirene.rank, codes.tolist(), np.int64)
            small = keep & (codes != sirene.UNKNOWN) & (ranks < min_rank)
            skipped["small"] = small
            keep &= ~small
        else:
            codes = np.full(len(fids), sirene.UNKNOWN)
        left_out = {key: fids[skipped[key]] for key in SKIPPED if key in skipped}
        self.report_skipped(left_out, unknown, size_index >= 0, feedback)
        if not keep.any():
            raise QgsProcessingException(
                self.tr("No establishment left to analyse (see the log for what was left out).")
            )
        attributes = None  # read again through QGIS when written
        if all(name in values for name in fields.names()):
            attributes = [
                np.array(values[name], dtype=object)[keep].tolist() for name in fields.names()
            ]
        return fids[keep], xy[keep], codes[keep], attributes

    def read_through_qgis(self, source, context, crs, indices, feedback):
        """(feature ids, positions in crs, {field name: values}) of a point source, through QGIS;
        positions are NaN without a location, multipart points give their centroid."""
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        request.setSubsetOfAttributes(indices)
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        ids, xy, values = [], [], [[] for _ in indices]
        for feature in source.getFeatures(request, flags):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            ids.append(feature.id())
            for column, index in zip(values, indices):
                column.append(plain(feature[index]))
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                xy.append((np.nan, np.nan))
                continue
            point = geometry.constGet() if not geometry.isMultipart() else geometry.centroid()
            point = point.constGet() if isinstance(point, QgsGeometry) else point
            xy.append((point.x(), point.y()))
        names = [source.fields().at(i).name() for i in indices]
        return (
            np.array(ids, dtype=np.int64),
            np.array(xy, dtype=float).reshape(-1, 2),
            dict(zip(names, values)),
        )

    def report_skipped(self, skipped, unknown, has_size, feedback):
        messages = {
            "geometry": self.tr(
                "{n} establishments without a location were left out (features {ids})."
            ),
            "closed": self.tr("{n} closed establishments were left out (features {ids})."),
            "centroid": self.tr(
                "{n} establishments located at their commune centroid (qualite_xy = 33) "
                "were left out (features {ids})."
            ),
            "small": self.tr(
                "{n} establishments below the smallest size class were left out (features {ids})."
            ),
        }
        for key, ids in skipped.items():
            tally = Tally(messages[key])
            tally.add_many(ids)
            tally.say(feedback.pushWarning if key == "geometry" else feedback.pushInfo)
        if unknown and has_size:
            feedback.pushWarning(
                self.tr(
                    "{n} establishments have an unknown size code ({codes}): kept in the "
                    "class '?'."
                ).format(n=sum(unknown.values()), codes=", ".join(sorted(unknown)[:10]) or "NULL")
            )

    def read_eligible(self, inputs, source, crs):
        """(points array or None, polygon index or None, function giving the ids of positions,
        id field or None) of the eligible features."""
        parameters, context, feedback = inputs.parameters, inputs.context, inputs.feedback
        eligible = inputs.source(self.ELIGIBLE, points=True, allow_empty=True)  # no fibre yet
        id_field = inputs.field(self.ELIGIBLE_ID_FIELD, eligible.fields(), self.ELIGIBLE)
        id_index = eligible.fields().indexOf(id_field) if id_field else -1
        field = QgsField(eligible.fields().field(id_index)) if id_index >= 0 else None
        expression = inputs.expression(self.ELIGIBLE_FILTER, eligible, self.ELIGIBLE)
        reach = inputs.number(self.MATCH_DISTANCE, allow_zero=True)
        inputs.require_overlap(
            self.ESTABLISHMENTS,
            inputs.box(source, crs, reach),
            self.ELIGIBLE,
            inputs.box(eligible, crs),
        )
        source = eligible
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == (qgis_enums.POLYGON_GEOMETRY)
        bulk = None
        if not expression and not polygons and self.ELIGIBLE not in inputs.made_layers:
            bulk = geopackage_points(self, parameters, self.ELIGIBLE, context, crs)
        if bulk is not None:
            fids, xy, _values = bulk
            located = ~np.isnan(xy).any(axis=1)
            fids, xy = fids[located], xy[located]
            if not len(fids):
                feedback.pushWarning(self.tr("No eligible feature: no establishment is eligible."))
            if id_index >= 0:
                return xy, None, field_by_position(source, id_index, fids), field
            return xy, None, by_position(fids.tolist()), field
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        request.setSubsetOfAttributes([id_index] if id_index >= 0 else [])
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        ids, xy = [], []
        index = QgsSpatialIndex(QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
        repair = RepairCounter()
        for feature in inputs.matching(self.ELIGIBLE_FILTER, source, request, flags, expression):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            identifier = feature[id_index] if id_index >= 0 else feature.id()
            if polygons:
                geometry = repair(geometry, f"{self.ELIGIBLE} {feature.id()}")
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
        if polygons:
            return None, index, by_position(ids), field
        return np.array(xy, dtype=float).reshape(-1, 2), None, by_position(ids), field

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

    def zones_of(self, inputs, establishments, crs, xy):
        """(zone number per establishment or -1, [(id, name)], id field) from ZONES."""
        context, feedback = inputs.context, inputs.feedback
        source = inputs.source(ZONES, optional=True)
        if source is None:
            field = QgsField("zone_id", field_types.STRING)
            return np.zeros(len(xy), dtype=np.int64), [(None, self.tr("All zones"))], field
        id_field = inputs.field(ZONES_ID_FIELD, source.fields(), ZONES, required=True)
        inputs.require_overlap(
            self.ESTABLISHMENTS, inputs.box(establishments, crs), ZONES, inputs.box(source, crs)
        )
        name_field = guess_name_field(source.fields(), id_field)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        repair = RepairCounter()
        zone = np.full(len(xy), -1, dtype=np.int64)
        zones = []
        features = list(source.getFeatures(request, flags))
        refuse_duplicates(inputs.label(ZONES), id_field, ((f.id(), f[id_field]) for f in features))
        for feature in features:
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            geometry = repair(feature.geometry(), f"{ZONES} {feature.id()}")
            inside = inside_polygon(xy, geometry) & (zone < 0)
            zone[inside] = len(zones)
            zones.append(
                (plain(feature[id_field]), plain(feature[name_field]) if name_field else None)
            )
        outside = int((zone < 0).sum())
        if outside:
            feedback.pushWarning(
                self.tr("{n} establishments lie outside every zone.").format(n=outside)
            )
        return zone, zones, QgsField(source.fields().field(id_field))

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        source = inputs.source(self.ESTABLISHMENTS, points=True)
        limit = inputs.number(self.MATCH_DISTANCE, allow_zero=True)
        cluster_distance = inputs.number(self.CLUSTER_DISTANCE)
        crs = self.metricCrs(parameters, context, source)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        eligible_xy, polygon_index, eligible_ids, eligible_field = self.read_eligible(
            inputs, source, crs
        )
        ids, xy, codes, attributes = self.read_establishments(inputs, source, crs)
        feedback.setProgress(40)
        distance, position = self.match(xy, eligible_xy, polygon_index, feedback)
        nearest_ids = eligible_ids(position)
        eligible = distance <= limit
        feedback.setProgress(60)
        zone, zones, zone_field = self.zones_of(inputs, source, crs, xy)
        employees = per_value(sirene.mid_point, codes.tolist(), float)
        without = np.flatnonzero(~eligible)
        cluster = np.full(len(xy), NOISE, dtype=np.int64)
        cluster[without] = dbscan(
            xy[without],
            cluster_distance,
            self.parameterAsInt(parameters, self.CLUSTER_MIN_POINTS, context),
        )
        feedback.setProgress(75)
        result = Result(ids, xy, codes, distance, position, eligible, zone, employees, cluster)
        result.attributes = attributes  # the source fields, when read in bulk
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
                nearest_ids,
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
        nearest_ids,
        eligible_field,
        zones,
        zone_field,
    ):
        nearest_field = (
            QgsField(eligible_field) if eligible_field else QgsField("nearest_id", field_types.LONG)
        )
        nearest_field.setName("nearest_id")
        zone_field = QgsField(zone_field)
        zone_field.setName("zone_id")
        fields = QgsProcessingUtils.combineFields(
            source.fields(), establishment_fields(nearest_field, zone_field)
        )
        dest = {
            self.OUTPUT_ESTABLISHMENTS: outputs.create(
                self.OUTPUT_ESTABLISHMENTS, fields, qgis_enums.WKB_POINT, crs
            ),
            self.OUTPUT_STATS: outputs.create(
                self.OUTPUT_STATS, stats_fields(zone_field), qgis_enums.WKB_NO_GEOMETRY, crs
            ),
            self.OUTPUT_PRIORITY: outputs.create(
                self.OUTPUT_PRIORITY, priority_fields(), qgis_enums.WKB_POLYGON, crs
            ),
        }
        features = partial(
            self.establishment_features, source, result, nearest_ids, zones, feedback
        )
        if result.attributes is None:
            outputs.add_all(self.OUTPUT_ESTABLISHMENTS, features())
        else:
            outputs.add_points(
                self.OUTPUT_ESTABLISHMENTS,
                fields.names(),
                [*result.attributes, *result.columns(nearest_ids, zones)],
                result.xy,
                lambda share: self.check_writing(share, feedback),
                features,
            )
        for feature in stats_features(result, zones):
            outputs.add(self.OUTPUT_STATS, feature)
        distance = self.parameterAsDouble(parameters, self.CLUSTER_DISTANCE, context)
        for feature in priority_features(result, distance):
            outputs.add(self.OUTPUT_PRIORITY, feature)
        return dest

    def establishment_features(self, source, result, nearest_ids, zones, feedback):
        """The establishments kept, each with the fields fibrepro adds (one feature, refilled)."""
        added = result.columns(nearest_ids, zones)
        points = result.xy.tolist()
        feature = QgsFeature()
        if result.attributes is not None:
            rows = zip(points, zip(*result.attributes, *added))
            for number, ((x, y), attributes) in enumerate(rows):
                if number % 10000 == 0:
                    self.check_writing(number / len(points), feedback)
                feature.setGeometry(QgsPoint(x, y))
                feature.setAttributes(list(attributes))
                yield feature
            return
        added = list(zip(*added))
        position = dict(zip(result.ids.tolist(), range(len(result.ids))))
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        request = QgsFeatureRequest().setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
        iterator, read, number = source.getFeatures(request, flags), QgsFeature(), 0
        while iterator.nextFeature(read):
            k = position.get(read.id())
            if k is None:
                continue
            if number % 10000 == 0:
                self.check_writing(number / len(points), feedback)
            number += 1
            feature.setGeometry(QgsPoint(*points[k]))
            feature.setAttributes(read.attributes() + list(added[k]))
            yield feature

    def check_writing(self, share, feedback):
        """Progress of the writing (share done); raises when the user cancelled."""
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))
        feedback.setProgress(75 + 20 * share)


class Result:
    """Per establishment (same order everywhere): what fibrepro found; attributes: the values
    of the source fields, one list per field, when they were read in bulk (else None)."""

    def __init__(self, ids, xy, codes, distance, position, eligible, zone, employees, cluster):
        self.ids, self.xy, self.codes = ids, xy, codes
        self.distance, self.position, self.eligible = distance, position, eligible
        self.zone, self.employees, self.cluster = zone, employees, cluster
        self.attributes = None

    def columns(self, nearest_ids, zones) -> list:
        """The values of the fields fibrepro adds, one list per field (nearest_ids: the id of
        the nearest eligible feature of each establishment)."""
        labels = {code: sirene.label(code) for code in set(self.codes.tolist())}
        zone_ids = [zone_id for zone_id, _name in zones]
        return [
            self.codes.tolist(),
            [labels[code] for code in self.codes.tolist()],
            self.employees.tolist(),
            self.eligible.tolist(),
            [
                distance if position >= 0 else None
                for distance, position in zip(self.distance.tolist(), self.position.tolist())
            ],
            nearest_ids,
            [zone_ids[zone] if zone >= 0 else None for zone in self.zone.tolist()],
            [cluster + 1 if cluster != NOISE else None for cluster in self.cluster.tolist()],
        ]


def establishment_fields(nearest_field: QgsField, zone_field: QgsField) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("size_class", field_types.STRING))
    fields.append(QgsField("size_label", field_types.STRING))
    fields.append(QgsField("employees_est", field_types.DOUBLE))
    fields.append(QgsField("eligible", field_types.BOOL))
    fields.append(QgsField("distance_m", field_types.DOUBLE))
    fields.append(nearest_field)
    fields.append(zone_field)
    fields.append(QgsField("cluster_id", field_types.INT))
    return fields


STATS_COLUMNS = (
    ("establishments", field_types.INT),
    ("eligible", field_types.INT),
    ("ineligible", field_types.INT),
    ("eligible_pct", field_types.DOUBLE),
    ("employees_est", field_types.DOUBLE),
    ("employees_eligible", field_types.DOUBLE),
    ("employees_ineligible", field_types.DOUBLE),
)
ALL_SIZES = "all"


def stats_fields(zone_field: QgsField) -> QgsFields:
    fields = QgsFields()
    fields.append(zone_field)
    fields.append(QgsField("zone_name", field_types.STRING))
    fields.append(QgsField("size_class", field_types.STRING))
    fields.append(QgsField("size_label", field_types.STRING))
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
        ("rank", field_types.INT),
        ("cluster_id", field_types.INT),
        ("establishments", field_types.INT),
        ("employees_est", field_types.DOUBLE),
        ("establishments_10_plus", field_types.INT),
        ("area_km2", field_types.DOUBLE),
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
    return categorized_renderer(
        "eligible",
        [
            (True, "#1a9641", tr("Eligible to fibre")),
            (False, "#d7191c", tr("Not eligible to fibre")),
        ],
        establishment_symbol,
    )


def establishment_symbol(colour: str) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {"color": colour, "size": "1.6", "outline_color": "#333333"}
    )
