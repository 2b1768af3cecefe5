"""Zones blanches / zones grises of one territory unit: partition, demand, statistics."""

from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsGeometry

from .arrangement import partitions
from .classes import CLASSES, coverage_class
from .operators import missing_operators, sorted_operators
from .overlay import CoverageSources
from .splitting import prepared


@dataclass
class Zone:
    """One piece of a unit covered by exactly `operators`."""

    operators: list
    missing: list
    coverage_class: str
    geometry: QgsGeometry
    area_m2: float
    demand: float


@dataclass
class UnitResult:
    zones: list
    area_m2: dict = field(default_factory=dict)  # per class
    demand: dict = field(default_factory=dict)  # per class
    operator_area_m2: dict = field(default_factory=dict)
    operator_demand: dict = field(default_factory=dict)

    @property
    def total_area_m2(self) -> float:
        return sum(self.area_m2.values())

    @property
    def total_demand(self) -> float:
        return sum(self.demand.values())


class GapAnalysis:
    """Splits each territory unit by the operators covering it and weighs the demand."""

    def __init__(self, sources: CoverageSources, expected: int, demand=None):
        self.sources = sources
        self.operators = sorted_operators(sources.names)
        self.expected = expected
        self.demand = demand

    def analyse(self, unit: QgsGeometry, unit_demand: Optional[float] = None) -> UnitResult:
        """Zones of one unit; unit_demand, when given, is the unit's own demand spread by area."""
        return self.result(unit, self.sources.partition(unit), unit_demand)

    def analyse_all(self, units: list, feedback=None):
        """Yields (number, UnitResult) for [(unit, unit_demand or None)], tile by tile of
        neighbouring units (arrangement.partitions), which is faster than one by one."""
        geometries = [unit for unit, _demand in units]
        for number, pieces in partitions(self.sources, geometries, feedback):
            yield number, self.result(geometries[number], pieces, units[number][1])

    def result(self, unit: QgsGeometry, pieces: dict, unit_demand: Optional[float]) -> UnitResult:
        """Zones and totals of a unit from its partition {set of operators: geometry}."""
        if unit_demand is not None:
            whole = sum(g.area() for g in pieces.values())
            weights = {key: unit_demand * g.area() / whole for key, g in pieces.items()}
        elif self.demand is not None:
            weights = self.demand.weights(unit, prepared(unit), pieces)
        else:
            weights = dict.fromkeys(pieces, 0.0)
        result = UnitResult(
            zones=[],
            area_m2=dict.fromkeys(CLASSES, 0.0),
            demand=dict.fromkeys(CLASSES, 0.0),
            operator_area_m2=dict.fromkeys(self.operators, 0.0),
            operator_demand=dict.fromkeys(self.operators, 0.0),
        )
        for subset in sorted(pieces, key=lambda s: (-len(s), sorted_operators(s))):
            present = sorted_operators(subset)
            zone = Zone(
                operators=present,
                missing=missing_operators(self.operators, subset, self.expected),
                coverage_class=coverage_class(len(subset), self.expected),
                geometry=pieces[subset],
                area_m2=pieces[subset].area(),
                demand=weights[subset],
            )
            result.zones.append(zone)
            result.area_m2[zone.coverage_class] += zone.area_m2
            result.demand[zone.coverage_class] += zone.demand
            for name in present:
                result.operator_area_m2[name] += zone.area_m2
                result.operator_demand[name] += zone.demand
        return result
