"""tdathack:mobilegaps computed inside PostGIS, when every input lives in one database.

The inputs pass the same checks as for the local engine (CRS, fields, ids, overlap); the
overlay then runs in one transaction (database/gaps_sql.py), and each output is either a new
table of that database, written without leaving the server, or streamed back to its sink."""

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...database import gaps_outputs_sql, gaps_sql
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..values import refuse_duplicates
from .database_run import DatabaseRun
from .mobile_gaps_fields import (
    BOX_MARGIN,
    own_population_reader,
    stats_fields,
    units_without_polygon,
    zone_fields,
)


class DatabaseGaps(DatabaseRun):
    """One run of mobile gaps; tables: territory, coverage..., population (or None)."""

    NOT_ADDING_UP = tr_noop("The database's overlay of units {ids} does not add up to their area.")
    COVERED = "SELECT coalesce(sum(area_m2), 0) FROM tdh_zones WHERE n_operators > 0"

    def __init__(self, algorithm, inputs, tables, layers, crs):
        territory, *coverage, population = tables
        super().__init__(algorithm, inputs, territory, coverage, layers, crs, [population])
        self.population = population

    def gaps(self, territory_source, id_field, name_field, own_field, population_field):
        """The algorithm's results: {output name: layer id}."""
        self.check_units(territory_source, id_field, own_field)
        id_type = territory_source.fields().field(id_field)
        stages = [
            lambda session: self.read_units(session, id_field, name_field, own_field),
            self.read_coverage,
            self.overlay,
            lambda session: self.weigh_demand(session, own_field, population_field),
        ]
        return self.run(stages, lambda operators: self.outputs(operators, id_type))

    def outputs(self, operators, id_type) -> tuple:
        """((the zones' query, their fields), (the statistics' query, their fields))."""
        zones = (gaps_outputs_sql.zones, zone_fields(id_type))
        return zones, (gaps_outputs_sql.stats(operators), stats_fields(id_type, operators))

    def check_units(self, territory_source, id_field, own_field):
        """Ids and own populations, read by QGIS without geometries: the same refusals and
        warnings as the local engine."""
        request = QgsFeatureRequest().setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
        fields = [id_field, *([own_field] if own_field else [])]
        request.setSubsetOfAttributes(fields, territory_source.fields())
        features = list(territory_source.getFeatures(request))
        label = self.inputs.label(self.algorithm.TERRITORY)
        refuse_duplicates(label, id_field, ((f.id(), f[id_field]) for f in features))
        if own_field:
            reader = own_population_reader(label, own_field)
            for feature in features:
                reader.read(feature[own_field], feature[id_field])
            reader.warn(self.inputs.feedback)

    def read_units(self, session, id_field, name_field, own_field):
        session.run(gaps_sql.INSIDE_FUNCTION)
        statement = gaps_sql.units(self.main, id_field, name_field, own_field)
        session.run(statement, self.values, tr("Territory units, in the computation CRS:"))
        empty = session.run(
            "DELETE FROM tdh_units WHERE geom IS NULL OR ST_IsEmpty(geom) RETURNING unit_id"
        )
        no_polygon = units_without_polygon()
        no_polygon.add_many([row[0] for row in empty])
        no_polygon.warn(self.inputs.feedback)
        summary = session.run(
            "SELECT n, repaired, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM ("
            "SELECT count(*) AS n, count(*) FILTER (WHERE repaired) AS repaired, "
            "ST_Extent(geom) AS e FROM tdh_units) AS units"
        )[0]
        if not self.set_box(summary, BOX_MARGIN):
            raise QgsProcessingException(tr("The territory layer has no polygon."))
        self.repaired += summary[1]

    def overlay(self, session):
        """Each unit cut along the coverage's noded outlines; its faces grouped into zones, one
        per set of operators."""
        session.run(gaps_sql.OUTLINES, None, tr("The coverage's outlines, in chunks:"))
        session.run(gaps_sql.FACES, None, tr("The faces of each unit's noded outlines:"))
        self.refuse_mismatch(session, gaps_sql.UNITS_NOT_ADDING_UP)
        session.run(gaps_sql.ZONES, self.values, tr("Zones: the faces of one set of operators:"))
        self.check_covered(session)

    def weigh_demand(self, session, own_field, population_field):
        if own_field:
            session.run(gaps_sql.OWN_DEMAND, None, tr("Each unit's population spread by area:"))
            return
        if self.population is None:
            return
        layer = self.algorithm.parameterAsVectorLayer(
            self.inputs.parameters, self.algorithm.POPULATION, self.inputs.context
        )
        if layer.geometryType() == qgis_enums.POLYGON_GEOMETRY:
            session.run(gaps_sql.demand_polygons(self.population, population_field), self.values)
            session.run(gaps_sql.POLYGON_DEMAND, None, tr("Population of each zone:"))
            return
        session.run(gaps_sql.demand_points(self.population, population_field), self.values)
        session.run(gaps_sql.POINT_DEMAND, None, tr("Population points placed in the zones:"))
        outside = session.value(gaps_sql.POINTS_OUTSIDE)
        if outside:
            self.inputs.feedback.pushWarning(
                tr("{n} population points lie outside every territory unit.").format(n=outside)
            )
