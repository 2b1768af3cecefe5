"""What a coverage algorithm run inside PostGIS shares: one transaction, the operators'
coverage read as coverage_inputs.py reads it, and each output written as a new table of that
database or streamed back to its sink. Subclasses compute their working tables."""

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsRectangle,
    QgsWkbTypes,
)

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...coverage.levels import LEVELS, good_enough
from ...coverage.operators import operator_in_text, operator_name
from ...database import coverage_sql
from ...database.errors import DatabaseError, OverlayMismatchError
from ...database.session import DatabaseSession
from ...database.table_outputs import create_table, existing_table
from ...database.tables import destination_table
from ...toolbelt import log, qgis_enums
from ...toolbelt.i18n import tr
from ..outputs import OutputSinks
from ..run_steps import Steps
from .coverage_inputs import (
    COVERAGE,
    LEVEL_FIELD,
    MIN_LEVEL,
    OPERATOR_FIELD,
    CoverageChecks,
    default_operator_field,
)
from .coverage_run import CoverageRun
from .database_outputs import loaded_table


class DatabaseRun(CoverageRun):
    """One run in the database of `main` (the territory or the axes), with `coverage` tables
    (PostgisTables of the `layers`, in order) and, maybe, `others` (population...).
    Subclasses say what a cut that does not add up is refused with, and how much is covered."""

    NOT_ADDING_UP = ""  # tr_noop() message, with {ids}, of units or axes not adding up
    COVERED = ""  # query: how much of the units or axes is covered

    def __init__(self, algorithm, inputs, main, coverage, layers, crs, others=()):
        super().__init__(algorithm, inputs, layers, crs)
        self.main, self.coverage, self.others = main, coverage, [t for t in others if t]
        self.values = {"srid": crs.postgisSrid(), "blanche": BLANCHE, "grise": GRISE, "all": ALL}
        self.repaired = 0

    def log(self, text: str) -> None:
        self.inputs.feedback.pushCommandInfo(text)

    def run(self, stages: list, outputs) -> dict:
        """Runs each of stages(session) in turn, one step of the progress bar each, then writes
        the outputs: outputs(operators found) gives ((DETAIL's query of binary geometry?, its
        fields), (OUTPUT_STATS's query, its fields)). Returns the algorithm's results."""
        feedback = self.inputs.feedback
        feedback.pushInfo(
            tr("The database {database} computes; its SQL follows.").format(
                database=self.main.database[3] or self.main.database[0]
            )
        )
        steps = Steps(len(stages) + 1, feedback)
        sinks = OutputSinks(self.algorithm, self.inputs.parameters, self.inputs.context)
        try:
            with sinks, DatabaseSession(self.main, feedback, self.log) as session:
                srids = {self.values["srid"], self.main.srid}
                session.require_postgis(srids | {t.srid for t in (*self.coverage, *self.others)})
                for stage in stages:
                    stage(session)
                    steps.next()
                results = self.write(session, sinks, self.queries(*outputs(self.values["order"])))
                worked = tr("The database worked {seconds:.1f} s.").format(seconds=session.seconds)
                feedback.pushInfo(worked)
                log.info(f"{self.algorithm.id()}: {worked}")
        except OverlayMismatchError:
            raise  # engine_choice.computed_here_instead() decides
        except DatabaseError as error:
            raise QgsProcessingException(str(error)) from None
        return self.styled(
            {
                name: loaded_table(self.inputs, name, self.main, value)
                if isinstance(value, tuple)
                else value
                for name, value in results.items()
            }
        )

    def queries(self, detail: tuple, stats: tuple) -> dict:
        """{output name: (query of binary geometry?, fields, wkb type)} of DETAIL and of
        OUTPUT_STATS, from (query of binary geometry?, fields) and (query, fields)."""
        stats_query, stats_fields = stats
        return {
            self.algorithm.DETAIL: (*detail, self.algorithm.DETAIL_GEOMETRY),
            self.algorithm.OUTPUT_STATS: (
                lambda _binary: stats_query,
                stats_fields,
                qgis_enums.WKB_NO_GEOMETRY,
            ),
        }

    def set_box(self, summary: tuple, margin: float) -> int:
        """From a summary row (count, an ignored count, xmin, ymin, xmax, ymax of the units or
        axes, in the computation CRS): the box coverage is read within, grown by margin
        metres; returns the count."""
        count, _other, *box = summary
        if count:
            self.area = QgsRectangle(*box)
            self.area.grow(margin)
            corners = (self.area.xMinimum(), self.area.yMinimum())
            corners += (self.area.xMaximum(), self.area.yMaximum())
            self.values.update(zip(("xmin", "ymin", "xmax", "ymax"), corners))
        return count

    def refuse_mismatch(self, session, query) -> None:
        """Stops when the query lists units (or axes) whose parts do not add up: the
        subclass's NOT_ADDING_UP, with {ids}, says which."""
        wrong = [str(row[0]) for row in session.run(query)]
        if wrong:
            raise OverlayMismatchError(tr(self.NOT_ADDING_UP).format(ids=", ".join(wrong)))

    def check_covered(self, session) -> None:
        """The repairs said, then the local engine's check that some coverage was found (the
        subclass's COVERED: the query of how much of the units or axes is covered)."""
        self.report_repairs()
        self.check_some_coverage({}, session.value(self.COVERED))

    def read_coverage(self, session) -> list:
        """Fills tdh_cover; returns the operators found, in the usual order."""
        algorithm, parameters, context = self.algorithm, self.inputs.parameters, self.inputs.context
        operator_field = algorithm.parameterAsString(parameters, OPERATOR_FIELD, context).strip()
        level_field = algorithm.parameterAsString(parameters, LEVEL_FIELD, context).strip()
        min_level = algorithm.parameterAsEnum(parameters, MIN_LEVEL, context)
        self.values["levels"] = list(LEVELS[min_level:])
        if len(self.coverage) == 1 and not operator_field:
            operator_field = default_operator_field(self.layers[0])
        session.run(coverage_sql.CREATE_COVER)
        checks, without_operator = CoverageChecks(self.inputs, None), 0
        for table, layer in zip(self.coverage, self.layers):
            match, fields = self.inputs.match_field, layer.fields()
            op_name = (
                match(operator_field, fields, OPERATOR_FIELD, COVERAGE) if operator_field else ""
            )
            level_name = match(level_field, fields, LEVEL_FIELD, COVERAGE) if level_field else ""
            codes, unnamed = self.operator_codes(
                session, table, op_name, level_name, min_level, checks
            )
            without_operator += unnamed
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
        if without_operator:
            self.inputs.feedback.pushWarning(
                tr("{n} coverage polygons have no operator and were left out.").format(
                    n=without_operator
                )
            )
        session.run(coverage_sql.SUBDIVIDE)
        self.repaired += session.value("SELECT count(*) FROM tdh_cover_source WHERE repaired")
        found = session.run(
            "SELECT DISTINCT operator FROM tdh_cover_source WHERE NOT ST_IsEmpty(geom)"
        )
        found = [row[0] for row in found]
        checks.report(dict.fromkeys(found))  # levels refused or left out, unusual operators
        operators = self.operators_found(found)
        expected = self.expected
        self.values.update(
            order=operators,
            expected=expected,
            unknown=[f"+{expected - len(operators)}"] if expected > len(operators) else [],
        )

    def operator_codes(self, session, table, op_name, level_name, min_level, checks):
        """({operator code: commercial name}, features without operator) within the box, at
        the levels kept; levels that are not Arcep's are tallied in `checks`, as on this
        computer: levels first, then the operators of the kept ones."""
        codes, without_operator = {}, 0
        for code, level, count in session.run(
            coverage_sql.codes(table, op_name, level_name), self.values
        ):
            if level_name and not (checks.is_level(level, count) and good_enough(level, min_level)):
                continue
            name = operator_name(code) if code is not None else ""
            if op_name and not name:
                without_operator += count
            elif op_name:
                codes[code] = name
        return codes, without_operator

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
