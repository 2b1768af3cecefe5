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


def coverage_by_operator(inputs, layers, operator_field, level_field, min_level, crs, area, repair):
    """{operator commercial name: [valid polygons in the metric CRS]} from the coverage layers.

    One layer with an operator field (`operateur` or `operator` by default), or one layer per
    operator named after it. Features below the minimum Arcep level or outside the area are
    skipped. Refuses a coverage layer that is not polygons, has no CRS, or lacks a field.
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
        operator_field = layers[0].fields().at(layers[0].fields().lookupField(names[0])).name()
    found = {}
    for layer in layers:
        if layer.geometryType() != qgis_enums.POLYGON_GEOMETRY:
            raise QgsProcessingException(
                tr('The coverage layer "{layer}" is not a polygon layer.').format(
                    layer=layer.name()
                )
            )
        fields = layer.fields()
        match = inputs.match_field
        op_name = match(operator_field, fields, OPERATOR_FIELD, COVERAGE) if operator_field else ""
        level_name = match(level_field, fields, LEVEL_FIELD, COVERAGE) if level_field else ""
        op_index = fields.indexOf(op_name) if op_name else -1
        level_index = fields.indexOf(level_name) if level_name else -1
        request = QgsFeatureRequest().setDestinationCrs(crs, inputs.context.transformContext())
        request.setFilterRect(area)  # in the destination CRS
        request.setSubsetOfAttributes([i for i in (op_index, level_index) if i >= 0])
        request.setInvalidGeometryCheck(qgis_enums.NO_GEOMETRY_CHECK)
        for feature in layer.getFeatures(request):
            if inputs.feedback.isCanceled():
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


def coverage_layers(inputs, crs, territory_name: str, territory_box):
    """The COVERAGE layers, each checked (CRS, coordinates); refused when none of them meets
    the territory's extent (`territory_box`, in the computation CRS)."""
    layers = inputs.algorithm.parameterAsLayerList(inputs.parameters, COVERAGE, inputs.context)
    if not layers:
        raise QgsProcessingException(
            tr("Give at least one coverage layer as {parameter}.").format(
                parameter=inputs.label(COVERAGE)
            )
        )
    boxes = []
    for layer in layers:
        inputs.check_layer(COVERAGE, layer.crs(), layer.extent(), layer.wkbType(), layer.name())
        boxes.append(inputs.extent_in(crs, layer.crs(), layer.extent()))
    placed = [box for box in boxes if box is not None]
    if not placed:
        raise QgsProcessingException(
            tr("The coverage layers {parameter} hold no polygon.").format(
                parameter=inputs.label(COVERAGE)
            )
        )
    union = QgsRectangle(placed[0])
    for box in placed[1:]:
        union.combineExtentWith(box)
    inputs.require_overlap(COVERAGE, union, territory_name, territory_box)
    return layers


def read_coverage(inputs, layers, crs, area, repair):
    """coverage_by_operator() of the layers and options given by add_coverage_parameters()."""
    algorithm, parameters, context = inputs.algorithm, inputs.parameters, inputs.context
    return coverage_by_operator(
        inputs,
        layers,
        algorithm.parameterAsString(parameters, OPERATOR_FIELD, context).strip(),
        algorithm.parameterAsString(parameters, LEVEL_FIELD, context).strip(),
        algorithm.parameterAsEnum(parameters, MIN_LEVEL, context),
        crs,
        area,
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


def point_parts(geometry: QgsGeometry) -> list:
    """A multipoint counts as its parts, each with the feature's value."""
    if geometry.isNull() or geometry.isEmpty():
        return []
    return [QgsGeometry(part.clone()) for part in geometry.constParts()]
