"""tdathack:servicecoverage's demand: each feature's nearest service, distance and covered share,
measured chunk by chunk, and the tally per zone."""

import numpy as np
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ...coverage.point_sets import inside
from ...coverage.splitting import area, prepared
from ...coverage.units import percent
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..run_steps import Steps, stop_if_cancelled
from ..values import NumberReader, counted_as_zero
from .service_coverage_outputs import (
    covered_within,
    json_fields,
    json_text,
    measure_fields,
    text_fields,
)
from .service_coverage_points import points_in_bulk, write_points

CHUNK = 10000  # demand features read, measured and written at once
BULK_BLOCK = 100_000  # points read in bulk measured between two looks at the cancel button


class Demand:
    """The demand layer of one run (points or polygons) and the weight of its features."""

    def __init__(self, inputs, name: str, weight_name: str, repair):
        """Refuses a layer of lines, or a weight field it lacks."""
        self.inputs, self.name, self.repair = inputs, name, repair
        self.source = inputs.source(name, points=True)
        self.geometry_type = QgsWkbTypes.geometryType(self.source.wkbType())
        if self.geometry_type not in (qgis_enums.POINT_GEOMETRY, qgis_enums.POLYGON_GEOMETRY):
            raise QgsProcessingException(tr("The demand layer must hold points or polygons."))
        fields = self.source.fields()
        weight_field = inputs.field(weight_name, fields, name)
        self.weight_index = fields.indexOf(weight_field) if weight_field else -1
        self.weights_reader = NumberReader(inputs.label(name), weight_field, counted_as_zero())
        self.as_text = json_fields(fields)
        self.written_fields = None  # the output's fields, once output_fields() made them

    def output_fields(self, id_field):
        """The layer's fields (maps and lists as text), then those of measure_fields()."""
        self.written_fields = QgsProcessingUtils.combineFields(
            text_fields(self.source.fields(), self.as_text), measure_fields(id_field)
        )
        return self.written_fields

    def weights(self, chunk) -> np.ndarray:
        """The weight of each feature: its weight field (missing counts 0), else 1."""
        if self.weight_index < 0:
            return np.ones(len(chunk))
        read = self.weights_reader.read
        return np.array([read(f[self.weight_index], f.id()) or 0.0 for f in chunk])

    def point_weights(self, values: dict, fids: np.ndarray) -> np.ndarray:
        """weights() of points read in bulk (values: {field: values})."""
        if self.weight_index < 0:
            return np.ones(len(fids))
        read = self.weights_reader.read
        column = values[self.source.fields().at(self.weight_index).name()]
        return np.array([read(v, f) or 0.0 for v, f in zip(column, fids.tolist())], dtype=float)

    def measure(self, chunk, services):
        if self.geometry_type == qgis_enums.POINT_GEOMETRY:
            return measure_points(chunk, services)
        return measure_polygons(
            chunk, services, lambda f: self.repair(f.geometry(), f"{self.name} {f.id()}")
        )

    def write(self, outputs, name: str, services, ids, zones, crs, feedback) -> "ZoneTally":
        """Writes every feature with what measure() finds against the services (of those ids);
        returns the tally per zone."""
        tally = ZoneTally(max(len(zones), 1))
        table = points_in_bulk(self, crs)
        if table is None:
            self._write_features(outputs, name, services, ids, zones, crs, feedback, tally)
            return tally
        fids, xy, values = table
        steps = Steps(2, feedback)  # measuring the points, then writing them
        measured = Measured.of_points(*measure_in_blocks(services, xy, steps))
        zone_of = locate_points(xy, zones, steps)
        tally.add(zone_of, measured, self.point_weights(values, fids))
        steps.next()
        nearest_ids = [ids[number] for number in measured.nearest.tolist()]
        write_points(outputs, name, self.written_fields, table, measured, nearest_ids, steps)
        return tally

    def _write_features(self, outputs, name, services, ids, zones, crs, feedback, tally):
        """write() feature by feature, chunk by chunk, through QGIS."""
        total = self.source.featureCount() or 1
        done = 0
        for chunk in chunks(self.inputs.features(self.source, crs), CHUNK):
            stop_if_cancelled(feedback)
            measured = self.measure(chunk, services)
            tally.add(locate(measured.places, zones), measured, self.weights(chunk))
            for number, feature in enumerate(chunk):
                attributes = feature.attributes()
                for index in self.as_text:
                    attributes[index] = json_text(attributes[index])
                feature.setAttributes([*attributes, *measured.attributes(number, ids)])
            outputs.add_batch(name, chunk)
            done += len(chunk)
            feedback.setProgress(100 * done / total)

    def warn(self, feedback) -> None:
        """The weights read as 0, then the geometries repaired (of the zones too)."""
        self.weights_reader.warn(feedback)
        self.repair.warn(feedback)


def measure_points(chunk, services) -> "Measured":
    """Every point of each feature measured at once (a multipoint by its nearest part)."""
    xs, ys, owners = [], [], []
    for number, feature in enumerate(chunk):
        geometry = feature.geometry().constGet()
        if geometry is None or geometry.isEmpty():  # POINT EMPTY: no place, no answer
            continue
        points = [geometry] if isinstance(geometry, QgsPoint) else geometry.vertices()
        for point in points:
            xs.append(point.x())
            ys.append(point.y())
            owners.append(number)
    nearest, distance, covered = services.measure(xs, ys)
    return Measured.from_parts(
        len(chunk), np.array(owners, dtype=np.int64), xs, ys, nearest, distance, covered
    )


def measure_polygons(chunk, services, repaired) -> "Measured":
    """Each polygon's nearest service, distance and share within reach (repaired(feature) is
    its valid geometry)."""
    measured = Measured.empty(len(chunk))
    for number, feature in enumerate(chunk):
        geometry = repaired(feature)
        if geometry.isEmpty():
            continue
        measured.places[number] = geometry.pointOnSurface()
        nearest, distance = services.nearest_to_geometry(geometry)
        measured.nearest[number], measured.distance[number] = nearest, distance
        reaching = services.numbers_in(geometry.boundingBox())
        inside = covered_within(geometry, services, reaching)
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
    def of_points(cls, nearest, distance, covered):
        """What single points got (their zones are found from their coordinates)."""
        measured = cls(len(nearest), polygons=False)
        measured.nearest, measured.distance, measured.covered = nearest, distance, covered
        return measured

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

    def features(self, zones, covered_areas):
        """The statistics of each zone (of the whole territory without zones)."""
        for number, zone_id in enumerate([z[0] for z in zones] or [NULL]):
            zone_area = area(zones[number][1]) if zones else None
            yield self.feature(number, zone_id, zone_area, covered_areas[number])

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

    def report(self, feedback, zoned: bool) -> None:
        """How many features lie outside every zone, and how many are within reach."""
        if zoned and self.outside:
            feedback.pushWarning(
                tr("{n} demand features lie outside every zone.").format(n=self.outside)
            )
        feedback.pushInfo(
            tr("{c} of {n} demand features are within reach of a service.").format(
                c=int(self.covered.sum()), n=int(self.count.sum()) + self.outside
            )
        )


def chunks(features, size):
    """Lists of `size` features (the last one shorter)."""
    chunk = []
    for feature in features:
        chunk.append(feature)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def measure_in_blocks(services, xy, feedback) -> tuple:
    """services.measure() of the points xy, BULK_BLOCK at a time (progress, cancel)."""
    found = []
    for start in range(0, len(xy), BULK_BLOCK):
        stop_if_cancelled(feedback)
        block = xy[start : start + BULK_BLOCK]
        found.append(services.measure(block[:, 0], block[:, 1]))
        feedback.setProgress(100 * min(len(xy), start + BULK_BLOCK) / len(xy))
    if not found:
        return services.measure(xy[:, 0], xy[:, 1])
    return tuple(np.concatenate(parts) for parts in zip(*found))


def locate_points(xy, zones, feedback) -> np.ndarray:
    """locate() of the points xy: zone by zone, the points not placed yet in its box are
    tested at once (coverage.point_sets.inside)."""
    zone_of = np.full(len(xy), -1 if zones else 0, dtype=np.int64)
    for zone, (_id, geometry) in enumerate(zones):
        stop_if_cancelled(feedback)
        box = geometry.boundingBox()
        near = np.flatnonzero(
            (zone_of < 0)
            & (xy[:, 0] >= box.xMinimum())
            & (xy[:, 0] <= box.xMaximum())
            & (xy[:, 1] >= box.yMinimum())
            & (xy[:, 1] <= box.yMaximum())
        )
        zone_of[near[inside(geometry, xy[near])]] = zone
    return zone_of


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
