"""The chains of native QGIS algorithms a geomatician would build: the reference for tests and benchmarks."""

import re

import processing
from qgis.core import QgsFeatureRequest, QgsProperty, QgsVectorLayer


def run(algorithm, parameters):
    return processing.run(algorithm, {**parameters, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def mobile_gaps_native(coverage: QgsVectorLayer, operator_field: str, communes, id_field,
                       population_field, crs="EPSG:2154"):
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
        run("native:dissolve", {
            "INPUT": run("native:extractbyattribute", {
                "INPUT": coverage, "FIELD": operator_field, "OPERATOR": 0, "VALUE": str(value)}),
        })
        for value in operators
    ]
    union = per_operator[0]
    for layer in per_operator[1:]:
        union = run("native:union", {"INPUT": union, "OVERLAY": layer})
    covered = run("native:intersection", {"INPUT": communes, "OVERLAY": union})
    blanche = run("native:difference", {
        "INPUT": communes, "OVERLAY": run("native:dissolve", {"INPUT": union})})

    commune_area = {f[id_field]: f.geometry().area() for f in communes.getFeatures()}
    population = {f[id_field]: f[population_field] or 0 for f in communes.getFeatures()}
    pattern = re.compile(rf"{re.escape(operator_field)}(_\d+)?")
    operator_fields = [n for n in covered.fields().names() if pattern.fullmatch(n)]
    result = {}

    def add(code, key, area):
        entry = result.setdefault(code, {"blanche": [0.0, 0.0], "grise": [0.0, 0.0], "all": [0.0, 0.0]})
        entry[key][0] += area
        entry[key][1] += population[code] * area / commune_area[code]

    for feature in covered.getFeatures():
        count = len({feature[n] for n in operator_fields if feature[n] not in (None, "")})
        add(feature[id_field], "all" if count == len(operators) else "grise", feature.geometry().area())
    for feature in blanche.getFeatures(QgsFeatureRequest()):
        add(feature[id_field], "blanche", feature.geometry().area())
    return result

