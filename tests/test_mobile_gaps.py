"""tdathack:mobilegaps and tdathack:coveragefromsites: known answers, real data, bad input."""

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from tdathack_plugin.toolbelt import field_types

from . import aveyron
from .algorithm_runs import Recorder, loaded_in_french, output_layers
from .native_chains import mobile_gaps_native
from .squares import (
    POPULATION,
    UNITS,
    box_area,
    coverage_layer,
    expected_areas,
    memory_layer,
    rect,
    territory_layer,
)

pytestmark = pytest.mark.usefixtures("tdathack_provider")


def gaps(coverage, territory, tmp_path=None, feedback=None, **extra):
    parameters = {
        "COVERAGE": coverage if isinstance(coverage, list) else [coverage],
        "TERRITORY": territory,
        "TERRITORY_ID_FIELD": "code",
        **extra,
    }
    return output_layers(
        "tdathack:mobilegaps", parameters, ("OUTPUT_ZONES", "OUTPUT_STATS"), tmp_path, feedback
    )


def by_unit(stats):
    return {f["zone_id"]: f for f in stats.getFeatures()}


def scattered_discs(seed: int, count: int, segments: int) -> list:
    """Coverage discs of 1.5 to 6 km scattered 100 km around the squares: a national-shaped
    coverage far bigger than the territory."""
    import random

    from qgis.core import QgsPointXY

    rng = random.Random(seed)
    x0, y0 = UNITS["A"][:2]
    return [
        QgsGeometry.fromPointXY(
            QgsPointXY(x0 + rng.uniform(-100_000, 100_000), y0 + rng.uniform(-100_000, 100_000))
        ).buffer(rng.uniform(1500, 6000), segments)
        for _ in range(count)
    ]


def test_known_squares_every_operator_set_exact(tmp_path):
    territory = territory_layer()
    zones, stats = gaps(
        coverage_layer(), territory, tmp_path, POPULATION=territory, POPULATION_FIELD="population"
    )
    assert zones.crs().authid() == "EPSG:2154"
    assert zones.fields().names()[1:9] == [
        "zone_id",
        "zone_name",
        "class",
        "n_operators",
        "operators",
        "missing",
        "area_km2",
        "population",
    ]
    for code, box in UNITS.items():
        pieces = {
            frozenset(f["operators"].split(", ")) - {""}: f
            for f in zones.getFeatures()
            if f["zone_id"] == code
        }
        expected = expected_areas(box)
        assert set(pieces) == set(expected)
        for key, area in expected.items():
            assert pieces[key]["area_km2"] == pytest.approx(area / 1e6, rel=1e-9)
            assert pieces[key]["population"] == pytest.approx(
                POPULATION[code] * area / box_area(box), rel=1e-9
            )
            assert pieces[key]["n_operators"] == len(key)
            assert pieces[key]["zone_name"] == f"Commune {code}"
        unit = by_unit(stats)[code]
        assert unit["area_km2"] == pytest.approx(box_area(box) / 1e6, rel=1e-9)
        classes = unit["area_blanche_km2"] + unit["area_grise_km2"] + unit["area_all_km2"]
        assert classes == pytest.approx(unit["area_km2"], rel=1e-12)
        assert unit["pop_total"] == pytest.approx(POPULATION[code], rel=1e-9)

    b = by_unit(stats)["B"]
    assert b["area_blanche_km2"] == pytest.approx(0.21, rel=1e-9)  # 500² m² minus Free's 200²
    assert b["pop_blanche"] == pytest.approx(500 * 0.21, rel=1e-9)
    assert b["area_blanche_pct"] == pytest.approx(21.0, rel=1e-9)
    assert b["cov_sfr_pct"] == pytest.approx(50.0, rel=1e-9)
    assert b["cov_orange_pct"] == 0
    a = by_unit(stats)["A"]
    assert a["area_all_km2"] == pytest.approx(0.04, rel=1e-9)
    sfr_only = next(
        f for f in zones.getFeatures() if f["zone_id"] == "B" and f["operators"] == "SFR"
    )
    assert sfr_only["missing"] == "Orange, Bouygues Telecom, Free"
    assert sfr_only["class"] == "grise"


def test_geographic_input_is_computed_in_lambert93():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    layers = []
    for layer in (coverage_layer(), territory_layer()):
        layers.append(
            processing.run(
                "native:reprojectlayer",
                {"INPUT": layer, "TARGET_CRS": wgs84, "OUTPUT": "TEMPORARY_OUTPUT"},
            )["OUTPUT"]
        )
    zones, stats = gaps(layers[0], layers[1])
    assert zones.crs().authid() == "EPSG:2154"
    assert by_unit(stats)["B"]["area_blanche_km2"] == pytest.approx(0.21, rel=1e-7)


def test_level_filter_keeps_only_good_enough_coverage():
    coverage = coverage_layer()
    coverage.startEditing()
    for feature in coverage.getFeatures():
        if feature["operateur"] == 20810:  # SFR only has limited coverage (CL)
            coverage.changeAttributeValue(feature.id(), 1, "CL")
    coverage.commitChanges()
    _zones, stats = gaps(coverage, territory_layer(), LEVEL_FIELD="niveau", MIN_LEVEL=1)
    b = by_unit(stats)["B"]
    assert b["area_blanche_km2"] == pytest.approx(0.5 - 0.04, rel=1e-9)
    assert "cov_sfr_pct" not in stats.fields().names()


def test_aveyron_matches_the_native_chain_and_conserves_population(tmp_path):
    communes = aveyron.communes_with_population()
    coverage = aveyron.coverage_4g(communes, str(tmp_path / "coverage.gpkg"))
    coverage = QgsVectorLayer(coverage, "coverage", "ogr")
    assert sorted(f["operator"] for f in coverage.getFeatures()) == [
        "Bouygues Telecom",
        "Free",
        "Orange",
        "SFR",
    ]
    feedback = Recorder()
    zones, stats = gaps(
        coverage,
        communes,
        tmp_path,
        feedback=feedback,
        POPULATION=communes,
        POPULATION_FIELD="population",
    )
    assert stats.featureCount() == 285
    # 12076 (Conques-en-Rouergue, 2018 outline) has no INSEE code match today: the user is told.
    assert "1 territory units have no population (counted as 0): 12076" in feedback.lines
    assert [f["zone_id"] for f in stats.getFeatures()] == [
        f["code"] for f in communes.getFeatures()
    ]
    native = mobile_gaps_native(coverage, "operator", communes, "code", "population")
    for key in ("blanche", "grise", "all"):
        ours = sum(f[f"area_{key}_km2"] for f in stats.getFeatures()) * 1e6
        theirs = sum(v[key][0] for v in native.values())
        assert ours == pytest.approx(theirs, rel=1e-9), key
        ours_pop = sum(f[f"pop_{key}"] for f in stats.getFeatures())
        assert ours_pop == pytest.approx(sum(v[key][1] for v in native.values()), rel=1e-9)
    for row in stats.getFeatures():  # and commune by commune, to a square metre
        for key in ("blanche", "grise", "all"):
            theirs = native.get(row["zone_id"], {}).get(key, (0.0, 0.0))[0]
            assert row[f"area_{key}_km2"] * 1e6 == pytest.approx(theirs, abs=1.0), row["zone_id"]
    total_population = sum(f["population"] or 0 for f in communes.getFeatures())
    assert sum(f["pop_total"] for f in stats.getFeatures()) == pytest.approx(
        total_population, rel=1e-9
    )
    assert sum(f["population"] for f in zones.getFeatures()) == pytest.approx(
        total_population, rel=1e-9
    )
    invalid = [f["zone_id"] for f in zones.getFeatures() if not f.geometry().isGeosValid()]
    assert invalid == []  # native algorithms downstream refuse invalid polygons


def test_invalid_coverage_is_repaired_and_counted():
    x0, y0 = UNITS["A"][:2]
    bow_tie = QgsGeometry.fromWkt(
        f"POLYGON(({x0} {y0}, {x0 + 1000} {y0 + 1000}, {x0 + 1000} {y0}, {x0} {y0 + 1000}, "
        f"{x0} {y0}))"
    )
    coverage = memory_layer("Polygon", [("operateur", field_types.INT)], [(bow_tie, [20801])])
    feedback = Recorder()
    _zones, stats = gaps(coverage, territory_layer(), feedback=feedback)
    assert "1 invalid geometries were repaired (COVERAGE 1)." in feedback.lines
    assert by_unit(stats)["A"]["area_all_km2"] == pytest.approx(0.5, rel=1e-9)


def test_empty_coverage_and_coverage_elsewhere_are_refused(tmp_path):
    """Not a map of zones blanches: an empty coverage or one far from the territory is an input
    mistake (a wrong CRS, another territory's file), said as such, and nothing is written."""
    far = {
        "Orange": [(900000, 6200000, 901000, 6201000)],
        "SFR": [(900000, 6200000, 901000, 6201000)],
    }
    with pytest.raises(QgsProcessingException, match=r"\(COVERAGE\) hold no polygon"):
        gaps(coverage_layer({}), territory_layer(), tmp_path)
    with pytest.raises(
        QgsProcessingException, match=r"\(COVERAGE\) and .* \(TERRITORY\) lie \d+ km apart"
    ):
        gaps(coverage_layer(far), territory_layer(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_operator_field_is_a_clear_error():
    with pytest.raises(
        QgsProcessingException,
        match='The field "operator" given as .* \\(OPERATOR_FIELD\\) is not in the layer',
    ):
        gaps(coverage_layer(), territory_layer(), OPERATOR_FIELD="operator")
    no_field = memory_layer("Polygon", [("nom", field_types.STRING)], [(rect(UNITS["A"]), ["x"])])
    with pytest.raises(
        QgsProcessingException, match="With a single coverage layer, give " "OPERATOR_FIELD"
    ):
        gaps(no_field, territory_layer())


def test_cancel_mid_way_leaves_no_output(tmp_path):
    communes = aveyron.communes()
    coverage = aveyron.coverage_4g(communes)
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        gaps(coverage, communes, tmp_path, feedback=Recorder(cancel_at=50))
    assert list(tmp_path.iterdir()) == []


def test_cancel_while_reading_national_coverage_leaves_no_output(tmp_path, monkeypatch):
    """Cancel once the first of two national features is checked: the run stops there, and
    no analysis starts from half of the coverage (it used to go on with one operator)."""
    from tdathack_plugin.processing.algorithms import coverage_inputs

    feedback = Recorder()
    checked = coverage_inputs.CoverageChecks.counted_cut_repair

    def check_then_cancel(self, piece, was_repaired):
        feedback.cancel()
        return checked(self, piece, was_repaired)

    monkeypatch.setattr(coverage_inputs.CoverageChecks, "counted_cut_repair", check_then_cancel)
    national = QgsGeometry.unaryUnion(scattered_discs(seed=14, count=1500, segments=32))
    coverage = memory_layer(
        "MultiPolygon",
        [("operateur", field_types.INT)],
        [(national, [20801]), (national, [20810])],
    )
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        gaps(coverage, territory_layer(), tmp_path, feedback=feedback)
    assert list(tmp_path.iterdir()) == []
    assert not [line for line in feedback.lines if line.startswith("Operators found")]


def test_cancel_while_overwriting_leaves_no_half_written_output(tmp_path):
    """Re-running into the same files: a cancel must not leave a partial result there."""
    communes = aveyron.communes()
    coverage = aveyron.coverage_4g(communes)
    gaps(coverage, communes, tmp_path)
    style = tmp_path / "output_zones.qml"
    style.write_text("<qgis/>", encoding="utf-8")  # the user's own file beside the output
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        gaps(coverage, communes, tmp_path, feedback=Recorder(cancel_at=50))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output_zones.qml"]


def test_sites_need_a_positive_radius():
    with pytest.raises(
        QgsProcessingException, match=r"\(RADIUS\) must be a number above 0, not 0\."
    ):
        processing.run(
            "tdathack:coveragefromsites",
            {
                "SITES": aveyron.arcep_sites(),
                "OPERATOR_FIELD": "Operateur",
                "RADIUS": 0,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_sites_refuse_a_geographic_computation_crs():
    with pytest.raises(
        QgsProcessingException,
        match="The computation CRS must be projected in metres, not EPSG:4326",
    ):
        processing.run(
            "tdathack:coveragefromsites",
            {
                "SITES": aveyron.arcep_sites(),
                "OPERATOR_FIELD": "Operateur",
                "METRIC_CRS": "EPSG:4326",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_loaded_zones_have_a_french_legend():
    parameters = {
        "COVERAGE": [coverage_layer()],
        "TERRITORY": territory_layer(),
        "TERRITORY_ID_FIELD": "code",
        "OUTPUT_ZONES": "TEMPORARY_OUTPUT",
        "OUTPUT_STATS": "TEMPORARY_OUTPUT",
    }
    with loaded_in_french("tdathack:mobilegaps", parameters, "n_operators") as zones:
        labels = [c.label() for c in zones.renderer().categories()]
    assert labels[0] == "Zone blanche : aucun opérateur"
    assert labels[-1] == "Les 4 opérateurs"
    assert labels[1] == "Zone grise : 1/4 opérateurs"


def test_population_from_another_layer_is_spread_by_area_share():
    """A population polygon straddling A and B (INSEE cells, IRIS...) splits by area."""
    x0, y0 = UNITS["A"][:2]
    straddling = rect((x0 + 1500, y0, x0 + 2500, y0 + 1000))  # half in A, half in B
    population = memory_layer("Polygon", [("pop", field_types.DOUBLE)], [(straddling, [1000.0])])
    _zones, stats = gaps(
        coverage_layer(), territory_layer(), POPULATION=population, POPULATION_FIELD="pop"
    )
    a, b = by_unit(stats)["A"], by_unit(stats)["B"]
    assert a["pop_total"] == pytest.approx(500.0, rel=1e-9)
    assert b["pop_total"] == pytest.approx(500.0, rel=1e-9)
    # In B the straddling half is x0+2000..2500: SFR everywhere, Bouygues on the south half.
    assert b["pop_blanche"] == 0
    assert b["pop_cov_sfr_pct"] == pytest.approx(100.0, rel=1e-9)
    assert b["pop_cov_bouygues_telecom_pct"] == pytest.approx(50.0, rel=1e-9)


def test_population_points_count_once_and_multipoints_count_each_part():
    x0, y0 = UNITS["A"][:2]
    points = [
        (QgsGeometry.fromWkt(f"POINT({x0 + 2700} {y0 + 900})"), [10]),  # B, zone blanche
        (
            QgsGeometry.fromWkt(f"MULTIPOINT(({x0 + 100} {y0 + 100}), ({x0 + 2100} {y0 + 900}))"),
            [5],
        ),  # one part in A (Orange, Bouygues), one in B (SFR only)
    ]
    population = memory_layer("MultiPoint", [("n", field_types.INT)], points)
    _zones, stats = gaps(
        coverage_layer(), territory_layer(), POPULATION=population, POPULATION_FIELD="n"
    )
    a, b = by_unit(stats)["A"], by_unit(stats)["B"]
    assert (a["pop_total"], a["pop_grise"]) == (5, 5)
    assert (b["pop_total"], b["pop_blanche"], b["pop_grise"]) == (15, 10, 5)
    _zones, counted = gaps(coverage_layer(), territory_layer(), POPULATION=population)
    assert by_unit(counted)["B"]["pop_total"] == 2  # no field: each point counts 1


def test_a_national_coverage_is_cut_to_the_territory_before_any_check(tmp_path):
    """A coverage multipolygon far bigger than the territory (thousands of discs, holes) gives
    the same zones as the same coverage cut beforehand to the territory by GEOS: only its piece
    within the territory's box is checked and repaired."""
    x0, y0 = UNITS["A"][:2]
    national = QgsGeometry.unaryUnion(scattered_discs(seed=14, count=1500, segments=32))
    assert national.constGet().nCoordinates() > 20_000  # a big feature: the fast cut applies
    box = QgsGeometry.fromRect(QgsRectangle(x0 - 5000, y0 - 5000, x0 + 8000, y0 + 6000))
    layers = {
        "national": national,
        "cut": national.intersection(box),
    }
    results = {}
    for name, geometry in layers.items():
        coverage = memory_layer(
            "MultiPolygon", [("operateur", field_types.INT)], [(geometry, [20801])], name=name
        )
        _zones, stats = gaps(coverage, territory_layer())
        results[name] = {
            f["zone_id"]: (f["area_blanche_km2"], f["area_all_km2"]) for f in stats.getFeatures()
        }
    for unit, (blanche, covered) in results["cut"].items():
        assert results["national"][unit][0] == pytest.approx(blanche, rel=1e-9, abs=1e-12)
        assert results["national"][unit][1] == pytest.approx(covered, rel=1e-9, abs=1e-12)
    assert sum(c for _b, c in results["cut"].values()) > 0


class CountedLayer(QgsVectorLayer):
    """A layer that records the ids of the features the algorithm reads from it."""

    def __init__(self, *args):
        super().__init__(*args)
        self.read = []

    def getFeatures(self, *args):
        for feature in super().getFeatures(*args):
            self.read.append(feature.id())
            yield feature


def test_a_national_coverage_file_is_read_only_around_the_territory(tmp_path):
    """Of a coverage file spread 200 km around the territory, only the features meeting the
    territory's extent are requested from the provider; results equal the file cut beforehand."""
    discs = scattered_discs(seed=15, count=2000, segments=16)
    national = memory_layer(
        "Polygon",
        [("operateur", field_types.INT)],
        [(d, [20801 + 9 * (i % 2)]) for i, d in enumerate(discs)],
        name="national",
    )
    path = str(tmp_path / "national.gpkg")
    processing.run("native:savefeatures", {"INPUT": national, "OUTPUT": path})
    counted = CountedLayer(path, "national", "ogr")
    territory = territory_layer()
    extent = territory.extent().buffered(1.0)  # the territory's box, as the algorithm grows it
    near = [f.id() for f in counted.getFeatures() if f.geometry().boundingBox().intersects(extent)]
    counted.read.clear()

    _zones, stats = gaps(counted, territory)

    assert counted.read, "the coverage was never read"
    assert set(counted.read) <= set(near)
    assert len(set(counted.read)) < len(discs) / 20
    cut = processing.run(
        "native:extractbylocation",
        {
            "INPUT": path,
            "PREDICATE": [0],
            "INTERSECT": memory_layer("Polygon", [], [(QgsGeometry.fromRect(extent), [])]),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    _zones, stats_cut = gaps(cut, territory)
    for unit, feature in by_unit(stats_cut).items():
        for name in ("area_blanche_km2", "area_grise_km2", "area_all_km2"):
            assert by_unit(stats)[unit][name] == pytest.approx(feature[name], rel=1e-9, abs=1e-12)
