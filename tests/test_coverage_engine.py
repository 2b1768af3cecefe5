"""Known answers for the coverage engine: axis-aligned squares whose areas are exact."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY

from tdathack_plugin.coverage.classes import ALL, BLANCHE, GRISE
from tdathack_plugin.coverage.demand import PointDemand, PolygonDemand
from tdathack_plugin.coverage.gaps import GapAnalysis
from tdathack_plugin.coverage.geometry import repaired, subdivide
from tdathack_plugin.coverage.overlay import CoverageSources

from .squares import COVERAGE, POPULATION, UNITS, expected_areas, rect


@pytest.fixture
def analysis():
    sources = CoverageSources({k: [rect(b) for b in v] for k, v in COVERAGE.items()})
    demand = PolygonDemand([(rect(UNITS[u]), POPULATION[u]) for u in UNITS])
    return GapAnalysis(sources, expected=4, demand=demand)


@pytest.mark.parametrize("unit", UNITS)
def test_every_operator_set_has_its_exact_area_and_population(analysis, unit):
    result = analysis.analyse(rect(UNITS[unit]))
    got = {frozenset(z.operators): z for z in result.zones}
    expected = expected_areas(UNITS[unit])
    assert set(got) == set(expected)
    unit_area = rect(UNITS[unit]).area()
    for key, area in expected.items():
        assert got[key].area_m2 == pytest.approx(area, rel=1e-9)
        assert got[key].demand == pytest.approx(POPULATION[unit] * area / unit_area, rel=1e-9)
    assert result.total_area_m2 == pytest.approx(unit_area, rel=1e-9)
    assert result.total_demand == pytest.approx(POPULATION[unit], rel=1e-9)


def test_classes_by_hand(analysis):
    b = analysis.analyse(rect(UNITS["B"]))
    # B is 1000 m x 1000 m: SFR on its west half, Bouygues on its south half, Free on 200 m x 200 m.
    assert b.area_m2[BLANCHE] == pytest.approx(500 * 500 - 200 * 200, rel=1e-9)
    assert b.area_m2[ALL] == 0
    assert b.area_m2[GRISE] == pytest.approx(1_000_000 - b.area_m2[BLANCHE], rel=1e-9)
    assert b.demand[BLANCHE] == pytest.approx(500 * 210_000 / 1_000_000, rel=1e-9)
    a = analysis.analyse(rect(UNITS["A"]))
    assert a.area_m2[ALL] == pytest.approx(200 * 200, rel=1e-9)  # Free's square at x 1000-1200
    assert a.operator_area_m2["Orange"] == pytest.approx(1500 * 1000, rel=1e-9)
    free = next(z for z in a.zones if z.coverage_class == ALL)
    assert free.operators == ["Orange", "SFR", "Bouygues Telecom", "Free"]
    assert free.missing == []
    blanche = [z for z in a.zones if z.coverage_class == BLANCHE]
    assert blanche == []


def test_missing_lists_the_operators_absent(analysis):
    b = analysis.analyse(rect(UNITS["B"]))
    sfr_only = next(z for z in b.zones if z.operators == ["SFR"])
    assert sfr_only.missing == ["Orange", "Bouygues Telecom", "Free"]
    assert sfr_only.area_m2 == pytest.approx(500 * 500, rel=1e-9)


def test_points_are_counted_once_even_on_a_shared_border():
    x0, y0 = UNITS["A"][:2]
    sources = CoverageSources({"Orange": [rect((x0, y0, x0 + 1000, y0 + 1000))]})
    points = [
        (QgsGeometry.fromPointXY(QgsPointXY(x0 + dx, y0 + 500)), 1)
        for dx in (500, 1500, 2000, 2500)
    ]
    demand = PointDemand(points)
    analysis = GapAnalysis(sources, expected=1, demand=demand)
    a = analysis.analyse(rect(UNITS["A"]))
    b = analysis.analyse(rect(UNITS["B"]))
    assert a.demand[ALL] == 1 and a.demand[BLANCHE] == 2  # x0 + 2000 lies on the A|B border
    assert b.demand[BLANCHE] == 1
    assert demand.unassigned() == 0


def test_empty_coverage_is_all_blanche():
    analysis = GapAnalysis(CoverageSources({}), expected=0)
    result = analysis.analyse(rect(UNITS["A"]))
    assert [z.coverage_class for z in result.zones] == [BLANCHE]
    assert result.area_m2[BLANCHE] == pytest.approx(2_000_000)


def test_expected_operators_beyond_those_found_are_reported_missing():
    analysis = GapAnalysis(CoverageSources({"Orange": [rect(UNITS["A"])]}), expected=4)
    zone = analysis.analyse(rect(UNITS["A"])).zones[0]
    assert zone.coverage_class == GRISE
    assert zone.missing == ["+3"]


def test_bow_tie_is_repaired_and_subdivided_pieces_keep_the_area():
    bow_tie = QgsGeometry.fromWkt("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))")
    fixed, was_repaired = repaired(bow_tie)
    assert was_repaired and fixed.isGeosValid()
    assert fixed.area() == pytest.approx(50.0)
    circle = QgsGeometry.fromPointXY(QgsPointXY(0, 0)).buffer(1000, 500)
    pieces = list(subdivide(circle, max_vertices=64))
    assert len(pieces) > 8
    assert sum(p.area() for p in pieces) == pytest.approx(circle.area(), rel=1e-12)


def test_one_split_for_polygons_and_lines_adds_up_exactly():
    from qgis.core import QgsPointXY, QgsRectangle

    from tdathack_plugin.coverage.splitting import LINES, POLYGONS, sequential_partition, split

    square = QgsGeometry.fromRect(QgsRectangle(0, 0, 100, 100))
    left = QgsGeometry.fromRect(QgsRectangle(-10, -10, 40, 110))
    inside, outside = split(square, left, POLYGONS)
    assert (inside.area(), outside.area()) == (4000.0, 6000.0)
    line = QgsGeometry.fromPolylineXY([QgsPointXY(-20, 50), QgsPointXY(120, 50)])
    inside, outside = split(line, left, LINES)
    assert (inside.length(), outside.length()) == (50.0, 90.0)
    top = QgsGeometry.fromRect(QgsRectangle(-10, 60, 110, 110))
    pieces = sequential_partition(square, {"A": left, "B": top}, POLYGONS)
    assert {tuple(sorted(k)): g.area() for k, g in pieces.items()} == {
        ("A", "B"): 1600.0,
        ("A",): 2400.0,
        ("B",): 2400.0,
        (): 3600.0,
    }
