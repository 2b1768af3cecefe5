"""tdathack:servicecoverage's outputs: their fields, the covered area and the renderers."""

import json

from qgis.core import (
    NULL,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsSingleSymbolRenderer,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

from ...coverage.splitting import POLYGONS, area, prepared, split
from ...toolbelt import field_types
from ...toolbelt.i18n import tr
from ..run_steps import stop_if_cancelled
from ..styles import categorized_renderer

COVERED_COLOUR, UNCOVERED_COLOUR = "#1a9641", "#d7191c"
MEASURE_COLUMNS = (
    ("covered", field_types.BOOL),
    ("covered_share", field_types.DOUBLE),
    ("distance_m", field_types.DOUBLE),
)
COVERAGE_COLUMNS = (("n_services", field_types.INT), ("area_m2", field_types.DOUBLE))
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


def renamed(field: QgsField, name: str) -> QgsField:
    """A copy of the field under another name."""
    copy = QgsField(field)
    copy.setName(name)
    return copy


# Demand ---------------------------------------------------------------------------------------


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
    """covered, covered_share, distance_m and the nearest service's id."""
    return field_types.fields_of(*MEASURE_COLUMNS, id_field)


# Covered area and statistics ------------------------------------------------------------------


def coverage_fields(zone_id_field: QgsField) -> QgsFields:
    return field_types.fields_of(renamed(zone_id_field, "zone_id"), *COVERAGE_COLUMNS)


def stats_fields(zone_id_field: QgsField) -> QgsFields:
    return field_types.fields_of(renamed(zone_id_field, "zone_id"), *STATS_COLUMNS)


def coverage_feature(zone_id, n_services, geometry) -> QgsFeature:
    feature = QgsFeature()
    feature.setGeometry(geometry)
    feature.setAttributes([zone_id, n_services, area(geometry)])
    return feature


def covered_within(geometry: QgsGeometry, services, numbers) -> QgsGeometry:
    """The part of a polygon within reach of the services of those numbers."""
    if not numbers:
        return QgsGeometry()
    union = QgsGeometry.unaryUnion(services.buffers(numbers))
    inside, _outside = split(geometry, union, POLYGONS)
    return inside


def write_coverage(outputs, name: str, services, zones, feedback) -> list:
    """Writes the dissolved covered area (per zone when given); returns the covered m²."""
    if not zones:
        coverage = QgsGeometry.unaryUnion(services.buffers())
        outputs.add(name, coverage_feature(NULL, len(services), coverage))
        return [area(coverage)]
    covered_areas = []
    for number, (zone_id, geometry) in enumerate(zones):
        stop_if_cancelled(feedback)
        engine = prepared(geometry)
        numbers = services.numbers_in(geometry.boundingBox())
        reaching = [n for n in numbers if engine.intersects(services.buffer(n).constGet())]
        inside = covered_within(geometry, services, reaching)
        covered_areas.append(area(inside))
        if not inside.isEmpty():
            outputs.add(name, coverage_feature(zone_id, len(reaching), inside))
        feedback.setProgress(100 * (number + 1) / len(zones))
    return covered_areas


# Renderers ------------------------------------------------------------------------------------


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
