"""tdathack:mobilegaps computed inside PostGIS, when every input lives in one database.

The inputs pass the same checks as for the local engine (CRS, fields, ids, overlap); the
overlay then runs in one transaction (database/gaps_sql.py), and each output is either a new
table of that database, written without leaving the server, or streamed back to its sink."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsRectangle,
)

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...coverage.levels import LEVELS, level_rank
from ...coverage.operators import operator_in_text, operator_name, sorted_operators
from ...database import gaps_outputs_sql, gaps_sql
from ...database.errors import DatabaseError
from ...database.session import DatabaseSession
from ...database.table_outputs import create_table, existing_table
from ...database.tables import destination_table
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..input_contract import NumberReader, Tally, counted_as_zero, refuse_duplicates
from ..outputs import OutputSinks
from .coverage_inputs import (
    COVERAGE,
    DEFAULT_OPERATOR_FIELDS,
    LEVEL_FIELD,
    MIN_LEVEL,
    OPERATOR_FIELD,
    check_some_coverage,
    expected_operators,
)
from .database_outputs import loaded_table
from .mobile_gaps_fields import stats_fields, zone_fields


class DatabaseGaps:
    """One run of mobile gaps in the database of `tables` (territory, coverage..., population)."""

    def __init__(self, algorithm, inputs, tables, layers, crs):
        self.algorithm, self.inputs = algorithm, inputs
        self.territory, *self.coverage = tables[:-1]
        self.population = tables[-1]
        self.layers, self.crs = layers, crs
        self.values = {"srid": crs.postgisSrid(), "blanche": BLANCHE, "grise": GRISE, "all": ALL}

    def log(self, text: str) -> None:
        self.inputs.feedback.pushCommandInfo(text)

    def run(self, territory_source, id_field, name_field, own_field, population_field):
        """The algorithm's results: {output name: layer id or destination}."""
        feedback = self.inputs.feedback
        self.check_units(territory_source, id_field, own_field)
        feedback.pushInfo(
            tr("The database {database} computes; its SQL follows.").format(
                database=self.territory.database[3] or self.territory.database[0]
            )
        )
        outputs = OutputSinks(self.algorithm, self.inputs.parameters, self.inputs.context)
        try:
            with DatabaseSession(self.territory, feedback, self.log) as session:
                self.prepare(session)
                self.read_units(session, id_field, name_field, own_field)
                feedback.setProgress(10)
                operators = self.read_coverage(session)
                feedback.setProgress(30)
                self.overlay(session)
                feedback.setProgress(80)
                self.weigh_demand(session, own_field, population_field)
                results = self.write(session, outputs, id_field, operators)
                feedback.pushInfo(
                    tr("The database worked {seconds:.1f} s.").format(seconds=session.seconds)
                )
        except DatabaseError as error:
            outputs.discard()
            raise QgsProcessingException(str(error)) from None
        except BaseException:
            outputs.discard()
            raise
        outputs.close()
        return {
            name: loaded_table(self.inputs, name, self.territory, value)
            if isinstance(value, tuple)
            else value
            for name, value in results.items()
        }

    def check_units(self, territory_source, id_field, own_field):
        """Ids and own populations, read by QGIS without geometries: the same refusals and
        warnings as the local engine."""
        algorithm = self.algorithm
        request = QgsFeatureRequest().setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
        fields = [id_field, *([own_field] if own_field else [])]
        request.setSubsetOfAttributes(fields, territory_source.fields())
        features = list(territory_source.getFeatures(request))
        label = self.inputs.label(algorithm.TERRITORY)
        refuse_duplicates(label, id_field, ((f.id(), f[id_field]) for f in features))
        if own_field:
            reader = NumberReader(
                label,
                own_field,
                counted_as_zero(),
                tr("{n} territory units have no population (counted as 0): {ids}"),
            )
            for feature in features:
                reader.read(feature[own_field], feature[id_field])
            reader.warn(self.inputs.feedback)

    def prepare(self, session):
        session.require_postgis({self.values["srid"], *(t.srid for t in self.tables())})
        session.run(gaps_sql.INSIDE_FUNCTION)

    def tables(self):
        return [t for t in (self.territory, *self.coverage, self.population) if t is not None]

    def read_units(self, session, id_field, name_field, own_field):
        statement = gaps_sql.units(self.territory, id_field, name_field, own_field)
        session.run(statement, self.values, tr("Territory units, in the computation CRS:"))
        empty = session.run(
            "DELETE FROM tdh_units WHERE geom IS NULL OR ST_IsEmpty(geom) RETURNING unit_id"
        )
        no_polygon = Tally(tr("{n} territory units have no polygon and were skipped (ids: {ids})."))
        no_polygon.add_many([row[0] for row in empty])
        no_polygon.warn(self.inputs.feedback)
        row = session.run(
            "SELECT n, repaired, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM ("
            "SELECT count(*) AS n, count(*) FILTER (WHERE repaired) AS repaired, "
            "ST_Extent(geom) AS e FROM tdh_units) AS units"
        )
        if not row[0][0]:
            raise QgsProcessingException(tr("The territory layer has no polygon."))
        _count, repaired, *box = row[0]
        self.repaired = repaired
        self.area = QgsRectangle(*box)
        self.area.grow(1.0)
        self.values.update(
            xmin=self.area.xMinimum(),
            ymin=self.area.yMinimum(),
            xmax=self.area.xMaximum(),
            ymax=self.area.yMaximum(),
        )

    def read_coverage(self, session) -> list:
        """Fills tdh_cover; returns the operators found, in the usual order."""
        algorithm, parameters, context = (
            self.algorithm,
            self.inputs.parameters,
            self.inputs.context,
        )
        operator_field = algorithm.parameterAsString(parameters, OPERATOR_FIELD, context).strip()
        level_field = algorithm.parameterAsString(parameters, LEVEL_FIELD, context).strip()
        min_level = algorithm.parameterAsEnum(parameters, MIN_LEVEL, context)
        self.values["levels"] = list(LEVELS[min_level:])
        session.run(gaps_sql.CREATE_COVER)
        if len(self.coverage) == 1 and not operator_field:
            fields = self.layers[0].fields()
            names = [n for n in DEFAULT_OPERATOR_FIELDS if fields.lookupField(n) >= 0]
            if not names:
                raise QgsProcessingException(
                    tr(
                        "With a single coverage layer, give OPERATOR_FIELD (the field that "
                        "tells operators apart, e.g. operateur), or give one layer per operator."
                    )
                )
            operator_field = fields.at(fields.lookupField(names[0])).name()
        levels_read, not_levels, without_operator = 0, {}, 0
        for table, layer in zip(self.coverage, self.layers):
            fields = layer.fields()
            match = self.inputs.match_field
            op_name = (
                match(operator_field, fields, OPERATOR_FIELD, COVERAGE) if operator_field else ""
            )
            level_name = match(level_field, fields, LEVEL_FIELD, COVERAGE) if level_field else ""
            codes, names = [], []
            for code, level, count in session.run(
                gaps_sql.codes(table, op_name, level_name), self.values
            ):
                if level_name:
                    levels_read += count
                    if level_rank(level) is None:
                        not_levels[str(level)] = not_levels.get(str(level), 0) + count
                        continue
                name = operator_name(code) if code is not None else ""
                if op_name and not name:
                    without_operator += count
                elif op_name:
                    codes.append(code)
                    names.append(name)
            values = {
                **self.values,
                "codes": codes,
                "names": names,
                "operator": operator_in_text(layer.name()),
            }
            session.run(
                gaps_sql.cover_source(table, op_name, level_name),
                values,
                tr('Coverage of "{layer}" within the territory\'s box:').format(layer=table.name),
            )
        self.report_levels(levels_read, not_levels, without_operator)
        session.run(gaps_sql.SUBDIVIDE)
        self.repaired += session.value("SELECT count(*) FROM tdh_cover_source WHERE repaired")
        found = [row[0] for row in session.run("SELECT DISTINCT operator FROM tdh_cover_source")]
        operators = sorted_operators(found)
        expected = expected_operators(
            self.algorithm, self.inputs.parameters, self.inputs.context, len(operators)
        )
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

    def report_levels(self, levels_read, not_levels, without_operator):
        feedback = self.inputs.feedback
        if without_operator:
            feedback.pushWarning(
                tr("{n} coverage polygons have no operator and were left out.").format(
                    n=without_operator
                )
            )
        shown = ", ".join(f'"{v}"' for v in list(not_levels)[:5])
        if levels_read and sum(not_levels.values()) == levels_read:
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

    def overlay(self, session):
        session.run(gaps_sql.UNIT_COVER, None, tr("The part of each unit each operator covers:"))
        session.run(gaps_sql.FACES, None, tr("The faces of each unit's noded outlines:"))
        wrong = [str(row[0]) for row in session.run(gaps_sql.UNITS_NOT_ADDING_UP)]
        if wrong:
            raise DatabaseError(
                tr(
                    "The database's overlay of units {ids} does not add up to their area: "
                    "nothing was written. Run on this computer (ENGINE)."
                ).format(ids=", ".join(wrong))
            )
        session.run(gaps_sql.ZONES, self.values, tr("Zones: the faces of one set of operators:"))
        if self.repaired:
            self.inputs.feedback.pushInfo(
                tr("{n} invalid geometries were repaired ({ids}).").format(
                    n=self.repaired, ids=tr("in the database")
                )
            )
        covered = session.value(
            "SELECT coalesce(sum(area_m2), 0) FROM tdh_zones WHERE n_operators > 0"
        )
        check_some_coverage(
            self.inputs, self.layers, self.crs, {}, self.area, covered, self.algorithm.TERRITORY
        )

    def weigh_demand(self, session, own_field, population_field):
        if own_field:
            session.run(gaps_sql.OWN_DEMAND, None, tr("Each unit's population spread by area:"))
            return
        table = self.population
        if table is None:
            return
        layer = self.algorithm.parameterAsVectorLayer(
            self.inputs.parameters, self.algorithm.POPULATION, self.inputs.context
        )
        if layer.geometryType() == qgis_enums.POLYGON_GEOMETRY:
            if not population_field:
                raise QgsProcessingException(
                    tr("Population polygons need POPULATION_FIELD (inhabitants per polygon).")
                )
            session.run(gaps_sql.demand_polygons(table, population_field), self.values)
            session.run(gaps_sql.POLYGON_DEMAND, None, tr("Population of each zone:"))
            return
        session.run(gaps_sql.demand_points(table, population_field), self.values)
        session.run(gaps_sql.POINT_DEMAND, None, tr("Population points placed in the zones:"))
        outside = session.value(gaps_sql.POINTS_OUTSIDE)
        if outside:
            self.inputs.feedback.pushWarning(
                tr("{n} population points lie outside every territory unit.").format(n=outside)
            )

    def write(self, session, outputs, id_field, operators) -> dict:
        """Each output to its table in the database, or streamed to its sink."""
        algorithm = self.algorithm
        id_type = self.layers_fields_id(id_field)
        queries = {
            algorithm.OUTPUT_ZONES: (
                gaps_outputs_sql.zones,
                zone_fields(id_type),
                qgis_enums.WKB_MULTI_POLYGON,
            ),
            algorithm.OUTPUT_STATS: (
                lambda _binary: gaps_outputs_sql.stats(operators),
                stats_fields(id_type, operators),
                qgis_enums.WKB_NO_GEOMETRY,
            ),
        }
        results = {}
        for name, (query, fields, wkb_type) in queries.items():
            geometry = wkb_type != qgis_enums.WKB_NO_GEOMETRY
            target = destination_table(self._destination(name), self.territory)
            if target is not None:
                self.refuse_existing(session, target, name)
                srid = self.values["srid"] if geometry else 0
                create_table(session, target, query(False), self.values, srid)
                results[name] = (*target, geometry)
                continue
            results[name] = outputs.create(name, fields, wkb_type, self.crs)
            for row in session.stream(query(True), self.values):
                feature = QgsFeature(fields)
                if geometry:
                    geometry = QgsGeometry()
                    geometry.fromWkb(bytes(row[-1]))
                    feature.setGeometry(geometry)
                    row = row[:-1]
                feature.setAttributes(list(row))
                outputs.add(name, feature)
        return results

    def refuse_existing(self, session, target, name):
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

    def layers_fields_id(self, id_field):
        layer = self.algorithm.parameterAsVectorLayer(
            self.inputs.parameters, self.algorithm.TERRITORY, self.inputs.context
        )
        return layer.fields().field(id_field)

    def _destination(self, name: str) -> str:
        value = self.inputs.parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        return value if isinstance(value, str) else ""
