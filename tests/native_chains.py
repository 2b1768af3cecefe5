"""Native QGIS algorithm chains a geomatician would build: the reference of tests and benches."""

import re

import processing
from qgis.core import QgsFeatureRequest, QgsProperty, QgsVectorLayer


def run(algorithm, parameters):
    return processing.run(algorithm, {**parameters, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def mobile_gaps_native(
    coverage: QgsVectorLayer,
    operator_field: str,
    communes,
    id_field,
    population_field,
    crs="EPSG:2154",
):
    """Per commune and class (blanche / grise / all): area (m²) and population, native algorithms.

    Reproject → extract and dissolve per operator → union of the operators → intersection with
    the communes → difference for the zones blanches → count operators per piece → weight the
    commune population by area share.
    """
    communes = run("native:reprojectlayer", {"INPUT": communes, "TARGET_CRS": crs})
    communes = run("native:fixgeometries", {"INPUT": communes})
    coverage = run("native:reprojectlayer", {"INPUT": coverage, "TARGET_CRS": crs})
    coverage = run("native:fixgeometries", {"INPUT": coverage})
    operators = sorted({f[operator_field] for f in coverage.getFeatures()})
    per_operator = [
        run(
            "native:dissolve",
            {
                "INPUT": run(
                    "native:extractbyattribute",
                    {
                        "INPUT": coverage,
                        "FIELD": operator_field,
                        "OPERATOR": 0,
                        "VALUE": str(value),
                    },
                ),
            },
        )
        for value in operators
    ]
    union = per_operator[0]
    for layer in per_operator[1:]:
        union = run("native:union", {"INPUT": union, "OVERLAY": layer})
    covered = run("native:intersection", {"INPUT": communes, "OVERLAY": union})
    blanche = run(
        "native:difference",
        {"INPUT": communes, "OVERLAY": run("native:dissolve", {"INPUT": union})},
    )

    commune_area = {f[id_field]: f.geometry().area() for f in communes.getFeatures()}
    population = {f[id_field]: f[population_field] or 0 for f in communes.getFeatures()}
    pattern = re.compile(rf"{re.escape(operator_field)}(_\d+)?")
    operator_fields = [n for n in covered.fields().names() if pattern.fullmatch(n)]
    result = {}

    def add(code, key, area):
        entry = result.setdefault(
            code, {"blanche": [0.0, 0.0], "grise": [0.0, 0.0], "all": [0.0, 0.0]}
        )
        entry[key][0] += area
        entry[key][1] += population[code] * area / commune_area[code]

    for feature in covered.getFeatures():
        count = len({feature[n] for n in operator_fields if feature[n] not in (None, "")})
        add(
            feature[id_field],
            "all" if count == len(operators) else "grise",
            feature.geometry().area(),
        )
    for feature in blanche.getFeatures(QgsFeatureRequest()):
        add(feature[id_field], "blanche", feature.geometry().area())
    return result


def nearest_native(points, targets, key_field, target_id_field):
    """{key: (distance, target id)} from native:joinbynearest (one neighbour, no limit)."""
    joined = run(
        "native:joinbynearest",
        {
            "INPUT": points,
            "INPUT_2": targets,
            "FIELDS_TO_COPY": [target_id_field],
            "DISCARD_NONMATCHING": False,
            "PREFIX": "n_",
            "NEIGHBORS": 1,
        },
    )
    return {f[key_field]: (f["distance"], f[f"n_{target_id_field}"]) for f in joined.getFeatures()}


def nearest_brute_force(demand, services, key, service_id):
    """{demand key: (distance, id of the nearest service)}, measured to every service.

    native:joinbynearest is no reference for polygon demand: on QGIS 3.40 it gives 72.25 m for
    a Paris market whose nearest hotspot lies 64.90 m away (3.22 gives 64.90 m).
    """
    points = [(f.geometry(), f[service_id] if service_id else None) for f in services.getFeatures()]
    nearest = {}
    for feature in demand.getFeatures():
        geometry = feature.geometry()
        nearest[feature[key]] = min(
            ((geometry.distance(point), service) for point, service in points),
            key=lambda pair: pair[0],
            default=(None, None),
        )
    return nearest


def dbscan_native(points, key_field, distance, min_points):
    """{key: cluster number} of the clustered points, from native:dbscanclustering."""
    clustered = run(
        "native:dbscanclustering",
        {
            "INPUT": points,
            "MIN_SIZE": min_points,
            "EPS": distance,
            "DBSCAN*": False,
            "FIELD_NAME": "CLUSTER_ID",
            "SIZE_FIELD_NAME": "CLUSTER_SIZE",
        },
    )
    return {f[key_field]: f["CLUSTER_ID"] for f in clustered.getFeatures() if f["CLUSTER_ID"]}


def axis_coverage_native(axes, coverage, operator_field, id_field, measure, crs="EPSG:2154"):
    """{(axis id, frozenset of operators): metres}: split with lines, then one point per piece.

    Reproject → split the axes with the coverage outlines (polygons to lines) → a point halfway
    along each piece → operators of the coverage polygons holding it → ellipsoidal length.
    """
    axes = run("native:reprojectlayer", {"INPUT": axes, "TARGET_CRS": crs})
    coverage = run(
        "native:fixgeometries",
        {"INPUT": run("native:reprojectlayer", {"INPUT": coverage, "TARGET_CRS": crs})},
    )
    outlines = run("native:polygonstolines", {"INPUT": coverage})
    pieces = run("native:splitwithlines", {"INPUT": axes, "LINES": outlines})
    pieces = run(
        "native:fieldcalculator",
        {"INPUT": pieces, "FIELD_NAME": "piece", "FIELD_TYPE": 1, "FORMULA": "$id"},
    )
    middles = run(
        "native:interpolatepoint",
        {"INPUT": pieces, "DISTANCE": QgsProperty.fromExpression("length($geometry) / 2")},
    )
    joined = run(
        "native:joinattributesbylocation",
        {
            "INPUT": middles,
            "JOIN": coverage,
            "PREDICATE": [0],
            "JOIN_FIELDS": [operator_field],
            "METHOD": 0,
            "DISCARD_NONMATCHING": False,
            "PREFIX": "c_",
        },
    )
    operators = {}
    for feature in joined.getFeatures():
        found = operators.setdefault(feature["piece"], set())
        if feature[f"c_{operator_field}"] not in (None, ""):
            found.add(feature[f"c_{operator_field}"])
    result = {}
    for feature in pieces.getFeatures():
        key = (feature[id_field], frozenset(operators.get(feature["piece"], ())))
        result[key] = result.get(key, 0.0) + measure.measureLength(feature.geometry())
    return result


def without_map_fields(layer):
    """The layer without its map fields (GeoJSON objects such as ODS's geo_point_2d), which
    QGIS 3.22 cannot write to memory layers or GeoPackages."""
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer(layer) if isinstance(layer, str) else layer
    maps = [f.name() for f in layer.fields() if f.type() == QVariant.Map]
    return run("native:deletecolumn", {"INPUT": layer, "COLUMN": maps}) if maps else layer


def service_coverage_native(
    services,
    demand,
    key,
    zones=None,
    zone_id="",
    radius=100.0,
    segments=16,
    service_id="",
    service_filter="",
    crs="EPSG:2154",
):
    """The territorial Wi-Fi chain, native algorithms: reproject, buffer + dissolve, join by
    location (covered), intersection (covered share), intersection with the zones (covered area
    per zone); the nearest service and its distance measured to every service.

    Returns ({demand `key`: [covered, covered share (polygons), distance, nearest service id]},
    {zone id: covered m²}).
    """

    def prepared(layer):
        layer = run(
            "native:reprojectlayer", {"INPUT": without_map_fields(layer), "TARGET_CRS": crs}
        )
        return run("native:fixgeometries", {"INPUT": layer})

    services = prepared(services)
    if service_filter:
        services = run(
            "native:extractbyexpression", {"INPUT": services, "EXPRESSION": service_filter}
        )
    demand = prepared(demand)
    covered = run(
        "native:buffer",
        {"INPUT": services, "DISTANCE": radius, "SEGMENTS": segments, "DISSOLVE": True},
    )
    flagged = run(
        "native:joinattributesbylocation",
        {
            "INPUT": demand,
            "JOIN": run(
                "native:fieldcalculator",
                {
                    "INPUT": covered,
                    "FIELD_NAME": "in_reach",
                    "FIELD_TYPE": 1,
                    "FIELD_LENGTH": 0,
                    "FIELD_PRECISION": 0,
                    "FORMULA": "1",
                },
            ),
            "PREDICATE": [0],
            "JOIN_FIELDS": ["in_reach"],
            "METHOD": 1,
            "DISCARD_NONMATCHING": False,
        },
    )
    inside = run(
        "native:intersection",
        {"INPUT": demand, "OVERLAY": covered, "INPUT_FIELDS": [key], "OVERLAY_FIELDS": []},
    )
    inside_area = {}
    for feature in inside.getFeatures():
        inside_area[feature[key]] = inside_area.get(feature[key], 0.0) + feature.geometry().area()
    result = {}
    for feature in flagged.getFeatures():
        polygon_area = feature.geometry().area()
        share = inside_area.get(feature[key], 0.0) / polygon_area if polygon_area > 0 else None
        result[feature[key]] = [feature["in_reach"] == 1, share, None, None]
    for feature_key, (distance, service) in nearest_brute_force(
        demand, services, key, service_id
    ).items():
        result[feature_key][2:] = [distance, service]
    per_zone = {}
    if zones is not None:
        pieces = run(
            "native:intersection",
            {
                "INPUT": prepared(zones),
                "OVERLAY": covered,
                "INPUT_FIELDS": [zone_id],
                "OVERLAY_FIELDS": [],
            },
        )
        for feature in pieces.getFeatures():
            per_zone[feature[zone_id]] = per_zone.get(feature[zone_id], 0.0) + (
                feature.geometry().area()
            )
    return result, per_zone


def wifi_points_native(services, demand, id_field, output, radius=100.0, segments=16):
    """The benchmark chain for point demand: buffer + dissolve, join attributes by location
    (covered when a service field is joined), distance to nearest hub (points)."""
    covered = run(
        "native:buffer",
        {"INPUT": services, "DISTANCE": radius, "SEGMENTS": segments, "DISSOLVE": True},
    )
    joined = run(
        "native:joinattributesbylocation",
        {
            "INPUT": demand,
            "JOIN": covered,
            "PREDICATE": [0],
            "JOIN_FIELDS": [id_field],
            "METHOD": 1,
            "DISCARD_NONMATCHING": False,
            "PREFIX": "in_reach_",
        },
    )
    return processing.run(
        "qgis:distancetonearesthubpoints",
        {"INPUT": joined, "HUBS": services, "FIELD": id_field, "UNIT": 0, "OUTPUT": output},
    )["OUTPUT"]
