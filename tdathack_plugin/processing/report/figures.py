"""The report's numbers, read from the outputs of tdathack:mobilegaps and candidatesites."""

import re
from dataclasses import dataclass, field

from ...coverage.operators import field_suffix, sorted_operators
from ...coverage.units import percent

OPERATOR_COLUMN = re.compile(r"pop_cov_(.+)_pct")
SUMMED = (
    "area_km2",
    "area_blanche_km2",
    "area_grise_km2",
    "area_all_km2",
    "pop_total",
    "pop_blanche",
    "pop_grise",
    "pop_all",
)


def number(value) -> float:
    try:
        result = float(value)
    except (TypeError, ValueError):
        return 0.0
    return result if result == result else 0.0


@dataclass
class Unit:
    """One territory unit (commune...) of the statistics table."""

    zone_id: str
    name: str
    values: dict


@dataclass
class Site:
    rank: int
    gain_population: float
    cumulative_population: float
    gain_area_km2: float


@dataclass
class Diagnostic:
    units: list
    totals: dict
    operators: dict = field(default_factory=dict)  # name: % of the population it covers
    expected_operators: int = 0
    sites: list = field(default_factory=list)

    @property
    def units_with_blanche(self) -> int:
        return sum(1 for unit in self.units if unit.values["area_blanche_km2"] > 0)

    def percent(self, key: str) -> float:
        whole = self.totals["pop_total" if key.startswith("pop") else "area_km2"]
        return percent(self.totals[key], whole)

    def ranked_units(self) -> list:
        """Units by population in zone blanche, then area of zone blanche, largest first."""
        return sorted(
            self.units,
            key=lambda u: (-u.values["pop_blanche"], -u.values["area_blanche_km2"], u.name),
        )


def read_units(stats_features) -> tuple:
    """(units, {operator field suffix: % of the population covered}) from the statistics."""
    units, covered, population = [], {}, 0.0
    for feature in stats_features:
        names = feature.fields().names()
        values = {key: number(feature[key]) for key in SUMMED if key in names}
        missing = [key for key in SUMMED if key not in names]
        if missing:
            raise KeyError(", ".join(missing))
        population += values["pop_total"]
        for name in names:
            match = OPERATOR_COLUMN.fullmatch(name)
            if match:
                covered[match.group(1)] = covered.get(match.group(1), 0.0) + (
                    number(feature[name]) * values["pop_total"] / 100.0
                )
        zone_id = feature["zone_id"]
        name = feature["zone_name"] if "zone_name" in names else None
        units.append(Unit(str(zone_id), str(name) if name not in (None, "") else "", values))
    return units, {suffix: percent(value, population) for suffix, value in covered.items()}


def operator_names(zone_features) -> tuple:
    """({field suffix: commercial name}, expected number of operators) from the zones."""
    names, expected = set(), 0
    for feature in zone_features:
        present = [n for n in str(feature["operators"] or "").split(", ") if n]
        missing = [n for n in str(feature["missing"] or "").split(", ") if n]
        names.update(present + missing)
        expected = max(expected, len(present) + len(missing))
    return {field_suffix(n): n for n in sorted_operators(names)}, expected


def read_sites(features) -> list:
    sites = [
        Site(
            int(number(f["rank"])),
            number(f["gain_population"]),
            number(f["cumulative_population"]),
            number(f["gain_area_km2"]),
        )
        for f in features
    ]
    return sorted(sites, key=lambda s: s.rank)


def diagnostic(stats_features, zone_features, site_features=()) -> Diagnostic:
    units, covered = read_units(stats_features)
    totals = {key: sum(u.values[key] for u in units) for key in SUMMED}
    names, expected = operator_names(zone_features)
    operators = {names.get(suffix, suffix): value for suffix, value in covered.items()}
    return Diagnostic(units, totals, operators, expected, read_sites(site_features))
