"""What a coverage algorithm run inside PostGIS shares: one transaction, the operators'
coverage read as coverage_inputs.py reads it, and each output written as a new table of that
database or streamed back to its sink. Subclasses compute their working tables."""

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsWkbTypes,
)

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...coverage.levels import LEVELS, good_enough, level_rank
from ...coverage.operators import operator_in_text, operator_name, sorted_operators
from ...database import coverage_sql
from ...database.errors import DatabaseError, OverlayMismatchError
from ...database.session import DatabaseSession
from ...database.table_outputs import create_table, existing_table
from ...database.tables import destination_table
from ...toolbelt import log, qgis_enums
from ...toolbelt.i18n import tr
from ..outputs import OutputSinks
from .coverage_inputs import (
    COVERAGE,
    DEFAULT_OPERATOR_FIELDS,
    LEVEL_FIELD,
    MIN_LEVEL,
    OPERATOR_FIELD,
    expected_operators,
)
from .database_outputs import loaded_table


class DatabaseRun:
    """One run in the database of `main` (the territory or the axes), with `coverage` tables
    (PostgisTables of the `layers`, in order) and, maybe, `others` (population...)."""

    def __init__(self, algorithm, inputs, main, coverage, layers, crs, others=()):
        self.algorithm, self.inputs = algorithm, inputs
        self.main, self.coverage, self.others = main, coverage, [t for t in others if t]
        self.layers, self.crs = layers, crs
        self.values = {"srid": crs.postgisSrid(), "blanche": BLANCHE, "grise": GRISE, "all": ALL}
        self.repaired = 0

    def log(self, text: str) -> None:
        self.inputs.feedback.pushCommandInfo(text)

    def run(self, compute) -> dict:
        """compute(session) fills the working tables and returns {output name: (query of
        binary geometry?, fields, wkb type)}; returns the algorithm's results."""
        feedback = self.inputs.feedback
        feedback.pushInfo(
            tr("The database {database} computes; its SQL follows.").format(
                database=self.main.database[3] or self.main.database[0]
            )
        )
        outputs = OutputSinks(self.algorithm, self.inputs.parameters, self.inputs.context)
        try:
            with DatabaseSession(self.main, feedback, self.log) as session:
                srids = {self.values["srid"], self.main.srid}
                session.require_postgis(srids | {t.srid for t in (*self.coverage, *self.others)})
                results = self.write(session, outputs, compute(session))
                worked = tr("The database worked {seconds:.1f} s.").format(seconds=session.seconds)
                feedback.pushInfo(worked)
                log.info(f"{self.algorithm.id()}: {worked}")
        except OverlayMismatchError:
            outputs.discard()
            raise  # engine_choice.computed_here_instead() decides
        except DatabaseError as error:
            outputs.discard()
            raise QgsProcessingException(str(error)) from None
        except BaseException:
            outputs.discard()
            raise
        outputs.close()
        return {
            name: loaded_table(self.inputs, name, self.main, value)
            if isinstance(value, tuple)
            else value
            for name, value in results.items()
        }

    def set_box(self, box) -> None:
        """The box (xmin, ymin, xmax, ymax, in the computation CRS) coverage is read within."""
        self.values.update(zip(("xmin", "ymin", "xmax", "ymax"), box))

    def read_coverage(self, session) -> list:
        """Fills tdh_cover; returns the operators found, in the usual order."""
        algorithm, parameters, context = self.algorithm, self.inputs.parameters, self.inputs.context
        operator_field = algorithm.parameterAsString(parameters, OPERATOR_FIELD, context).strip()
        level_field = algorithm.parameterAsString(parameters, LEVEL_FIELD, context).strip()
        min_level = algorithm.parameterAsEnum(parameters, MIN_LEVEL, context)
        self.values["levels"] = list(LEVELS[min_level:])
        if len(self.coverage) == 1 and not operator_field:
            operator_field = self.default_operator_field()
        session.run(coverage_sql.CREATE_COVER)
        tally = {"levels": 0, "not_levels": {}, "without_operator": 0}
        for table, layer in zip(self.coverage, self.layers):
            match, fields = self.inputs.match_field, layer.fields()
            op_name = (
                match(operator_field, fields, OPERATOR_FIELD, COVERAGE) if operator_field else ""
            )
            level_name = match(level_field, fields, LEVEL_FIELD, COVERAGE) if level_field else ""
            codes = self.operator_codes(session, table, op_name, level_name, min_level, tally)
            values = {
                **self.values,
                "codes": list(codes),
                "names": list(codes.values()),
                "operator": operator_in_text(layer.name()),
            }
            session.run(
                coverage_sql.cover_source(table, op_name, level_name),
                values,
                tr('Coverage of "{layer}" within the box of the inputs:').format(layer=table.name),
            )
        self.report_levels(**tally)
        session.run(coverage_sql.SUBDIVIDE)
        self.repaired += session.value("SELECT count(*) FROM tdh_cover_source WHERE repaired")
        found = session.run(
            "SELECT DISTINCT operator FROM tdh_cover_source WHERE NOT ST_IsEmpty(geom)"
        )
        found = [row[0] for row in found]
        operators = sorted_operators(found)
        expected = expected_operators(algorithm, parameters, context, len(operators))
        self.values.update(
            order=operators,
            expected=expected,
            unknown=[f"+{expected - len(operators)}"] if expected > len(operators) else [],
        )
        self.inputs.feedback.pushInfo(
            tr("Operators found: {names} (expected: {n}).").format(
                names=", ".join(operators) or "-", n=expected
            )
        )
        return operators

    def default_operator_field(self) -> str:
        fields = self.layers[0].fields()
        names = [n for n in DEFAULT_OPERATOR_FIELDS if fields.lookupField(n) >= 0]
        if not names:
            raise QgsProcessingException(
                tr(
                    "With a single coverage layer, give OPERATOR_FIELD (the field that "
                    "tells operators apart, e.g. operateur), or give one layer per operator."
                )
            )
        return fields.at(fields.lookupField(names[0])).name()

    def operator_codes(self, session, table, op_name, level_name, min_level, tally) -> dict:
        """{operator code: commercial name} of the features within the box, at the levels
        kept; levels that are not Arcep's and features without operator are tallied."""
        codes = {}
        for code, level, count in session.run(
            coverage_sql.codes(table, op_name, level_name), self.values
        ):
            if level_name:  # as CoverageChecks: levels first, operators of the kept ones
                tally["levels"] += count
                if level_rank(level) is None:
                    tally["not_levels"][str(level)] = tally["not_levels"].get(str(level), 0) + count
                    continue
                if not good_enough(level, min_level):
                    continue
            name = operator_name(code) if code is not None else ""
            if op_name and not name:
                tally["without_operator"] += count
            elif op_name:
                codes[code] = name
        return codes

    def report_levels(self, levels, not_levels, without_operator) -> None:
        """The warnings and refusals of coverage_inputs.CoverageChecks, from the counts."""
        feedback = self.inputs.feedback
        if without_operator:
            feedback.pushWarning(
                tr("{n} coverage polygons have no operator and were left out.").format(
                    n=without_operator
                )
            )
        shown = ", ".join(f'"{v}"' for v in list(not_levels)[:5])
        if levels and sum(not_levels.values()) == levels:
            raise QgsProcessingException(
                tr(
                    "No value of {parameter} is an Arcep coverage level (CL, BC or TBC): "
                    "{values}. Give the field that holds them, or no LEVEL_FIELD."
                ).format(parameter=self.inputs.label(LEVEL_FIELD), values=shown)
            )
        if not_levels:
            feedback.pushWarning(
                tr(
                    "{n} coverage polygons have a level that is not CL, BC or TBC ({values}) "
                    "and were left out."
                ).format(n=sum(not_levels.values()), values=shown)
            )

    def report_repairs(self) -> None:
        if self.repaired:
            self.inputs.feedback.pushInfo(
                tr("{n} invalid geometries were repaired ({ids}).").format(
                    n=self.repaired, ids=tr("in the database")
                )
            )

    def write(self, session, outputs, queries: dict) -> dict:
        """Each output to its new table in the database, or streamed to its sink."""
        results = {}
        for name, (query, fields, wkb_type) in queries.items():
            has_geometry = wkb_type != qgis_enums.WKB_NO_GEOMETRY
            target = destination_table(self.destination(name), self.main)
            if target is not None:
                self.refuse_existing(session, target, name)
                srid = self.values["srid"] if has_geometry else 0
                kind = QgsWkbTypes.displayString(wkb_type)
                create_table(session, target, query(False), self.values, srid, kind)
                results[name] = (*target, has_geometry)
                continue
            results[name] = outputs.create(name, fields, wkb_type, self.crs)
            for row in session.stream(query(True), self.values):
                feature = QgsFeature(fields)
                if has_geometry:
                    geometry = QgsGeometry()
                    geometry.fromWkb(bytes(row[-1]))
                    feature.setGeometry(geometry)
                    row = row[:-1]
                feature.setAttributes(list(row))
                outputs.add(name, feature)
        return results

    def refuse_existing(self, session, target, name) -> None:
        if not session.value(
            "SELECT count(*) FROM pg_namespace WHERE nspname = %(schema)s", {"schema": target[0]}
        ):
            raise DatabaseError(
                tr(
                    'The schema "{schema}" does not exist in the database: create it, or choose '
                    "another schema for {parameter}."
                ).format(schema=target[0], parameter=self.inputs.label(name))
            )
        if existing_table(session, *target):
            raise DatabaseError(
                tr(
                    'The table "{schema}"."{table}" already exists in the database: choose '
                    "another name for {parameter}, or drop it first."
                ).format(schema=target[0], table=target[1], parameter=self.inputs.label(name))
            )

    def destination(self, name: str) -> str:
        value = self.inputs.parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        return value if isinstance(value, str) else ""
