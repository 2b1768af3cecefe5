"""What both engines of tdathack:mobilegaps share: the box coverage is read within, the
outputs' fields and features, and how units without polygon or population are told."""

from qgis.core import QgsFeature, QgsField, QgsFields

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...coverage.units import M2_PER_KM2, percent
from ...toolbelt.i18n import tr
from ..values import NumberReader, Tally, counted_as_zero
from .coverage_fields import classed_feature, classed_fields, statistics_fields

BOX_MARGIN = 1.0  # metres around the units' box, where coverage and population are read


def units_without_polygon() -> Tally:
    return Tally(tr("{n} territory units have no polygon and were skipped (ids: {ids})."))


def own_population_reader(label: str, field: str) -> NumberReader:
    """Reads the territory's own population field: a missing value counts 0, with a warning."""
    return NumberReader(
        label,
        field,
        counted_as_zero(),
        tr("{n} territory units have no population (counted as 0): {ids}"),
    )


def zone_fields(id_field: QgsField) -> QgsFields:
    return classed_fields(id_field, "zone", ("area_km2", "population"))


def zone_feature(unit_id, unit_name, zone) -> QgsFeature:
    return classed_feature(
        zone.geometry,
        unit_id,
        unit_name,
        zone.coverage_class,
        zone.operators,
        zone.missing,
        zone.area_m2 / M2_PER_KM2,
        zone.demand,
    )


STATS_COLUMNS = (
    "area_km2",
    "area_blanche_km2",
    "area_grise_km2",
    "area_all_km2",
    "area_blanche_pct",
    "area_grise_pct",
    "area_all_pct",
    "pop_total",
    "pop_blanche",
    "pop_grise",
    "pop_all",
    "pop_blanche_pct",
    "pop_grise_pct",
    "pop_all_pct",
)


def stats_fields(id_field: QgsField, operators) -> QgsFields:
    per_operator = ("cov_{}_pct", "pop_cov_{}_pct")
    return statistics_fields(zone_fields(id_field), STATS_COLUMNS, per_operator, operators)


def stats_feature(unit_id, unit_name, result, analysis) -> QgsFeature:
    area = {key: value / M2_PER_KM2 for key, value in result.area_m2.items()}
    total_area, total_pop = result.total_area_m2 / M2_PER_KM2, result.total_demand
    values = [
        total_area,
        area[BLANCHE],
        area[GRISE],
        area[ALL],
        percent(area[BLANCHE], total_area),
        percent(area[GRISE], total_area),
        percent(area[ALL], total_area),
        total_pop,
        result.demand[BLANCHE],
        result.demand[GRISE],
        result.demand[ALL],
        percent(result.demand[BLANCHE], total_pop),
        percent(result.demand[GRISE], total_pop),
        percent(result.demand[ALL], total_pop),
    ]
    for operator in analysis.operators:
        values.append(percent(result.operator_area_m2[operator], result.total_area_m2))
        values.append(percent(result.operator_demand[operator], total_pop))
    feature = QgsFeature()
    feature.setAttributes([unit_id, unit_name, *values])
    return feature
