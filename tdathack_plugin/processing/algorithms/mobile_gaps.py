"""tdathack:mobilegaps — zones blanches and zones grises per territory unit, with population."""

from ...database.errors import OverlayMismatchError
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..input_contract import Inputs
from .base import TDatHackAlgorithm
from .coverage_inputs import (
    add_coverage_parameters,
    add_id_field,
    coverage_layers,
    guess_name_field,
)
from .engine_choice import add_engine_parameter, computed_here_instead, database_tables
from .mobile_gaps_in_database import DatabaseGaps
from .mobile_gaps_local import LocalGaps

# Population points from which the database computes faster than this computer (a million
# address points over Occitanie: 18.9 s against 33.9 s, and a fifth of QGIS's memory; with
# polygons only, this computer was up to 2.4 times faster: docs/benchmarks.md).
MANY_POINTS = 250_000


def many_points(population) -> str:
    """Why the database computes these population points faster, or ''."""
    if population is None or population.geometryType() != qgis_enums.POINT_GEOMETRY:
        return ""
    count = population.featureCount()
    if count < MANY_POINTS:
        return ""
    return tr("{n} population points are joined faster there").format(n=f"{count:,}")


class MobileGapsAlgorithm(TDatHackAlgorithm):
    NAME = "mobilegaps"
    GROUP = "mobile"
    TAGS = tr_noop("zone blanche,zone grise,new deal,arcep,mobile,4g,operator,population")
    DISPLAY_NAME = tr_noop("Mobile zones blanches and zones grises")

    TERRITORY = "TERRITORY"
    TERRITORY_ID_FIELD = "TERRITORY_ID_FIELD"
    TERRITORY_NAME_FIELD = "TERRITORY_NAME_FIELD"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_STATS = "OUTPUT_STATS"
    # what both engines read (coverage_run.CoverageRun)
    SUBJECT, DETAIL, DETAIL_GEOMETRY = TERRITORY, OUTPUT_ZONES, qgis_enums.WKB_MULTI_POLYGON

    def initAlgorithm(self, config=None):
        add_coverage_parameters(self)
        polygons, points = qgis_enums.SOURCE_POLYGON, qgis_enums.SOURCE_POINT
        self.add_source(self.TERRITORY, self.tr("Territory units (communes, EPCI...)"), [polygons])
        add_id_field(
            self, self.TERRITORY_ID_FIELD, self.tr("Territory unit id field"), self.TERRITORY
        )
        self.add_field(
            self.TERRITORY_NAME_FIELD,
            self.tr("Territory unit name field (default: nom, name... when present)"),
            self.TERRITORY,
        )
        self.add_source(
            self.POPULATION,
            self.tr("Population (polygons or points)"),
            [polygons, points],
            optional=True,
        )
        self.add_field(
            self.POPULATION_FIELD,
            self.tr("Population field (optional for points: each point counts 1)"),
            self.POPULATION,
            numeric=True,
        )
        self.addMetricCrsParameter()
        add_engine_parameter(self)
        self.add_sink(self.OUTPUT_ZONES, self.tr("Coverage zones"), polygons)
        self.add_sink(
            self.OUTPUT_STATS, self.tr("Statistics per territory unit"), qgis_enums.SOURCE_VECTOR
        )

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        territory = inputs.source(self.TERRITORY)
        fields = territory.fields()
        id_field = inputs.field(self.TERRITORY_ID_FIELD, fields, self.TERRITORY, True)
        name_field = inputs.field(self.TERRITORY_NAME_FIELD, fields, self.TERRITORY)
        name_field = name_field or guess_name_field(fields, id_field)
        crs = self.computation_crs(parameters, context, territory, feedback)
        box = inputs.box(territory, crs)
        layers = coverage_layers(inputs, crs, self.TERRITORY, box)
        own_field = self.own_population_field(inputs, territory)
        units = (territory, id_field, name_field, own_field)
        tables = self.database_tables(inputs, layers, own_field)
        if tables is not None:
            population = None if own_field else self.demand_source(inputs, crs, box)
            try:
                run = DatabaseGaps(self, inputs, tables, layers, crs)
                return run.gaps(*units, population[1] if population else "")
            except OverlayMismatchError as error:
                computed_here_instead(inputs, error)
        return LocalGaps(self, inputs, layers, crs).gaps(*units)

    def own_population_field(self, inputs, territory) -> str:
        """The population field when POPULATION is the territory layer itself, else ''.

        Communes carrying their own population are the usual case: each unit's population is
        then spread over its own pieces, with no overlay against its neighbours.
        """
        parameters, context = inputs.parameters, inputs.context
        population = self.parameterAsVectorLayer(parameters, self.POPULATION, context)
        layer = self.parameterAsVectorLayer(parameters, self.TERRITORY, context)
        same = (
            population is not None
            and layer is not None
            and population.source() == layer.source()
            and population.subsetString() == layer.subsetString()
            and parameters.get(self.POPULATION) == parameters.get(self.TERRITORY)
        )
        if not same:
            return ""
        return inputs.field(self.POPULATION_FIELD, territory.fields(), self.POPULATION)

    def database_tables(self, inputs, layers, own_field):
        """PostgisTables of territory, coverage and population when the database runs."""
        parameters, context = inputs.parameters, inputs.context
        population = None
        if not own_field and inputs.given(self.POPULATION):
            population = self.parameterAsVectorLayer(parameters, self.POPULATION, context)
        territory = self.parameterAsVectorLayer(parameters, self.TERRITORY, context)
        return database_tables(
            inputs,
            [territory, *layers, population],
            [self.TERRITORY, self.POPULATION],
            many_points(population),
        )

    def demand_source(self, inputs, crs, area):
        """(POPULATION source, its field or '', True for polygons), checked; None when absent."""
        return inputs.population(
            self.POPULATION, self.POPULATION_FIELD, crs, self.TERRITORY, area, optional=True
        )
