"""servicecoverage reads its demand points in bulk (GDAL's Arrow stream) and writes them in bulk
to a GeoPackage: the outputs and messages are exactly those of the reading through QGIS, with
duplicate points, points exactly at the reach, zones, weights missing or negative, a subset
filter and a selection; a layer with a feature without a point is read through QGIS."""

import math

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from . import bulk_runs
from . import wifi_grid as grid
from .algorithm_runs import Recorder, output_layers

pytestmark = pytest.mark.usefixtures("tdathack_provider")

X0, Y0, R = grid.X0, grid.Y0, grid.RADIUS
OUTPUTS = ("OUTPUT_COVERAGE", "OUTPUT_DEMAND", "OUTPUT_STATS")
DEMAND = [  # name, weight, n, (x, y) or None
    ("at H00", 2.0, 1, (X0, Y0)),  # H00 and H00b: a tie, H00 first
    ("twice", 1.0, 2, (X0 + 40, Y0 + 30)),
    ("twice", 1.0, 3, (X0 + 40, Y0 + 30)),  # the same place
    ("exactly at the reach", None, 4, (X0 + 300 + R, Y0)),  # on a vertex of H10's circle
    ("just beyond", -1.0, 5, (X0 + 300 + R + 1e-6, Y0)),
    ("inside the polygon edge", 3.5, 6, (X0 + 600, Y0 + 300 + grid.INSCRIBED - 1e-6)),
    ("far", 5.0, 7, (X0 + 2000, Y0 + 1000)),
    ("é accents", 1.0, None, (X0 + 1190, Y0)),  # S50 reaches 50 m only
    ("on the zones' edge", 1.0, 10, (X0 + 300, Y0 + 100)),  # in W and E: the first, W
]


def demand_gpkg(path, rows=DEMAND):
    """The demand points in a GeoPackage (Lambert-93): name, weight and n typed as given."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("demand", srs, ogr.wkbPoint)
    for name, kind in (("name", ogr.OFTString), ("weight", ogr.OFTReal), ("n", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for name, weight, number, place in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in (("name", name), ("weight", weight), ("n", number)):
            if value is not None:
                feature.SetField(field, value)
        if place is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(*place)))
        layer.CreateFeature(feature)
    source = None
    return str(path)


def both_ways(monkeypatch, tmp_path, demand, **extra):
    """bulk_runs.both_ways() of servicecoverage on the wifi grid's hotspots and zones, and
    whether the bulk run read the demand in bulk."""
    parameters = {
        "SERVICES": grid.hotspots_layer(),
        "SERVICE_ID_FIELD": "hid",
        "RADIUS": R,
        "RADIUS_FIELD": "radius",
        "SEGMENTS": grid.SEGMENTS,
        "DEMAND": demand,
        "DEMAND_WEIGHT_FIELD": "weight",
        "ZONES": grid.zones_layer(),
        "ZONES_ID_FIELD": "code",
        **extra,
    }
    runs, in_bulk = bulk_runs.both_ways(
        monkeypatch, tmp_path, "tdathack:servicecoverage", parameters, OUTPUTS, temporary=True
    )
    return runs, in_bulk > 0


def assert_alike(runs):
    for output in ("gpkg", "memory"):
        assert runs["bulk", output] == runs["qgis", output], output


def test_points_of_a_geopackage_give_the_outputs_of_qgis(monkeypatch, tmp_path):
    runs, in_bulk = both_ways(monkeypatch, tmp_path, demand_gpkg(tmp_path / "demand.gpkg"))
    assert in_bulk
    assert_alike(runs)
    (_covered, (fields, rows), (_stat_fields, stats)), messages = runs["bulk", "gpkg"]
    assert fields == [
        "fid",
        "name",
        "weight",
        "n",
        "covered",
        "covered_share",
        "distance_m",
        "nearest_id",
    ]
    found = {(row[1], row[3]): row[4:] for row, _geometry in rows}
    assert found["at H00", 1] == [True, None, 0.0, "H00"]
    assert found["twice", 2] == found["twice", 3] == [True, None, 50.0, "H00"]
    assert found["exactly at the reach", 4] == [True, None, R, "H10"]
    assert found["just beyond", 5][0] is False
    edge = found["inside the polygon edge", 6]
    assert edge == [True, None, pytest.approx(grid.INSCRIBED - 1e-6, abs=1e-8), "H21"]
    assert found["far", 7] == [False, None, math.hypot(800, 700), "SN"]
    assert found["é accents", None] == [True, None, 10.0, "S50"]
    assert found["on the zones' edge", 10] == [True, None, R, "H10"]
    assert "7 of 9 demand features are within reach of a service." in messages
    # zone: demand_count, covered_count, demand_weight, covered_weight (no or negative weight: 0)
    assert {row[1]: row[5:7] + row[8:10] for row, _geometry in stats} == {
        "W": [4, 4, 5.0, 5.0],
        "E": [4, 3, 4.5, 4.5],
    }
    assert "1 demand features lie outside every zone." in messages
    assert any(line.startswith("1 features of") and "negative" in line for line in messages)


def test_subset_and_selection_are_read_as_qgis_reads_them(monkeypatch, tmp_path):
    path = demand_gpkg(tmp_path / "demand.gpkg")
    subset = QgsVectorLayer(path, "demand", "ogr")
    subset.setSubsetString('"n" > 2')
    runs, in_bulk = both_ways(monkeypatch, tmp_path / "subset", subset)
    assert in_bulk
    assert_alike(runs)
    assert len(runs["bulk", "gpkg"][0][1][1]) == 6  # n 3 to 7 and 10 (a NULL n is not > 2)

    selected = QgsVectorLayer(path, "demand", "ogr")
    QgsProject.instance().addMapLayer(selected)
    try:
        selected.selectByIds([8, 2, 4])
        definition = QgsProcessingFeatureSourceDefinition(selected.id(), True)
        runs, in_bulk = both_ways(monkeypatch, tmp_path / "selection", definition)
    finally:
        QgsProject.instance().removeMapLayer(selected.id())
    assert in_bulk
    assert_alike(runs)
    assert [row[0][0] for row in runs["bulk", "gpkg"][0][1][1]] == [2, 4, 8]


def test_a_feature_without_a_point_sends_the_layer_through_qgis(monkeypatch, tmp_path):
    rows = [*DEMAND, ("nowhere", 1.0, 9, None)]
    path = demand_gpkg(tmp_path / "demand.gpkg", rows)
    runs, _in_bulk = both_ways(monkeypatch, tmp_path, path)
    assert_alike(runs)
    nowhere = [row for row, _geometry in runs["bulk", "gpkg"][0][1][1] if row[1] == "nowhere"]
    assert nowhere == [[10, "nowhere", 1.0, 9, None, None, None, None]]
    feedback = Recorder()
    output_layers(
        "tdathack:servicecoverage",
        {"SERVICES": grid.hotspots_layer(), "RADIUS": R, "DEMAND": path},
        OUTPUTS,
        None,
        feedback,
    )
    assert any(
        line.endswith("feature by feature: some of its features have no point.")
        for line in feedback.lines
    )


def test_the_progress_bar_goes_forward_to_its_end(tmp_path):
    """Read in bulk, the demand is measured, then written: the bar never goes back and ends
    full."""
    seen = []
    feedback = Recorder()
    feedback.progressChanged.connect(seen.append)
    parameters = {
        "SERVICES": grid.hotspots_layer(),
        "RADIUS": R,
        "DEMAND": demand_gpkg(tmp_path / "demand.gpkg"),
        "ZONES": grid.zones_layer(),
        "ZONES_ID_FIELD": "code",
    }
    output_layers("tdathack:servicecoverage", parameters, OUTPUTS, tmp_path, feedback)
    assert not any("read through QGIS" in line for line in feedback.lines)  # in bulk
    assert seen == sorted(seen) and seen[-1] == 100
    assert len(set(seen)) >= 4
