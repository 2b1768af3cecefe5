"""measurementgrid reads its measures in bulk (GDAL's Arrow stream): the grid and the messages
are exactly those of the reading through QGIS, with measures without a point or a value,
text values, operators missing or given as codes, duplicate points, points on a cell's edge,
a subset filter and a selection; multipoints are read through QGIS."""

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from . import bulk_runs

pytestmark = pytest.mark.usefixtures("tdathack_provider")

SIZE = 500.0
X0, Y0 = 1400 * SIZE, 13200 * SIZE  # a cell corner, in Lambert-93
GRID = {"VALUE_FIELD": "bitrate", "CELL_SIZE": SIZE, "THRESHOLD": 8, "MIN_COUNT": 3}


def measures_gpkg(path, value_type=ogr.OFTReal, geometry_type=ogr.wkbPoint, count=400):
    """Measures in a GeoPackage: random bitrates over four cells per operator, then the odd
    ones listed in the comments (their feature ids follow the random ones)."""
    rng = np.random.default_rng(3)
    rows = [
        (x, y, float(v), code)
        for x, y, v, code in zip(
            X0 + rng.uniform(0, 2 * SIZE, count),
            Y0 + rng.uniform(0, 2 * SIZE, count),
            rng.lognormal(2.0, 1.0, count).round(3),
            rng.choice(["20801", "20810", "SFR", "Free"], count),
        )
    ]
    rows += [
        (X0 + SIZE, Y0 + SIZE, 12.0, "20801"),  # on the corner of four cells
        (X0 + SIZE, Y0 + SIZE, 12.0, "20801"),  # the same measure twice
        (X0 + SIZE, Y0 + 10, 3.0, None),  # on an edge, no operator
        (X0 + 10, Y0 + 10, None, "20801"),  # no value: skipped
        (None, None, 5.0, "20820"),  # no point: skipped
    ]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("measures", srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("bitrate", value_type))
    layer.CreateField(ogr.FieldDefn("operator", ogr.OFTString))
    for x, y, value, code in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if value is not None:
            feature.SetField("bitrate", value if value_type == ogr.OFTReal else f"{value:g}")
        if code is not None:
            feature.SetField("operator", code)
        if x is not None:
            point = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")
            if geometry_type == ogr.wkbMultiPoint:
                point = ogr.ForceToMultiPoint(point)
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def both_ways(monkeypatch, folder, layer, **extra):
    runs, in_bulk = bulk_runs.both_ways(
        monkeypatch,
        folder,
        "tdathack:measurementgrid",
        {"INPUT": layer, **GRID, **extra},
        ["OUTPUT"],
    )
    assert runs["bulk", "gpkg"] == runs["qgis", "gpkg"]
    ((_fields, cells),), messages = runs["bulk", "gpkg"]
    return [attributes for attributes, _geometry in cells], messages, in_bulk


@pytest.mark.parametrize("grid_type", [0, 1])
@pytest.mark.parametrize("operator_field", ["operator", ""])
def test_a_geopackage_read_in_bulk_gives_the_grid_of_qgis(
    monkeypatch, tmp_path, grid_type, operator_field
):
    path = measures_gpkg(tmp_path / "measures.gpkg")
    cells, messages, in_bulk = both_ways(
        monkeypatch, tmp_path, path, GRID_TYPE=grid_type, OPERATOR_FIELD=operator_field
    )
    assert in_bulk == 1
    assert "2 measures without a point or a number were skipped (features 404, 405)." in messages
    assert sum(cell[3] for cell in cells) == 403
    if operator_field:
        assert {cell[2] for cell in cells} == {"Orange", "SFR", "Free", ""}


def test_text_values_subset_and_selection(monkeypatch, tmp_path):
    path = measures_gpkg(tmp_path / "text.gpkg", value_type=ogr.OFTString)
    cells, messages, in_bulk = both_ways(monkeypatch, tmp_path / "text", path)
    assert in_bulk == 1
    assert sum(cell[3] for cell in cells) == 403

    subset = QgsVectorLayer(path, "measures", "ogr")
    subset.setSubsetString("\"operator\" = 'SFR'")
    cells, _messages, in_bulk = both_ways(monkeypatch, tmp_path / "subset", subset)
    assert in_bulk == 1
    assert {cell[2] for cell in cells} == {None}

    selected = QgsVectorLayer(path, "measures", "ogr")
    QgsProject.instance().addMapLayer(selected)
    try:
        selected.selectByIds(list(range(1, 406, 2)))
        definition = QgsProcessingFeatureSourceDefinition(selected.id(), True)
        cells, messages, in_bulk = both_ways(monkeypatch, tmp_path / "selection", definition)
    finally:
        QgsProject.instance().removeMapLayer(selected.id())
    assert in_bulk == 1
    assert sum(cell[3] for cell in cells) == 202  # 203 odd ids, 405 has no point
    assert "1 measures without a point or a number were skipped (features 405)." in messages


def test_multipoints_are_read_through_qgis(monkeypatch, tmp_path):
    path = measures_gpkg(tmp_path / "multi.gpkg", geometry_type=ogr.wkbMultiPoint)
    cells, _messages, in_bulk = both_ways(monkeypatch, tmp_path, path)
    assert in_bulk == 0
    assert sum(cell[3] for cell in cells) == 403
