"""tdathack:fibrepro: known distances, size classes, clusters, realistic data, bad input."""

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)

from tdathack_plugin.coverage import sirene
from tdathack_plugin.coverage.clusters import NOISE, dbscan
from tdathack_plugin.coverage.points import nearest
from tdathack_plugin.toolbelt import field_types

from . import synthetic_aveyron
from .algorithm_runs import Recorder, output_layers
from .native_chains import dbscan_native, nearest_native
from .squares import memory_layer, rect

pytestmark = pytest.mark.usefixtures("tdathack_provider")

X, Y = 700000.0, 6600000.0
SIRENE_FIELDS = [
    ("siret", field_types.STRING),
    ("trancheEffectifsEtablissement", field_types.STRING),
    ("etatAdministratifEtablissement", field_types.STRING),
]


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def establishments(rows, crs="EPSG:2154"):
    """rows: (siret, dx, dy, size code, state) around (X, Y); dx None: no geometry."""
    return memory_layer(
        "Point",
        SIRENE_FIELDS,
        [
            (QgsGeometry() if dx is None else point(X + dx, Y + dy), [siret, size, state])
            for siret, dx, dy, size, state in rows
        ],
        crs,
        "etablissements",
    )


def eligible_points():
    rows = [(point(X, Y), ["E1", 1]), (point(X + 1000, Y), ["E2", 1]), (point(X + 5, Y), ["E3", 0])]
    return memory_layer("Point", [("imb_id", field_types.STRING), ("fo", field_types.INT)], rows)


KNOWN = [
    ("a", 10, 0, "11", "A"),  # 10 m from E1: eligible
    ("b", 0, 30, "01", "A"),  # exactly 30 m: eligible
    ("c", 40, 0, "53", "A"),  # 40 m: not eligible
    ("d", 700, 0, "NN", "A"),  # 300 m from E2
    ("e", 0, 0, "11", "F"),  # closed: left out
]


def fibre(source, eligible, tmp_path=None, feedback=None, **extra):
    names = ("OUTPUT_ESTABLISHMENTS", "OUTPUT_STATS", "OUTPUT_PRIORITY")
    parameters = {"ESTABLISHMENTS": source, "ELIGIBLE": eligible, **extra}
    return output_layers("tdathack:fibrepro", parameters, names, tmp_path, feedback)


def by(layer, field):
    return {f[field]: f for f in layer.getFeatures()}


def test_known_distances_sizes_and_stats(tmp_path):
    feedback = Recorder()
    found, stats, _priority = fibre(
        establishments(KNOWN),
        eligible_points(),
        tmp_path,
        feedback,
        ELIGIBLE_FILTER='"fo" = 1',
        ELIGIBLE_ID_FIELD="imb_id",
    )
    assert found.crs().authid() == "EPSG:2154"
    assert found.fields().names()[-8:] == [
        "size_class",
        "size_label",
        "employees_est",
        "eligible",
        "distance_m",
        "nearest_id",
        "zone_id",
        "cluster_id",
    ]
    rows = by(found, "siret")
    assert sorted(rows) == ["a", "b", "c", "d"]
    expected = {
        "a": (10, "E1", True),
        "b": (30, "E1", True),
        "c": (40, "E1", False),
        "d": (300, "E2", False),
    }
    for siret, (distance, nearest_id, eligible) in expected.items():
        assert rows[siret]["distance_m"] == pytest.approx(distance, abs=1e-9)
        assert rows[siret]["nearest_id"] == nearest_id
        assert bool(rows[siret]["eligible"]) is eligible
    assert rows["a"]["size_label"] == "10 to 19 employees"
    assert rows["c"]["employees_est"] == 10000
    assert any(
        line.startswith("1 closed establishments were left out (features ")
        for line in feedback.lines
    )
    assert "Eligible features kept by the filter: 2." in feedback.lines
    total = next(f for f in stats.getFeatures() if f["size_class"] == "all")
    assert total["zone_name"] == "All zones"
    assert (total["establishments"], total["eligible"], total["ineligible"]) == (4, 2, 2)
    assert total["eligible_pct"] == pytest.approx(50.0)
    assert total["employees_est"] == pytest.approx(14.5 + 1.5 + 10000 + 0)
    assert total["employees_ineligible"] == pytest.approx(10000)
    assert [f["size_class"] for f in stats.getFeatures()] == ["NN", "01", "11", "53", "all"]


def test_min_size_keeps_larger_classes_and_unknown_codes():
    rows = [*KNOWN, ("x", 5, 5, "XX", "A"), ("y", 6, 6, None, "A")]
    feedback = Recorder()
    found, stats, _ = fibre(
        establishments(rows),
        eligible_points(),
        feedback=feedback,
        MIN_SIZE=sirene.CODES.index("11"),
    )
    assert sorted(by(found, "siret")) == ["a", "c", "x"]
    assert by(found, "siret")["x"]["size_class"] == "?"
    assert "1 establishments have an unknown size code (XX): kept in the class '?'." in (
        feedback.lines
    )
    assert any(
        line.startswith("3 establishments below the smallest size class were left out (features ")
        for line in feedback.lines
    )
    assert "?" in {f["size_class"] for f in stats.getFeatures()}


def test_size_codes_from_insee_codes_and_ods_labels():
    assert [sirene.size_code(v) for v in ("11", 11, "11.0", 3.0, "03", None, "")] == [
        "11",
        "11",
        "11",
        "03",
        "03",
        "NN",
        "NN",
    ]
    assert sirene.size_code("50 à 99 salariés") == "21"
    assert sirene.size_code("1 ou 2 salariés") == "01"
    assert sirene.size_code("10 000 salariés et plus") == "53"
    assert sirene.size_code("Unités non employeuses") == "NN"
    assert sirene.size_code("beaucoup") == sirene.UNKNOWN
    assert sirene.mid_point("12") == 34.5
    assert sirene.label("42") == "1 000 to 1 999 employees"


def test_eligible_polygons_count_inside_and_near():
    zone = memory_layer(
        "Polygon", [("name", field_types.STRING)], [(rect((X, Y, X + 100, Y + 100)), ["ZA"])]
    )
    rows = [("in", 50, 50, "11", "A"), ("near", 120, 50, "11", "A"), ("far", 200, 50, "11", "A")]
    found, _stats, _ = fibre(establishments(rows), zone)
    rows = by(found, "siret")
    assert rows["in"]["distance_m"] == 0 and rows["in"]["nearest_id"] == 1
    assert rows["near"]["distance_m"] == pytest.approx(20) and rows["near"]["eligible"]
    assert rows["far"]["distance_m"] == pytest.approx(100) and not rows["far"]["eligible"]


def test_priority_clusters_are_ranked_by_employees():
    rows = [(f"s{i}", 500 + 50 * i, 500, "NN", "A") for i in range(3)]  # 3 small, 50 m apart
    rows += [(f"l{i}", 3000 + 40 * i, 3000, "21", "A") for i in range(3)]  # 3 of 50-99
    rows += [("alone", 9000, 9000, "53", "A")]
    found, _stats, priority = fibre(
        establishments(rows), eligible_points(), CLUSTER_DISTANCE=60, CLUSTER_MIN_POINTS=3
    )
    assert priority.featureCount() == 2
    first, second = sorted(priority.getFeatures(), key=lambda f: f["rank"])
    assert (first["establishments"], first["employees_est"]) == (3, 3 * 74.5)
    assert first["establishments_10_plus"] == 3
    assert (second["establishments"], second["employees_est"]) == (3, 0)
    assert not by(found, "siret")["alone"]["cluster_id"]
    for shape in priority.getFeatures():
        members = [f for f in found.getFeatures() if f["cluster_id"] == shape["cluster_id"]]
        assert all(shape.geometry().contains(f.geometry()) for f in members)


def test_nearest_is_exact_against_brute_force():
    rng = np.random.default_rng(3)
    targets = np.vstack([rng.random((4000, 2)) * 5000, rng.random((50, 2)) * 100 + 90000])
    queries = np.vstack([rng.random((1500, 2)) * 7000 - 1000, [[1e6, 1e6], [-5e5, 2e3]]])
    distance, index = nearest(queries, targets)
    brute = np.sqrt(((queries[:, None, :] - targets[None, :, :]) ** 2).sum(axis=2))
    assert np.array_equal(index, brute.argmin(axis=1))
    assert np.allclose(distance, brute.min(axis=1), rtol=0, atol=1e-9)


@pytest.mark.parametrize(("radius", "min_points"), [(60, 4), (120, 3), (40, 1), (80, 2)])
def test_dbscan_gives_the_clusters_of_native_dbscanclustering(radius, min_points):
    rng = np.random.default_rng(radius)
    centres = rng.random((12, 2)) * 4000
    xy = np.vstack([rng.normal(c, 70, (60, 2)) for c in centres] + [rng.random((300, 2)) * 4000])
    layer = memory_layer(
        "Point", [("key", field_types.INT)], [(point(x, y), [i]) for i, (x, y) in enumerate(xy)]
    )
    ours = dbscan(xy, radius, min_points)
    native = dbscan_native(layer, "key", radius, min_points)
    assert {i: int(c) + 1 for i, c in enumerate(ours) if c != NOISE} == native


def test_aveyron_synthetic_matches_join_by_nearest_and_dbscan(tmp_path):
    data = synthetic_aveyron.generate(3000, 12000, seed=7)
    buildings = synthetic_aveyron.buildings_layer(data)
    found, stats, priority = fibre(
        synthetic_aveyron.establishments_layer(data),
        buildings,
        tmp_path,
        ELIGIBLE_FILTER='"fo" = 1',
        ELIGIBLE_ID_FIELD="imb_id",
        ZONES=str(synthetic_aveyron.SAMPLE / "communes-12-aveyron.geojson"),
        ZONES_ID_FIELD="code",
        CLUSTER_DISTANCE=800,
        CLUSTER_MIN_POINTS=3,
    )
    kept = found.featureCount()
    closed = int((data.establishments["etatAdministratifEtablissement"] == "F").sum())
    centroid = int(
        (
            (data.establishments["qualite_xy"] == "33")
            & (data.establishments["etatAdministratifEtablissement"] == "A")
        ).sum()
    )
    assert kept == 3000 - closed - centroid
    ready = processing.run(
        "native:extractbyexpression",
        {"INPUT": buildings, "EXPRESSION": '"fo" = 1', "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    native = nearest_native(found, ready, "siret", "imb_id")
    for feature in found.getFeatures():
        distance, nearest_id = native[feature["siret"]]
        assert feature["distance_m"] == pytest.approx(distance, abs=1e-6)
        assert feature["nearest_id"] == nearest_id
        assert bool(feature["eligible"]) is (distance <= 30)
    without = processing.run(
        "native:extractbyexpression",
        {"INPUT": found, "EXPRESSION": 'NOT "eligible"', "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    clusters = dbscan_native(without, "siret", 800, 3)
    assert clusters  # the data has clusters to compare
    ours = {f["siret"]: f["cluster_id"] for f in found.getFeatures() if f["cluster_id"]}
    assert ours == clusters
    assert priority.featureCount() == len(set(clusters.values()))
    totals = [f for f in stats.getFeatures() if f["size_class"] == "all"]
    assert sum(f["establishments"] for f in totals) == kept
    assert sum(f["eligible"] for f in found.getFeatures()) == sum(f["eligible"] for f in totals)


def test_synthetic_data_is_reproducible():
    first, second = (synthetic_aveyron.generate(500, 2000, seed=3) for _ in range(2))
    assert np.array_equal(first.establishments_xy, second.establishments_xy)
    assert np.array_equal(first.buildings_fo, second.buildings_fo)
    assert list(first.establishments["trancheEffectifsEtablissement"]) == list(
        second.establishments["trancheEffectifsEtablissement"]
    )


def test_geographic_input_gives_the_same_distances_in_lambert93():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    layers = [
        processing.run(
            "native:reprojectlayer",
            {"INPUT": layer, "TARGET_CRS": wgs84, "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
        for layer in (establishments(KNOWN), eligible_points())
    ]
    found, _stats, _ = fibre(*layers, ELIGIBLE_FILTER='"fo" = 1')
    assert found.crs().authid() == "EPSG:2154"
    assert by(found, "siret")["c"]["distance_m"] == pytest.approx(40, abs=1e-6)


def test_establishments_without_geometry_are_counted_and_all_missing_is_an_error(tmp_path):
    feedback = Recorder()
    found, _stats, _ = fibre(
        establishments([*KNOWN, ("g", None, None, "11", "A")]), eligible_points(), feedback=feedback
    )
    assert found.featureCount() == 4
    assert any(
        line.startswith("1 establishments without a location were left out (features ")
        for line in feedback.lines
    )
    with pytest.raises(QgsProcessingException, match="No establishment left to analyse"):
        fibre(establishments([("g", None, None, "11", "A")]), eligible_points(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_geographic_computation_crs_is_refused(tmp_path):
    with pytest.raises(
        QgsProcessingException,
        match="The computation CRS must be projected in metres, not EPSG:4326",
    ):
        fibre(establishments(KNOWN), eligible_points(), tmp_path, METRIC_CRS="EPSG:4326")
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_output(tmp_path):
    data = synthetic_aveyron.generate(2000, 5000, seed=5)
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        fibre(
            synthetic_aveyron.establishments_layer(data),
            synthetic_aveyron.buildings_layer(data),
            tmp_path,
            feedback=Recorder(cancel_at=75),
        )
    assert list(tmp_path.iterdir()) == []
