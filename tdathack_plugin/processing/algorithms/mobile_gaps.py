"""tdathack:mobilegaps — zones blanches and zones grises per territory unit, with population."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...coverage.classes import BLANCHE
from ...coverage.demand import PointDemand, PolygonDemand
from ...coverage.gaps import GapAnalysis
from ...coverage.overlay import CoverageSources
from ...database.errors import OverlayMismatchError
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..styles import RendererSetter, operator_count_renderer
from ..values import NumberReader, counted_as_zero, refuse_duplicates
from .base import TDatHackAlgorithm
from .coverage_inputs import (
    RepairCounter,
    add_coverage_parameters,
    check_some_coverage,
    coverage_layers,
    expected_operators,
    guess_name_field,
    point_parts,
    read_coverage,
)
from .engine_choice import add_engine_parameter, computed_here_instead, database_tables
from .mobile_gaps_fields import (
    own_population_reader,
    stats_feature,
    stats_fields,
    units_without_polygon,
    zone_feature,
    zone_fields,
)
from .mobile_gaps_in_database import DatabaseGaps

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

    def initAlgorithm(self, config=None):
        add_coverage_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TERRITORY,
                self.tr("Territory units (communes, EPCI...)"),
                [qgis_enums.SOURCE_POLYGON],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TERRITORY_ID_FIELD,
                self.tr("Territory unit id field"),
                parentLayerParameterName=self.TERRITORY,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TERRITORY_NAME_FIELD,
                self.tr("Territory unit name field (default: nom, name... when present)"),
                parentLayerParameterName=self.TERRITORY,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POPULATION,
                self.tr("Population (polygons or points)"),
                [
                    qgis_enums.SOURCE_POLYGON,
                    qgis_enums.SOURCE_POINT,
                ],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field (optional for points: each point counts 1)"),
                parentLayerParameterName=self.POPULATION,
                type=qgis_enums.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addMetricCrsParameter()
        add_engine_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ZONES,
                self.tr("Coverage zones"),
                qgis_enums.SOURCE_POLYGON,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_STATS,
                self.tr("Statistics per territory unit"),
                qgis_enums.SOURCE_VECTOR,
            )
        )

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

    def read_units(self, inputs, territory, id_field, name_field, crs, repair, own_field=""):
        """[(id, name, valid polygon in the metric CRS, own population or None)]."""
        units = []
        request = QgsFeatureRequest().setDestinationCrs(crs, inputs.context.transformContext())
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        features = list(territory.getFeatures(request, flags))
        label = inputs.label(self.TERRITORY)
        refuse_duplicates(label, id_field, ((f.id(), f[id_field]) for f in features))
        no_polygon = units_without_polygon()
        reader = own_population_reader(label, own_field)
        for feature in features:
            geometry = repair(feature.geometry(), f"{self.TERRITORY} {feature.id()}")
            if geometry.isEmpty():
                no_polygon.add(feature[id_field])
                continue
            population = None
            if own_field:
                population = reader.read(feature[own_field], feature[id_field])
            units.append(
                (
                    feature[id_field],
                    feature[name_field] if name_field else None,
                    geometry,
                    (population or 0.0) if own_field else None,
                )
            )
        no_polygon.warn(inputs.feedback)
        if not units:
            raise QgsProcessingException(self.tr("The territory layer has no polygon."))
        reader.warn(inputs.feedback)
        return units

    def in_database(self, inputs, tables, layers, crs, territory, own_field, *fields):
        """The results computed by the database (fields: id and name)."""
        checked = None if own_field else self.demand_source(inputs, crs, inputs.box(territory, crs))
        run = DatabaseGaps(self, inputs, tables, layers, crs)
        results = run.gaps(territory, *fields, own_field, checked[1] if checked else "")
        expected = run.values["expected"]
        RendererSetter.attach(
            inputs.context,
            results[self.OUTPUT_ZONES],
            lambda: operator_count_renderer("n_operators", expected),
        )
        return results

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
        source = inputs.source(self.POPULATION, optional=True, points=True)
        if source is None:
            return None
        field = inputs.field(self.POPULATION_FIELD, source.fields(), self.POPULATION)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == (qgis_enums.POLYGON_GEOMETRY)
        if polygons and not field:
            raise QgsProcessingException(
                self.tr("Population polygons need POPULATION_FIELD (inhabitants per polygon).")
            )
        inputs.require_overlap(self.POPULATION, inputs.box(source, crs), self.TERRITORY, area)
        return source, field, polygons

    def read_demand(self, inputs, crs, area, repair):
        checked = self.demand_source(inputs, crs, area)
        if checked is None:
            return None
        source, field, polygons = checked
        reader = NumberReader(inputs.label(self.POPULATION), field, counted_as_zero())
        request = QgsFeatureRequest().setDestinationCrs(crs, inputs.context.transformContext())
        request.setFilterRect(area)
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        items = []
        for feature in source.getFeatures(request, flags):
            value = (reader.read(feature[field], feature.id()) or 0.0) if field else 1.0
            if polygons:
                items.append(
                    (repair(feature.geometry(), f"{self.POPULATION} {feature.id()}"), value)
                )
            else:
                items.extend((point, value) for point in point_parts(feature.geometry()))
        reader.warn(inputs.feedback)
        return PolygonDemand(items) if polygons else PointDemand(items)

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        territory = inputs.source(self.TERRITORY)
        id_field = inputs.field(self.TERRITORY_ID_FIELD, territory.fields(), self.TERRITORY, True)
        name_field = inputs.field(
            self.TERRITORY_NAME_FIELD, territory.fields(), self.TERRITORY
        ) or guess_name_field(territory.fields(), id_field)
        crs = self.metricCrs(parameters, context, territory)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        repair = RepairCounter()
        layers = coverage_layers(inputs, crs, self.TERRITORY, inputs.box(territory, crs))
        own_field = self.own_population_field(inputs, territory)
        tables = self.database_tables(inputs, layers, own_field)
        if tables is not None:
            try:
                return self.in_database(
                    inputs, tables, layers, crs, territory, own_field, id_field, name_field
                )
            except OverlayMismatchError as error:
                computed_here_instead(inputs, error)
        units = self.read_units(inputs, territory, id_field, name_field, crs, repair, own_field)
        area = units[0][2].boundingBox()
        for _id, _name, geometry, _population in units[1:]:
            area.combineExtentWith(geometry.boundingBox())
        area.grow(1.0)

        coverage = read_coverage(inputs, layers, crs, area, repair)
        sources = CoverageSources(coverage, area_of_interest=area, feedback=feedback)
        expected = expected_operators(self, parameters, context, len(coverage))
        demand = None if own_field else self.read_demand(inputs, crs, area, repair)
        if isinstance(demand, PolygonDemand):
            demand.calibrate(unit[2] for unit in units)
        analysis = GapAnalysis(sources, expected, demand)
        feedback.pushInfo(
            self.tr("Operators found: {names} (expected: {n}).").format(
                names=", ".join(analysis.operators) or "-", n=expected
            )
        )
        feedback.setProgress(10)

        id_type = territory.fields().field(id_field)
        outputs = OutputSinks(self, parameters, context)
        zones_id = outputs.create(
            self.OUTPUT_ZONES, zone_fields(id_type), qgis_enums.WKB_MULTI_POLYGON, crs
        )
        stats_id = outputs.create(
            self.OUTPUT_STATS,
            stats_fields(id_type, analysis.operators),
            qgis_enums.WKB_NO_GEOMETRY,
            crs,
        )
        try:
            pairs = [(geometry, population) for _id, _name, geometry, population in units]
            stats = [None] * len(units)  # written in the territory's order, zones as they come
            covered = 0.0
            for done, (number, result) in enumerate(analysis.analyse_all(pairs, feedback), 1):
                covered += result.total_area_m2 - result.area_m2.get(BLANCHE, 0.0)
                unit_id, unit_name = units[number][:2]
                for zone in result.zones:
                    outputs.add(self.OUTPUT_ZONES, zone_feature(unit_id, unit_name, zone))
                stats[number] = stats_feature(unit_id, unit_name, result, analysis)
                feedback.setProgress(10 + 90 * done / len(units))
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            check_some_coverage(inputs, layers, crs, coverage, area, covered, self.TERRITORY)
            outputs.add_all(self.OUTPUT_STATS, stats)
        except BaseException:
            outputs.discard()
            raise
        outputs.close()

        repair.warn(feedback)
        if isinstance(demand, PointDemand) and demand.unassigned():
            feedback.pushWarning(
                self.tr("{n} population points lie outside every territory unit.").format(
                    n=demand.unassigned()
                )
            )
        RendererSetter.attach(
            context, zones_id, lambda: operator_count_renderer("n_operators", expected)
        )
        return {self.OUTPUT_ZONES: zones_id, self.OUTPUT_STATS: stats_id}
