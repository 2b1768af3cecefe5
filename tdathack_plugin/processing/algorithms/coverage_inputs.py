"""Reading Processing inputs for the coverage engine: operators' coverage, territory, demand."""

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
)

from ...coverage.geometry import repaired
from ...coverage.levels import good_enough
from ...coverage.operators import operator_in_text, operator_name
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr

DEFAULT_OPERATOR_FIELDS = ("operateur", "operator")  # Arcep's maps, coveragefromsites
NAME_FIELDS = ("nom", "name", "nom_com", "libelle", "lib_com", "nom_commune")
COVERAGE = "COVERAGE"
OPERATOR_FIELD = "OPERATOR_FIELD"
LEVEL_FIELD = "LEVEL_FIELD"
MIN_LEVEL = "MIN_LEVEL"
OPERATORS = "OPERATORS"
ZONES = "ZONES"
ZONES_ID_FIELD = "ZONES_ID_FIELD"


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
        if layer.geometryType() != qgis_enums.POLYGON_GEOMETRY:
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
        request.setInvalidGeometryCheck(qgis_enums.NO_GEOMETRY_CHECK)
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


def add_coverage_parameters(algorithm):
    """COVERAGE, OPERATOR_FIELD, LEVEL_FIELD, MIN_LEVEL and OPERATORS, in that order."""
    algorithm.addParameter(
        QgsProcessingParameterMultipleLayers(
            COVERAGE,
            tr("Coverage polygons (one layer per operator, or an operator field)"),
            qgis_enums.SOURCE_POLYGON,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            OPERATOR_FIELD, tr("Operator field (Arcep: operateur)"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            LEVEL_FIELD, tr("Coverage level field (Arcep: niveau)"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            MIN_LEVEL,
            tr("Minimum coverage level"),
            options=[
                tr("Limited coverage (CL) or better"),
                tr("Good coverage (BC) or better"),
                tr("Very good coverage (TBC)"),
            ],
            defaultValue=0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            OPERATORS,
            tr("Expected number of operators (default: the operators found)"),
            qgis_enums.NUMBER_INTEGER,
            optional=True,
            minValue=1,
        )
    )


def read_coverage(algorithm, parameters, context, crs, area, feedback, repair):
    """coverage_by_operator() of the layers and options given by add_coverage_parameters()."""
    return coverage_by_operator(
        algorithm.parameterAsLayerList(parameters, COVERAGE, context),
        algorithm.parameterAsString(parameters, OPERATOR_FIELD, context),
        algorithm.parameterAsString(parameters, LEVEL_FIELD, context),
        algorithm.parameterAsEnum(parameters, MIN_LEVEL, context),
        crs,
        area,
        context,
        feedback,
        repair,
    )


def expected_operators(algorithm, parameters, context, found: int) -> int:
    """OPERATORS when given, else the number of operators found in the coverage."""
    if parameters.get(OPERATORS) in (None, ""):
        return found
    return algorithm.parameterAsInt(parameters, OPERATORS, context)


def add_zones_parameters(algorithm, description: str):
    """ZONES (optional polygons, for statistics per zone) and ZONES_ID_FIELD."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            ZONES, description, [qgis_enums.SOURCE_POLYGON], optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            ZONES_ID_FIELD, tr("Zone id field"), parentLayerParameterName=ZONES, optional=True
        )
    )


def guess_name_field(fields, id_field: str) -> str:
    """A name field beside the id (nom, name...), or '' when there is none."""
    for name in fields.names():
        if name.lower() in NAME_FIELDS and name != id_field:
            return name
    return ""


def number_or_none(value):
    """A numeric attribute as float; None for NULL, empty or non-numeric values."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None


def point_parts(geometry: QgsGeometry) -> list:
    """A multipoint counts as its parts, each with the feature's value."""
    if geometry.isNull() or geometry.isEmpty():
        return []
    return [QgsGeometry(part.clone()) for part in geometry.constParts()]
