"""fibrepro's three outputs: the establishments with their eligibility, statistics per zone
and size class, and the priority clusters of establishments without fibre; their style."""

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
    QgsProcessingUtils,
)

from ...coverage import sirene
from ...coverage.clusters import NOISE
from ...coverage.units import percent
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr
from ..run_steps import stop_if_cancelled
from ..styles import categorized_renderer
from .fibre_pro_establishments import per_value

OUTPUT_ESTABLISHMENTS = "OUTPUT_ESTABLISHMENTS"
OUTPUT_STATS = "OUTPUT_STATS"
OUTPUT_PRIORITY = "OUTPUT_PRIORITY"
WRITING_CHECKED = 10_000  # establishments written between two looks at the cancel button


class Result:
    """Per establishment (same order everywhere): what fibrepro found, from the establishments
    kept, their Match with the eligible features, eligible (within the match distance), their
    Zones and their cluster (NOISE: none)."""

    def __init__(self, establishments, match, eligible, zones, cluster):
        self.ids, self.xy = establishments.ids, establishments.xy
        self.codes, self.attributes = establishments.codes, establishments.attributes
        self.match, self.eligible, self.zones, self.cluster = match, eligible, zones, cluster
        self.zone = zones.number
        self.employees = per_value(sirene.mid_point, self.codes.tolist(), float)

    def columns(self) -> list:
        """The values of the fields fibrepro adds, one list per field."""
        labels = {code: sirene.label(code) for code in set(self.codes.tolist())}
        zone_ids = [zone_id for zone_id, _name in self.zones.rows]
        distances, positions = self.match.distance.tolist(), self.match.position.tolist()
        return [
            self.codes.tolist(),
            [labels[code] for code in self.codes.tolist()],
            self.employees.tolist(),
            self.eligible.tolist(),
            [d if position >= 0 else None for d, position in zip(distances, positions)],
            self.match.ids,
            [zone_ids[zone] if zone >= 0 else None for zone in self.zone.tolist()],
            [cluster + 1 if cluster != NOISE else None for cluster in self.cluster.tolist()],
        ]


def renamed(field: QgsField, name: str) -> QgsField:
    copy = QgsField(field)
    copy.setName(name)
    return copy


def write(outputs, source, crs, result: Result, cluster_distance: float, feedback) -> dict:
    """Writes the three outputs (OutputSinks); their destinations by output name."""
    eligible_field = result.match.field or QgsField("nearest_id", field_types.LONG)
    zone_field = renamed(result.zones.field, "zone_id")
    fields = QgsProcessingUtils.combineFields(
        source.fields(), establishment_fields(renamed(eligible_field, "nearest_id"), zone_field)
    )
    dest = {
        OUTPUT_ESTABLISHMENTS: outputs.create(
            OUTPUT_ESTABLISHMENTS, fields, qgis_enums.WKB_POINT, crs
        ),
        OUTPUT_STATS: outputs.create(
            OUTPUT_STATS, stats_fields(zone_field), qgis_enums.WKB_NO_GEOMETRY, crs
        ),
        OUTPUT_PRIORITY: outputs.create(
            OUTPUT_PRIORITY, priority_fields(), qgis_enums.WKB_POLYGON, crs
        ),
    }
    features = partial(establishment_features, source, result, feedback)
    if result.attributes is None:
        outputs.add_all(OUTPUT_ESTABLISHMENTS, features())
    else:
        outputs.add_points(
            OUTPUT_ESTABLISHMENTS,
            fields.names(),
            [*result.attributes, *result.columns()],
            result.xy,
            partial(check_writing, feedback),
            features,
        )
    outputs.add_all(OUTPUT_STATS, stats_features(result))
    outputs.add_all(OUTPUT_PRIORITY, priority_features(result, cluster_distance))
    return dest


def check_writing(feedback, share: float) -> None:
    """Progress of the writing (share done); raises when the user cancelled."""
    stop_if_cancelled(feedback)
    feedback.setProgress(100 * share)


def establishment_features(source, result: Result, feedback):
    """The establishments kept, each with the fields fibrepro adds (one feature, refilled)."""
    if result.attributes is None:
        rows = rows_read_again(source, result)
    else:
        rows = zip(result.xy.tolist(), zip(*result.attributes, *result.columns()))
    feature = QgsFeature()
    for number, ((x, y), attributes) in enumerate(rows):
        if number % WRITING_CHECKED == 0:
            check_writing(feedback, number / len(result.xy))
        feature.setGeometry(QgsPoint(x, y))
        feature.setAttributes(list(attributes))
        yield feature


def rows_read_again(source, result: Result):
    """(position, values) of each establishment kept, in the order of the source: its fields
    read again through QGIS, then those fibrepro adds."""
    added = list(zip(*result.columns()))
    points = result.xy.tolist()
    position = dict(zip(result.ids.tolist(), range(len(result.ids))))
    request = QgsFeatureRequest().setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
    iterator = source.getFeatures(request, qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS)
    read = QgsFeature()
    while iterator.nextFeature(read):
        k = position.get(read.id())
        if k is not None:
            yield points[k], read.attributes() + list(added[k])


def establishment_fields(nearest_field: QgsField, zone_field: QgsField) -> QgsFields:
    return field_types.fields_of(
        ("size_class", field_types.STRING),
        ("size_label", field_types.STRING),
        ("employees_est", field_types.DOUBLE),
        ("eligible", field_types.BOOL),
        ("distance_m", field_types.DOUBLE),
        nearest_field,
        zone_field,
        ("cluster_id", field_types.INT),
    )


def stats_fields(zone_field: QgsField) -> QgsFields:
    return field_types.fields_of(
        zone_field,
        ("zone_name", field_types.STRING),
        ("size_class", field_types.STRING),
        ("size_label", field_types.STRING),
        ("establishments", field_types.INT),
        ("eligible", field_types.INT),
        ("ineligible", field_types.INT),
        ("eligible_pct", field_types.DOUBLE),
        ("employees_est", field_types.DOUBLE),
        ("employees_eligible", field_types.DOUBLE),
        ("employees_ineligible", field_types.DOUBLE),
    )


ALL_SIZES = "all"


def stats_features(result: Result):
    """One row per zone and size class present, then one row per zone for all sizes."""
    order = {code: rank for rank, code in enumerate((*sirene.CODES, sirene.UNKNOWN))}
    for number, (zone_id, zone_name) in enumerate(result.zones.rows):
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
    return field_types.fields_of(
        ("rank", field_types.INT),
        ("cluster_id", field_types.INT),
        ("establishments", field_types.INT),
        ("employees_est", field_types.DOUBLE),
        ("establishments_10_plus", field_types.INT),
        ("area_km2", field_types.DOUBLE),
    )


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
