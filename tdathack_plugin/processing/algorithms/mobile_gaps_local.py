"""tdathack:mobilegaps computed on this computer: the units, the coverage and the population
read through QGIS, each unit split by the operators covering it (coverage/gaps.py)."""

from qgis.core import QgsProcessingException

from ...coverage.classes import BLANCHE
from ...coverage.demand import PointDemand, PolygonDemand
from ...coverage.gaps import GapAnalysis
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..run_steps import Steps
from ..values import NumberReader, counted_as_zero, refuse_duplicates
from .coverage_inputs import point_parts
from .local_run import LocalRun
from .mobile_gaps_fields import (
    BOX_MARGIN,
    own_population_reader,
    stats_feature,
    stats_fields,
    units_without_polygon,
    zone_feature,
    zone_fields,
)


class LocalGaps(LocalRun):
    """One run of mobile gaps on this computer."""

    def gaps(self, territory, id_field, name_field, own_field) -> dict:
        """The algorithm's results: {output name: layer id}. own_field: the territory's own
        population field, or ''."""
        steps = Steps(3, self.inputs.feedback)
        units = self.read_units(territory, id_field, name_field, own_field)
        operators = self.read_coverage([unit[2] for unit in units], BOX_MARGIN, steps)
        steps.next()
        demand = None if own_field else self.read_demand()
        if isinstance(demand, PolygonDemand):
            demand.calibrate(unit[2] for unit in units)
        analysis = GapAnalysis(self.sources, self.expected, demand)
        steps.next()
        id_type = territory.fields().field(id_field)
        results = self.write(
            zone_fields(id_type),
            stats_fields(id_type, operators),
            lambda outputs: self.zones(outputs, analysis, units, steps),
        )
        if isinstance(demand, PointDemand) and demand.unassigned():
            self.inputs.feedback.pushWarning(
                tr("{n} population points lie outside every territory unit.").format(
                    n=demand.unassigned()
                )
            )
        return results

    def read_units(self, territory, id_field, name_field, own_field) -> list:
        """[(id, name, valid polygon in the metric CRS, own population or None)]."""
        inputs, subject = self.inputs, self.algorithm.SUBJECT
        features = list(inputs.features(territory, self.crs))
        label = inputs.label(subject)
        refuse_duplicates(label, id_field, ((f.id(), f[id_field]) for f in features))
        no_polygon = units_without_polygon()
        reader = own_population_reader(label, own_field)
        units = []
        for feature in features:
            geometry = self.repair(feature.geometry(), f"{subject} {feature.id()}")
            if geometry.isEmpty():
                no_polygon.add(feature[id_field])
                continue
            population = None
            if own_field:
                population = reader.read(feature[own_field], feature[id_field]) or 0.0
            name = feature[name_field] if name_field else None
            units.append((feature[id_field], name, geometry, population))
        no_polygon.warn(inputs.feedback)
        if not units:
            raise QgsProcessingException(tr("The territory layer has no polygon."))
        reader.warn(inputs.feedback)
        return units

    def read_demand(self):
        """The POPULATION within the area, as polygons or points; None when not given."""
        checked = self.algorithm.demand_source(self.inputs, self.crs, self.area)
        if checked is None:
            return None
        source, field, polygons = checked
        name = self.algorithm.POPULATION
        reader = NumberReader(self.inputs.label(name), field, counted_as_zero())
        request = self.inputs.request(self.crs).setFilterRect(self.area)
        items = []
        for feature in source.getFeatures(request, qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS):
            value = (reader.read(feature[field], feature.id()) or 0.0) if field else 1.0
            if polygons:
                items.append((self.repair(feature.geometry(), f"{name} {feature.id()}"), value))
            else:
                items.extend((point, value) for point in point_parts(feature.geometry()))
        reader.warn(self.inputs.feedback)
        return PolygonDemand(items) if polygons else PointDemand(items)

    def zones(self, outputs, analysis, units, steps) -> tuple:
        """Writes each unit's zones; returns (m² covered, statistics in the units' order)."""
        pairs = [(geometry, population) for _id, _name, geometry, population in units]
        stats = [None] * len(units)  # written in the territory's order, zones as they come
        covered = 0.0
        for done, (number, result) in enumerate(analysis.analyse_all(pairs, steps), 1):
            covered += result.total_area_m2 - result.area_m2.get(BLANCHE, 0.0)
            unit_id, unit_name = units[number][:2]
            zones = (zone_feature(unit_id, unit_name, zone) for zone in result.zones)
            outputs.add_all(self.algorithm.DETAIL, zones)
            stats[number] = stats_feature(unit_id, unit_name, result, analysis)
            steps.setProgress(100 * done / len(units))
        return covered, stats
