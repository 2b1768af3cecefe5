"""Reading Processing inputs for the coverage engine: operators' coverage, territory, demand."""

from concurrent.futures import wait

from qgis.core import (
    NULL,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
)

from ...coverage.geometry import polygonal, repaired, vertex_count
from ...coverage.levels import good_enough, level_rank
from ...coverage.operators import USUAL_ORDER, operator_in_text, operator_name, sorted_operators
from ...coverage.threads import geos_pool
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..archives import extracted, is_archive, values_with_archives
from ..run_steps import stop_if_cancelled
from ..values import Tally

DEFAULT_OPERATOR_FIELDS = ("operateur", "operator")  # Arcep's maps, coveragefromsites
SMALL_COVERAGE = 20_000  # vertices: a coverage feature checked whole (see CoverageChecks.cut_small)
CANCEL_POLL_SECONDS = 0.2
NAME_FIELDS = ("nom", "name", "nom_com", "libelle", "lib_com", "nom_commune")
COVERAGE = "COVERAGE"
OPERATOR_FIELD = "OPERATOR_FIELD"
LEVEL_FIELD = "LEVEL_FIELD"
MIN_LEVEL = "MIN_LEVEL"
OPERATORS = "OPERATORS"
ZONES = "ZONES"
ZONES_ID_FIELD = "ZONES_ID_FIELD"


class RepairCounter:
    """Counts geometries that had to be repaired, and where, to say so in the log."""

    def __init__(self):
        self.repairs = Tally(tr("{n} invalid geometries were repaired ({ids})."))

    @property
    def count(self) -> int:
        return self.repairs.count

    def __call__(self, geometry, where: str = "-"):
        """The valid polygons of a geometry; `where` (parameter and feature id) is logged."""
        fixed, was_repaired = repaired(geometry)
        if was_repaired:
            self.repairs.add(where)
        return fixed

    def warn(self, feedback) -> None:
        self.repairs.warn(feedback)


def coverage_by_operator(inputs, layers, operator_field, level_field, min_level, crs, area, repair):
    """{operator commercial name: [valid polygons in the metric CRS]} from the coverage layers.

    One layer with an operator field (`operateur` or `operator` by default), or one layer per
    operator named after it. Features below the minimum Arcep level or outside the area are
    skipped. Refuses a coverage layer that is not polygons, has no CRS, or lacks a field.
    """
    if len(layers) == 1 and not operator_field:
        operator_field = default_operator_field(layers[0])
    found, checks = {}, CoverageChecks(inputs, repair)
    with geos_pool() as pool:
        big = []  # (operator, future of a big feature's checked piece)
        try:
            for name, piece in _read_coverage(
                inputs, layers, operator_field, level_field, min_level, crs, area, checks, pool, big
            ):
                if not piece.isEmpty():
                    found.setdefault(name, []).append(piece)
        finally:  # on cancel or error, checks not started yet are dropped
            for _name, future in big:
                future.cancel()
    stop_if_cancelled(inputs.feedback)  # never half of the coverage for a whole answer
    checks.report(found)
    return found


def default_operator_field(layer) -> str:
    """The operator field of a single coverage layer given without OPERATOR_FIELD (operateur,
    operator, as it is spelt in the layer); refused when it has none."""
    fields = layer.fields()
    names = [n for n in DEFAULT_OPERATOR_FIELDS if fields.lookupField(n) >= 0]
    if not names:
        raise QgsProcessingException(
            tr(
                "With a single coverage layer, give OPERATOR_FIELD (the field that tells "
                "operators apart, e.g. operateur), or give one layer per operator."
            )
        )
    return fields.at(fields.lookupField(names[0])).name()


def _read_coverage(
    inputs, layers, operator_field, level_field, min_level, crs, area, checks, pool, big
):
    """Yields (operator, valid polygons within the area) for each coverage feature kept.

    Only the part within the area reaches GEOS. A small feature is checked whole, then cut. A
    big one (a national multipolygon) is cut to the territory's box by a fast clip that may leave
    it invalid along the box, then only that piece is checked and repaired, by the pool, on
    every core (`big` lists them)."""
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
        request = inputs.request(crs).setFilterRect(area)  # in the destination CRS
        request.setSubsetOfAttributes([i for i in (op_index, level_index) if i >= 0])
        request.setInvalidGeometryCheck(qgis_enums.NO_GEOMETRY_CHECK)
        for feature in layer.getFeatures(request):
            stop_if_cancelled(inputs.feedback)
            if level_index >= 0 and not checks.level_kept(feature, level_index, min_level):
                continue
            if op_index >= 0:
                name = checks.operator(feature, op_index)
                if not name:
                    continue
            else:
                name = operator_in_text(layer.name())
            geometry = feature.geometry()
            if vertex_count(geometry) <= SMALL_COVERAGE:
                yield name, checks.cut_small(geometry, feature.id(), area)
            else:
                big.append((name, pool.submit(repaired, geometry.clipped(area))))
    for name, future in big:
        while not future.done():  # a GEOS check in progress finishes, the others are dropped
            stop_if_cancelled(inputs.feedback)
            wait([future], timeout=CANCEL_POLL_SECONDS)
        yield name, checks.counted_cut_repair(*future.result())


class CoverageChecks:
    """What coverage_by_operator() sets aside, said once: features without an operator,
    levels that are not Arcep's (all of them: a wrong LEVEL_FIELD, refused), operators not
    among the four of metropolitan France (a wrong OPERATOR_FIELD, or overseas operators)."""

    def __init__(self, inputs, repair):
        self.inputs = inputs
        self.source_repair = repair
        self.without_operator = Tally(
            tr("{n} coverage polygons have no operator and were left out (features {ids}).")
        )
        self.levels_read, self.not_levels = 0, {}
        self.cut_repairs = 0

    def cut_small(self, geometry, feature_id, area):
        """The valid polygons of a small coverage feature within the area (a rectangle): it is
        checked (and repaired) whole, then cut by GEOS; a repair means the source was invalid."""
        whole = self.source_repair(geometry, f"{COVERAGE} {feature_id}")
        return polygonal(whole.intersection(QgsGeometry.fromRect(area)))

    def counted_cut_repair(self, piece, was_repaired: bool):
        """A big feature's piece, from `repaired(geometry.clipped(area))`, its repair counted."""
        if was_repaired:
            self.cut_repairs += 1
        return piece

    def level_kept(self, feature, index: int, min_level: int) -> bool:
        value = feature[index]
        return self.is_level(value) and good_enough(value, min_level)

    def is_level(self, value, count: int = 1) -> bool:
        """Whether a level value is Arcep's (CL, BC, TBC); `count` features read with it."""
        self.levels_read += count
        if level_rank(value) is None:
            self.not_levels[str(value)] = self.not_levels.get(str(value), 0) + count
            return False
        return True

    def operator(self, feature, index: int) -> str:
        value = feature[index]
        name = "" if value is None or value == NULL else operator_name(value)
        if not name:
            self.without_operator.add(feature.id())
        return name

    def report(self, found: dict) -> None:
        feedback = self.inputs.feedback
        if self.cut_repairs:
            feedback.pushInfo(
                tr(
                    "{n} coverage pieces were repaired once cut to the territory's box (a cut "
                    "can leave a valid polygon invalid along the box)."
                ).format(n=self.cut_repairs)
            )
        self.without_operator.warn(feedback)
        values = ", ".join(f'"{v}"' for v in list(self.not_levels)[:5])
        if self.levels_read and sum(self.not_levels.values()) == self.levels_read:
            raise QgsProcessingException(
                tr(
                    "No value of {parameter} is an Arcep coverage level (CL, BC or TBC): "
                    "{values}. Give the field that holds them, or no LEVEL_FIELD."
                ).format(parameter=self.inputs.label(LEVEL_FIELD), values=values)
            )
        if self.not_levels:
            feedback.pushWarning(
                tr(
                    "{n} coverage polygons have a level that is not CL, BC or TBC ({values}) "
                    "and were left out."
                ).format(n=sum(self.not_levels.values()), values=values)
            )
        others = [name for name in sorted_operators(found) if name not in USUAL_ORDER]
        if others:
            feedback.pushWarning(
                tr(
                    "Operators other than Orange, SFR, Bouygues Telecom and Free: {names}. "
                    "Check OPERATOR_FIELD if these are not operators' names or codes."
                ).format(names=", ".join(others[:10]))
            )


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
    the territory's extent (`territory_box`, in the computation CRS). A .7z archive (Arcep's
    downloads) counts as the vector files it holds."""
    parameters = dict(inputs.parameters)
    values = values_with_archives(parameters.get(COVERAGE))
    if values is not None:
        label = inputs.label(COVERAGE)
        parameters[COVERAGE] = [
            path
            for value in values
            for path in (extracted(value, label, inputs.feedback) if is_archive(value) else [value])
        ]
    layers = inputs.algorithm.parameterAsLayerList(parameters, COVERAGE, inputs.context)
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


def add_zones_parameters(algorithm, description: str):
    """ZONES (optional polygons, for statistics per zone) and ZONES_ID_FIELD."""
    algorithm.add_source(ZONES, description, [qgis_enums.SOURCE_POLYGON], optional=True)
    algorithm.add_field(ZONES_ID_FIELD, tr("Zone id field"), ZONES)


def add_id_field(algorithm, name: str, label: str, parent: str):
    """A field of the layer parameter parent that must be given (the ids of units or axes,
    the operators of sites)."""
    parameter = QgsProcessingParameterField(name, label, parentLayerParameterName=parent)
    algorithm.addParameter(parameter)


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
