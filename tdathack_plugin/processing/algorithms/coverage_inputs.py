"""Reading Processing inputs for the coverage engine: operators' coverage, territory, demand."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)

from ...coverage.geometry import repaired
from ...coverage.levels import good_enough
from ...coverage.operators import operator_in_text, operator_name
from ...toolbelt.i18n import tr

DEFAULT_OPERATOR_FIELDS = ("operateur", "operator")  # Arcep's maps, coveragefromsites
NAME_FIELDS = ("nom", "name", "nom_com", "libelle", "lib_com", "nom_commune")


class RepairCounter:
    """Counts geometries that had to be repaired, to say so in the log."""

    def __init__(self):
        self.count = 0

    def __call__(self, geometry):
        fixed, was_repaired = repaired(geometry)
        self.count += was_repaired
        return fixed


def require_field(layer_name: str, fields, name: str) -> int:
    index = fields.lookupField(name)
    if index < 0:
        raise QgsProcessingException(
            tr('The field "{field}" is not in the layer "{layer}" (its fields: {fields}).').format(
                field=name, layer=layer_name, fields=", ".join(fields.names()) or "-"
            )
        )
    return index


def coverage_by_operator(
    layers,
    operator_field,
    level_field,
    min_level,
    metric_crs,
    area_of_interest: QgsRectangle,
    context,
    feedback,
    repair,
):
    """{operator commercial name: [valid polygons in the metric CRS]} from the coverage layers.

    One layer with an operator field (`operateur` or `operator` by default), or one layer per
    operator named after it. Features below the minimum Arcep level or outside the area are
    skipped.
    """
    if len(layers) == 1 and not operator_field:
        names = [n for n in DEFAULT_OPERATOR_FIELDS if layers[0].fields().lookupField(n) >= 0]
        if not names:
            raise QgsProcessingException(
                tr(
                    "With a single coverage layer, give OPERATOR_FIELD (the field that tells "
                    "operators apart, e.g. operateur), or give one layer per operator."
                )
            )
        operator_field = names[0]
    found = {}
    for layer in layers:
        if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                tr('The coverage layer "{layer}" is not a polygon layer.').format(
                    layer=layer.name()
                )
            )
        fields = layer.fields()
        op_index = require_field(layer.name(), fields, operator_field) if operator_field else -1
        level_index = require_field(layer.name(), fields, level_field) if level_field else -1
        request = QgsFeatureRequest().setDestinationCrs(metric_crs, context.transformContext())
        request.setFilterRect(area_of_interest)  # in the destination CRS
        request.setSubsetOfAttributes([i for i in (op_index, level_index) if i >= 0])
        request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        for feature in layer.getFeatures(request):
            if feedback.isCanceled():
                return found
            if level_index >= 0 and not good_enough(feature[level_index], min_level):
                continue
            name = (
                operator_name(feature[op_index])
                if op_index >= 0
                else operator_in_text(layer.name())
            )
            geometry = repair(feature.geometry())
            if not geometry.isEmpty():
                found.setdefault(name, []).append(geometry)
    return found


def guess_name_field(fields, id_field: str) -> str:
    """A name field beside the id (nom, name...), or '' when there is none."""
    for name in fields.names():
        if name.lower() in NAME_FIELDS and name != id_field:
            return name
    return ""
