"""tdathack:servicecoverage: known answers, real Paris data against the native chain, bad input."""

from pathlib import Path

import processing
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from tdathack_plugin.toolbelt import field_types

from . import wifi_grid as grid
from .algorithm_runs import Recorder, loaded_in_french, output_layers
from .native_chains import service_coverage_native, without_map_fields
from .squares import memory_layer

pytestmark = pytest.mark.usefixtures("tdathack_provider")

PARIS = Path(__file__).resolve().parent.parent / "sample_data" / "paris"
HOTSPOTS = str(PARIS / "sites-disposant-du-service-paris-wi-fi.geojson")
MARKETS = str(PARIS / "marches-decouverts.geojson")
ARRONDISSEMENTS = str(PARIS / "arrondissements.geojson")
TOILETS = str(PARIS / "sanisettesparis.geojson")
OPERATIONAL = "\"etat2\" = 'Opérationnel'"
OUTPUTS = ("OUTPUT_COVERAGE", "OUTPUT_DEMAND", "OUTPUT_STATS")


def coverage(services, demand, tmp_path=None, feedback=None, **extra):
    """(covered area, demand, statistics) layers of one run."""
    parameters = {"SERVICES": services, "DEMAND": demand, **extra}
    return output_layers("tdathack:servicecoverage", parameters, OUTPUTS, tmp_path, feedback)


def grid_run(demand, **extra):
    return coverage(
        grid.hotspots_layer(),
        demand,
        RADIUS=grid.RADIUS,
        RADIUS_FIELD="radius",
        SEGMENTS=grid.SEGMENTS,
        SERVICE_ID_FIELD="hid",
        **extra,
    )


def by(layer, field):
    return {f[field]: f for f in layer.getFeatures()}


def test_grid_points_covered_distance_nearest_and_zones_exact():
    feedback = Recorder()
    covered, demand, stats = grid_run(
        grid.points_layer(),
        ZONES=grid.zones_layer(),
        ZONES_ID_FIELD="code",
        DEMAND_WEIGHT_FIELD="w",
        feedback=feedback,
    )
    assert (
        "1 services without a point or with a reach of 0 were skipped (features 10)."
        in feedback.lines
    )
    assert "1 demand features lie outside every zone." in feedback.lines
    assert demand.crs().authid() == "EPSG:2154"
    assert demand.fields().names() == [
        "pid",
        "w",
        "covered",
        "covered_share",
        "distance_m",
        "nearest_id",
    ]
    assert demand.featureCount() == len(grid.POINTS)  # every demand feature, even without point
    rows = by(demand, "pid")
    for pid, _geometry, _weight, (is_covered, distance, nearest, _zone) in grid.POINTS:
        row = rows[pid]
        if is_covered is None:
            assert [row[n] for n in ("covered", "distance_m", "nearest_id")] == [NULL] * 3
            continue
        assert row["covered"] == is_covered, pid
        assert row["distance_m"] == pytest.approx(distance, abs=1e-6), pid
        assert row["nearest_id"] == nearest, pid
        assert row["covered_share"] == NULL  # points: covered or not

    areas = by(covered, "zone_id")
    for code, expected in grid.COVERED_AREA.items():
        assert areas[code]["area_m2"] == pytest.approx(expected, rel=1e-9)
        assert areas[code].geometry().area() == pytest.approx(expected, rel=1e-9)
    assert areas["W"]["n_services"] == 5  # H00, H00b, H01 and the halves of H10, H11
    zones = by(stats, "zone_id")
    w, e = zones["W"], zones["E"]
    assert w["area_m2"] == pytest.approx(500 * 700, rel=1e-12)
    assert w["covered_area_pct"] == pytest.approx(100 * 3 * grid.POLYGON_AREA / 350000, rel=1e-9)
    # W: P1 (weight 2) and P4 within reach, P2 just outside a side, P3 inside towards a vertex.
    assert (w["demand_count"], w["covered_count"]) == (4, 3)
    assert (w["demand_weight"], w["covered_weight"]) == (5.0, 4.0)
    assert w["covered_weight_pct"] == pytest.approx(80.0)
    assert (e["demand_count"], e["covered_count"], e["covered_weight"]) == (1, 1, 3.0)


def test_grid_without_zones_dissolves_everything_once():
    covered, _demand, stats = grid_run(grid.points_layer())
    assert covered.featureCount() == 1
    (total,) = covered.getFeatures()
    assert total["zone_id"] == NULL
    assert total["n_services"] == 9  # S0 (radius 0) is not a service
    assert total["area_m2"] == pytest.approx(grid.TOTAL_COVERED_AREA, rel=1e-9)
    (row,) = stats.getFeatures()
    assert row["area_m2"] == NULL and row["covered_area_pct"] == NULL
    assert (row["demand_count"], row["covered_count"]) == (6, 4)
    assert row["covered_count_pct"] == pytest.approx(100 * 4 / 6)


def test_grid_polygons_covered_share_exact():
    _covered, demand, stats = grid_run(grid.polygons_layer(), DEMAND_WEIGHT_FIELD="w")
    rows = by(demand, "pid")
    for pid, _box, (share, distance, nearest) in grid.POLYGONS:
        assert rows[pid]["covered_share"] == pytest.approx(share, rel=1e-9, abs=1e-12), pid
        assert rows[pid]["covered"] == (share > 0), pid
        assert rows[pid]["distance_m"] == pytest.approx(distance, abs=1e-6), pid
        assert rows[pid]["nearest_id"] == nearest, pid
    (row,) = stats.getFeatures()
    expected_weight = sum(share for _pid, _box, (share, _d, _n) in grid.POLYGONS)
    assert row["covered_weight"] == pytest.approx(expected_weight, rel=1e-9)


def test_default_id_is_the_feature_id_and_radius_the_parameter():
    layer = grid.hotspots_layer()
    _covered, demand, _stats = coverage(
        layer, grid.points_layer(), RADIUS=60, SEGMENTS=grid.SEGMENTS
    )
    fid = {f["hid"]: f.id() for f in layer.getFeatures()}
    rows = by(demand, "pid")
    assert demand.fields().field("nearest_id").type() == QVariant.LongLong
    assert rows["P1"]["nearest_id"] == fid["H00"]
    assert rows["P1"]["covered"]
    assert not rows["P3"]["covered"]  # 99.6 m away: beyond 60 m
    assert rows["P7"]["nearest_id"] == fid["S50"]


@pytest.fixture(scope="module")
def paris_markets(tdathack_provider):
    """Markets against the operational hotspots at 100 m: ours and the native chain's."""
    ours = coverage(
        HOTSPOTS,
        MARKETS,
        SERVICE_FILTER=OPERATIONAL,
        SERVICE_ID_FIELD="idpw",
        ZONES=ARRONDISSEMENTS,
        ZONES_ID_FIELD="c_ar",
        RADIUS=100,
    )
    native = service_coverage_native(
        HOTSPOTS,
        MARKETS,
        "id_marche",
        ARRONDISSEMENTS,
        "c_ar",
        service_id="idpw",
        service_filter=OPERATIONAL,
    )
    return ours, native


def test_paris_markets_equal_the_native_chain(paris_markets):
    (covered, demand, stats), (native, native_zones) = paris_markets
    assert demand.featureCount() == 81
    rows = by(demand, "id_marche")
    assert set(rows) == set(native)
    uncovered = sorted(rows[k]["nom_long"] for k in rows if not rows[k]["covered"])
    assert uncovered == sorted(rows[k]["nom_long"] for k, v in native.items() if not v[0])
    assert len(uncovered) == 56
    for key, (_covered, share, distance, nearest) in native.items():
        assert rows[key]["covered_share"] == pytest.approx(share, rel=1e-6, abs=1e-9), key
        assert rows[key]["distance_m"] == pytest.approx(distance, abs=1e-6), key
        if rows[key]["nearest_id"] != nearest:  # a tie: another hotspot just as near
            hub = next(
                f
                for f in QgsVectorLayer(HOTSPOTS).getFeatures()
                if f["idpw"] == rows[key]["nearest_id"]
            )
            assert hub["etat2"] == "Opérationnel", key
    areas = by(covered, "zone_id")
    assert set(areas) == set(native_zones)
    for code, area in native_zones.items():
        assert areas[code]["area_m2"] == pytest.approx(area, rel=1e-9), code
    zones = by(stats, "zone_id")
    assert len(zones) == 20
    assert sum(z["demand_count"] for z in zones.values()) == 81
    assert sum(z["covered_count"] for z in zones.values()) == 81 - len(uncovered)
    for code, zone in zones.items():
        assert zone["covered_area_m2"] == pytest.approx(native_zones.get(code, 0.0), rel=1e-9)
        assert zone["covered_area_pct"] == pytest.approx(
            100 * zone["covered_area_m2"] / zone["area_m2"], rel=1e-12
        )


def test_paris_multipoint_toilets_equal_the_native_chain(tmp_path):
    numbered = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": without_map_fields(TOILETS),
            "FIELD_NAME": "key",
            "FIELD_TYPE": 1,
            "FIELD_LENGTH": 0,
            "FIELD_PRECISION": 0,
            "FORMULA": "$id",
            "OUTPUT": str(tmp_path / "toilets.gpkg"),
        },
    )["OUTPUT"]
    numbered = QgsVectorLayer(numbered, "toilets", "ogr")
    assert numbered.wkbType() == QgsVectorLayer(TOILETS).wkbType()  # MultiPoint
    _covered, demand, _stats = coverage(
        HOTSPOTS, numbered, SERVICE_FILTER=OPERATIONAL, SERVICE_ID_FIELD="idpw"
    )
    native, _zones = service_coverage_native(
        HOTSPOTS, numbered, "key", service_id="idpw", service_filter=OPERATIONAL
    )
    rows = by(demand, "key")
    assert len(rows) == len(native) == 615
    assert {k for k in rows if rows[k]["covered"]} == {k for k, v in native.items() if v[0]}
    for key, (_covered, _share, distance, _nearest) in native.items():
        assert rows[key]["distance_m"] == pytest.approx(distance, abs=1e-6), key


def test_demand_in_another_crs_gives_the_same_answer(tmp_path):
    reprojected = processing.run(
        "native:reprojectlayer",
        {
            "INPUT": without_map_fields(MARKETS),
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:3857"),
            "OUTPUT": str(tmp_path / "markets.gpkg"),
        },
    )["OUTPUT"]
    reprojected = QgsVectorLayer(reprojected, "markets", "ogr")
    assert reprojected.crs().authid() == "EPSG:3857"
    _c, theirs, _s = coverage(HOTSPOTS, reprojected, SERVICE_ID_FIELD="idpw")
    _c, ours, _s = coverage(HOTSPOTS, MARKETS, SERVICE_ID_FIELD="idpw")
    assert theirs.crs().authid() == ours.crs().authid() == "EPSG:2154"
    mine = by(ours, "id_marche")
    for key, row in by(theirs, "id_marche").items():
        assert row["covered"] == mine[key]["covered"]
        assert row["distance_m"] == pytest.approx(mine[key]["distance_m"], abs=1e-3)


def test_map_fields_are_written_as_json_text(tmp_path):
    _c, demand, _s = coverage(HOTSPOTS, MARKETS, tmp_path)
    first = next(demand.getFeatures())
    assert demand.fields().field("geo_point_2d").type() == QVariant.String
    assert first["geo_point_2d"].startswith('{"lat": 48.')


@pytest.mark.parametrize("radius", [0, -5])
def test_radius_must_be_positive(tmp_path, radius):
    message = (
        rf'"Reach of each service \(metres\)" \(RADIUS\) must be a number above 0, not {radius}\.'
    )
    with pytest.raises(QgsProcessingException, match=message):
        coverage(HOTSPOTS, MARKETS, tmp_path, RADIUS=radius)
    assert list(tmp_path.iterdir()) == []


def test_no_service_left_is_a_clear_error(tmp_path):
    with pytest.raises(
        QgsProcessingException,
        match="No service point: the layer is empty or " "the filter keeps none.",
    ):
        coverage(HOTSPOTS, MARKETS, tmp_path, SERVICE_FILTER="\"etat2\" = 'Inconnu'")
    empty = memory_layer("Point", [("hid", field_types.STRING)], [])
    with pytest.raises(QgsProcessingException, match=r"\(SERVICES\) has no feature"):
        coverage(empty, MARKETS, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_null_service_geometries_are_skipped_and_counted():
    rows = [(QgsGeometry(), ["ghost"]), (QgsGeometry(QgsPoint(grid.X0, grid.Y0)), ["real"])]
    services = memory_layer("Point", [("hid", field_types.STRING)], rows)
    feedback = Recorder()
    _c, demand, _s = coverage(
        services, grid.points_layer(), feedback=feedback, SERVICE_ID_FIELD="hid"
    )
    assert (
        "1 services without a point or with a reach of 0 were skipped (features 1)."
        in feedback.lines
    )
    assert {f["nearest_id"] for f in demand.getFeatures()} == {"real", NULL}


def test_empty_demand_and_zones_without_id_are_clear_errors(tmp_path):
    empty = memory_layer("Point", [("pid", field_types.STRING)], [])
    with pytest.raises(QgsProcessingException, match=r"\(DEMAND\) has no feature"):
        coverage(HOTSPOTS, empty, tmp_path)
    with pytest.raises(QgsProcessingException, match=r"Give \"Zone id field\" \(ZONES_ID_FIELD\)"):
        coverage(HOTSPOTS, MARKETS, tmp_path, ZONES=ARRONDISSEMENTS)
    assert list(tmp_path.iterdir()) == []


def test_cancel_mid_way_leaves_no_output(tmp_path):
    many = memory_layer(
        "Point",
        [("pid", field_types.INT)],
        [(QgsGeometry(QgsPoint(grid.X0 + i % 500, grid.Y0 + i // 500)), [i]) for i in range(25000)],
    )
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        coverage(grid.hotspots_layer(), many, tmp_path, feedback=Recorder(cancel_at=20))
    assert list(tmp_path.iterdir()) == []


def test_loaded_demand_has_a_french_legend():
    parameters = {
        "SERVICES": grid.hotspots_layer(),
        "DEMAND": grid.points_layer(),
        **dict.fromkeys(OUTPUTS, "TEMPORARY_OUTPUT"),
    }
    with loaded_in_french("tdathack:servicecoverage", parameters, "distance_m") as demand:
        categories = demand.renderer().categories()
        assert [c.label() for c in categories] == ["À portée d'un service", "Hors de portée"]
        assert categories[0].symbol().color().name() == "#1a9641"
