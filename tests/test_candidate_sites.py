"""tdathack:candidatesites: greedy maximum coverage against brute force, known answers, errors."""

import itertools
import math
import random

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
)

from tdathack_plugin.toolbelt import field_types

from .algorithm_runs import Recorder, output_layers
from .squares import memory_layer, rect

pytestmark = pytest.mark.usefixtures("tdathack_provider")

X0, Y0 = 700000, 6600000  # Lambert-93, multiples of the grid spacings used below
SEGMENTS = 16


def box(x0, y0, x1, y1):
    return rect((X0 + x0, Y0 + y0, X0 + x1, Y0 + y1))


def point(x, y):
    return QgsGeometry.fromWkt(f"POINT({X0 + x} {Y0 + y})")


def polygons(*rows):
    """A polygon layer from (geometry, population) rows."""
    return memory_layer("Polygon", [("pop", field_types.DOUBLE)], [(g, [v]) for g, v in rows])


def points(rows, geometry_type="Point"):
    return memory_layer(geometry_type, [("w", field_types.DOUBLE)], [(g, [v]) for g, v in rows])


def sites(xys):
    rows = [(point(x, y), [f"S{n}"]) for n, (x, y) in enumerate(xys)]
    return memory_layer("Point", [("name", field_types.STRING)], rows, name="sites")


def run(gaps, demand, tmp_path=None, feedback=None, **extra):
    parameters = {"GAPS": gaps, "DEMAND": demand, "RADIUS": 1000, "COUNT": 3, **extra}
    layer = output_layers("tdathack:candidatesites", parameters, ("OUTPUT",), tmp_path, feedback)[0]
    return sorted(layer.getFeatures(), key=lambda f: f["rank"]), layer


def disc(x, y, radius):
    return QgsGeometry.fromWkt(f"POINT({x} {y})").buffer(radius, SEGMENTS)


def covered(chosen, gaps, demand_rows, radius):
    """Brute force: (population, area) the union of the chosen discs covers inside the gaps."""
    union = QgsGeometry.unaryUnion([disc(x, y, radius) for x, y in chosen])
    union = union.intersection(QgsGeometry.unaryUnion(gaps))
    total = 0.0
    for geometry, value in demand_rows:
        if geometry.type() == 0:  # point
            total += value if union.intersects(geometry) else 0.0
        else:
            total += value * geometry.intersection(union).area() / geometry.area()
    return total, union.area()


def check_ranking(features):
    """Ranks 1..n, gains never increase, cumulative sums add the gains."""
    assert [f["rank"] for f in features] == list(range(1, len(features) + 1))
    gains = [f["gain_population"] for f in features]
    assert all(a >= b - 1e-6 for a, b in zip(gains, gains[1:]))
    running = list(itertools.accumulate(gains))
    assert [f["cumulative_population"] for f in features] == pytest.approx(running, rel=1e-12)


def xy(feature):
    p = feature.geometry().asPoint()
    return round(p.x() - X0, 6), round(p.y() - Y0, 6)


def test_known_clusters_are_chosen_by_population_and_stop_when_nothing_is_left(tmp_path):
    gap = box(0, 0, 10000, 10000)
    rows = [(point(2000 + dx, 2000), 20.0) for dx in range(-200, 201, 100)]  # 100 inhabitants
    rows += [(point(8000, 8000 + dy), 30.0) for dy in (-100, 100)]  # 60
    rows += [(point(8000, 2000), 50.0)]  # 50
    candidates = sites([(2000, 2000), (8000, 8000), (8000, 2000), (5000, 5000)])
    recorder = Recorder()
    features, layer = run(
        polygons((gap, 0)),
        points(rows),
        tmp_path,
        recorder,
        DEMAND_WEIGHT_FIELD="w",
        CANDIDATES=candidates,
        COUNT=5,
    )
    assert layer.crs().authid() == "EPSG:2154"
    assert layer.fields().names()[1:6] == [
        "rank",
        "gain_population",
        "cumulative_population",
        "gain_area_km2",
        "name",
    ]
    assert [xy(f) for f in features] == [(2000, 2000), (8000, 8000), (8000, 2000)]
    assert [f["name"] for f in features] == ["S0", "S1", "S2"]
    assert [f["gain_population"] for f in features] == [100, 60, 50]
    assert [f["cumulative_population"] for f in features] == [100, 160, 210]
    full_disc = disc(0, 0, 1000).area() / 1e6
    assert [f["gain_area_km2"] for f in features] == pytest.approx([full_disc] * 3, rel=1e-9)
    assert "Only 3 sites add population in the gaps: stopped there (COUNT = 5)." in recorder.lines
    assert "3 sites cover 210 inhabitants of the gaps." in recorder.lines


def test_points_without_weight_field_count_one_each():
    rows = [(point(500, 500), 7.0), (point(600, 500), 7.0), (point(5500, 500), 7.0)]
    features, _ = run(
        polygons((box(0, 0, 6000, 1000), 0)),
        points(rows),
        CANDIDATES=sites([(500, 500), (5500, 500)]),
        COUNT=2,
    )
    assert [f["gain_population"] for f in features] == [2, 1]


def test_polygon_demand_is_weighted_by_area_share_inside_the_disc():
    # The disc (radius 500) lies inside the 2 km square: it takes its area share of 1000.
    gap = box(0, 0, 2000, 2000)
    features, _ = run(
        polygons((gap, 0)),
        polygons((gap, 1000.0)),
        DEMAND_WEIGHT_FIELD="pop",
        CANDIDATES=sites([(1000, 1000)]),
        RADIUS=500,
        COUNT=1,
    )
    area = disc(0, 0, 500).area()
    assert features[0]["gain_area_km2"] == pytest.approx(area / 1e6, rel=1e-9)
    assert features[0]["gain_population"] == pytest.approx(1000 * area / 4e6, rel=1e-9)
    assert area / 1e6 == pytest.approx(math.pi / 4, rel=2e-3)
    # A disc that holds the whole gap takes all of it, and nothing outside the gap counts.
    small_gap = box(500, 500, 1500, 1500)
    features, _ = run(
        polygons((small_gap, 0)),
        polygons((gap, 1000.0)),
        DEMAND_WEIGHT_FIELD="pop",
        CANDIDATES=sites([(1000, 1000)]),
        COUNT=1,
    )
    assert features[0]["gain_area_km2"] == pytest.approx(1.0, rel=1e-12)
    assert features[0]["gain_population"] == pytest.approx(250.0, rel=1e-12)


def test_greedy_is_within_the_bound_where_it_is_not_optimal():
    """Classic case: the middle site covers most, but the two side sites together cover all."""
    left = [-1000, -500, 2500, 2600, 2700]
    right = [7300, 7400, 7500, 10500, 11000]
    rows = [(point(x, 0), 1.0) for x in left + right]
    candidates = [(0, 0), (5000, 0), (10000, 0)]
    features, _ = run(
        polygons((box(-3000, -3000, 13000, 3000), 0)),
        points(rows),
        CANDIDATES=sites(candidates),
        RADIUS=3000,
        COUNT=2,
    )
    assert xy(features[0])[0] == 5000
    assert [f["gain_population"] for f in features] == [6, 2]
    optimum = 10  # the two side sites
    assert features[-1]["cumulative_population"] >= (1 - 1 / math.e) * optimum


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("kind", ["points", "polygons"])
def test_lazy_greedy_equals_plain_greedy_and_bound_against_brute_force(seed, kind):
    rng = random.Random(seed)
    gaps = [box(0, 0, 4000, 3000), box(5000, 1000, 8000, 4000)]
    if kind == "points":
        demand_rows = [
            (point(rng.uniform(0, 8000), rng.uniform(0, 4000)), rng.uniform(1, 100))
            for _ in range(60)
        ]
        demand = points(demand_rows)
    else:
        demand_rows = []
        for _ in range(12):
            x, y = rng.uniform(0, 7000), rng.uniform(0, 3000)
            demand_rows.append(
                (box(x, y, x + rng.uniform(300, 1500), y + 900), rng.uniform(10, 1000))
            )
        demand = polygons(*demand_rows)
    candidates = [(rng.uniform(0, 8000), rng.uniform(0, 4000)) for _ in range(9)]
    radius, count = 1200, 3
    absolute = [(X0 + x, Y0 + y) for x, y in candidates]

    features, _ = run(
        polygons(*[(g, 0) for g in gaps]),
        demand,
        DEMAND_WEIGHT_FIELD="w" if kind == "points" else "pop",
        CANDIDATES=sites(candidates),
        RADIUS=radius,
        COUNT=count,
    )
    check_ranking(features)
    chosen = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in features]

    def value(subset):
        return covered(subset, gaps, demand_rows, radius)[0]

    def key(subset):  # more population first, then more area (the plugin's tie-break)
        population, area = covered(subset, gaps, demand_rows, radius)
        return round(population, 6), area

    plain, current = [], 0.0
    for _ in range(count):
        best = max((c for c in absolute if c not in plain), key=lambda c: key([*plain, c]))
        plain.append(best)
    assert chosen == pytest.approx(plain, abs=1e-6)
    for f, upto in zip(features, range(1, count + 1)):
        assert f["cumulative_population"] == pytest.approx(value(plain[:upto]), rel=1e-6)
        current = value(plain[:upto])
    optimum = max(value(list(s)) for s in itertools.combinations(absolute, count))
    assert current >= (1 - 1 / math.e) * optimum - 1e-6
    assert current <= optimum + 1e-6


def test_default_candidates_are_a_grid_inside_the_gaps():
    recorder = Recorder()
    gap = box(0, 0, 3000, 3000)
    sliver = box(5100, 100, 5300, 300)  # holds no grid centre: gets its own candidate
    rows = [(point(2500, 2500), 5.0), (point(5200, 200), 3.0)]
    features, _ = run(
        polygons((gap, 0), (sliver, 0)),
        points(rows),
        feedback=recorder,
        DEMAND_WEIGHT_FIELD="w",
        GRID_SPACING=1000,
        RADIUS=400,
        COUNT=2,
    )
    assert "10 candidate sites." in recorder.lines  # 3 x 3 centres + the sliver's point
    assert xy(features[0]) == (2500, 2500)
    assert features[1]["gain_population"] == 3
    assert features[1].geometry().within(sliver)


def test_demand_in_another_crs_gives_the_same_answer():
    gap = box(0, 0, 2000, 2000)
    demand = polygons((box(0, 0, 1000, 2000), 800.0), (box(1000, 0, 2000, 2000), 200.0))
    wgs84 = processing.run(
        "native:reprojectlayer",
        {
            "INPUT": demand,
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    arguments = dict(
        DEMAND_WEIGHT_FIELD="pop",
        CANDIDATES=sites([(500, 1000), (1500, 1000)]),
        RADIUS=600,
        COUNT=2,
    )
    same, _ = run(polygons((gap, 0)), demand, **arguments)
    other, _ = run(polygons((gap, 0)), wgs84, **arguments)
    assert [xy(f) for f in other] == [xy(f) for f in same] == [(500, 1000), (1500, 1000)]
    assert [f["gain_population"] for f in other] == pytest.approx(
        [f["gain_population"] for f in same], rel=1e-6
    )


def test_empty_gaps_give_no_site_and_say_so(tmp_path):
    recorder = Recorder()
    features, layer = run(polygons(), points([(point(0, 0), 1.0)]), tmp_path, recorder)
    assert features == []
    assert layer.fields().names()[1:] == [
        "rank",
        "gain_population",
        "cumulative_population",
        "gain_area_km2",
    ]
    assert "The gaps layer has no polygon: no site to propose." in recorder.lines


@pytest.mark.parametrize("radius", [0, -5])
def test_radius_must_be_positive(tmp_path, radius):
    with pytest.raises(
        QgsProcessingException, match=rf"\(RADIUS\) must be a number above 0, not {radius}\."
    ):
        run(polygons((box(0, 0, 10, 10), 0)), points([(point(5, 5), 1.0)]), tmp_path, RADIUS=radius)
    assert list(tmp_path.iterdir()) == []


def test_population_polygons_need_a_field():
    with pytest.raises(QgsProcessingException, match="Population polygons need DEMAND_WEIGHT"):
        run(polygons((box(0, 0, 10, 10), 0)), polygons((box(0, 0, 10, 10), 5.0)))


def test_no_candidate_near_the_gaps_is_an_error():
    with pytest.raises(QgsProcessingException, match="No candidate site is within 1000.0 m"):
        run(
            polygons((box(0, 0, 10, 10), 0)),
            points([(point(5, 5), 1.0)]),
            CANDIDATES=sites([(30000, 5)]),  # 30 km away: a plausible, useless candidate
        )
    with pytest.raises(
        QgsProcessingException, match=r"\(CANDIDATES\) and .* \(GAPS\) lie 99 km apart"
    ):
        run(
            polygons((box(0, 0, 10, 10), 0)),
            points([(point(5, 5), 1.0)]),
            CANDIDATES=sites([(100000, 5)]),
        )


def test_cancel_leaves_no_file(tmp_path):
    rows = [(point(x, y), 1.0) for x in range(100, 5000, 200) for y in range(100, 5000, 200)]
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written."):
        run(
            polygons((box(0, 0, 5000, 5000), 0)),
            points(rows),
            tmp_path,
            Recorder(cancel_at=30),
            GRID_SPACING=250,
            RADIUS=300,
            COUNT=20,
        )
    assert list(tmp_path.iterdir()) == []
