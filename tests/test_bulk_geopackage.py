"""Points written in bulk into a GeoPackage table: what QGIS reads back, spatial index included."""

import sqlite3
from contextlib import closing

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from tdathack_plugin.processing.bulk_geopackage import GeoPackageTable, values_fit
from tdathack_plugin.processing.outputs import _file_of
from tdathack_plugin.toolbelt import field_types

from .algorithm_runs import small_disk
from .clustered_points import write_points

NAMES = ["fid", "name", "value", "flag", "count"]


def empty_table(path, with_fid=True):
    """An empty point table (Lambert-93) created by QGIS's writer, as Processing does; the
    table is named after the file."""
    kinds = (
        field_types.LONG,
        field_types.STRING,
        field_types.DOUBLE,
        field_types.BOOL,
        field_types.INT,
    )
    columns = [(n, k, []) for n, k in zip(NAMES, kinds) if with_fid or n != "fid"]
    write_points(path, [], columns)
    return GeoPackageTable.find(str(path), None)


def random_points(count, seed):
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(600000, 700000, count), rng.uniform(6.3e6, 6.4e6, count)])
    xy[: count // 10] = np.round(xy[: count // 10] / 1000) * 1000  # duplicates on a grid
    fids = np.arange(7, 7 + 3 * count, 3)
    columns = [
        fids.tolist(),
        [f"é{i % 13}" if i % 4 else None for i in range(count)],
        [float(x) for x in xy[:, 0]],
        [bool(i % 2) for i in range(count)],
        [i % 7 if i % 5 else None for i in range(count)],
    ]
    return fids, xy, columns


def rtree_check(path):
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT rtreecheck('rtree_points_geom')").fetchone()[0]


@pytest.mark.parametrize("count", [0, 1, 51, 52, 2601, 2602, 30000])
def test_bulk_points_read_back_by_qgis_with_a_valid_spatial_index(tmp_path, count):
    path = tmp_path / "points.gpkg"
    table = empty_table(path)
    fids, xy, columns = random_points(count, seed=count)
    assert table.accepts(NAMES) and values_fit(NAMES, columns)
    shares = []
    table.append_points(NAMES, columns, xy, shares.append)
    assert shares == sorted(shares) and shares[-1] == 0.8
    assert rtree_check(path) == "ok"
    layer = QgsVectorLayer(f"{path}|layername=points", "points", "ogr")
    assert layer.isValid() and layer.featureCount() == count
    assert layer.crs().authid() == "EPSG:2154" and layer.fields().names() == NAMES
    assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    if count:
        extent = layer.extent()
        bounds = (extent.xMinimum(), extent.xMaximum(), extent.yMinimum(), extent.yMaximum())
        expected = (xy[:, 0].min(), xy[:, 0].max(), xy[:, 1].min(), xy[:, 1].max())
        assert bounds == pytest.approx(expected, abs=1e-6)
        for number in {0, count // 2, count - 1}:
            feature = layer.getFeature(int(fids[number]))
            assert feature.geometry().asPoint() == QgsPointXY(*xy[number])
            values = [None if v == QVariant() or v is None else v for v in feature.attributes()]
            assert values[1:] == [column[number] for column in columns[1:]]
    rng = np.random.default_rng(1)
    for _ in range(30):  # every window finds exactly the points inside it
        x0, y0 = rng.uniform(600000, 700000), rng.uniform(6.3e6, 6.4e6)
        side = rng.choice([10.0, 1000.0, 30000.0])
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(x0, y0, x0 + side, y0 + side))
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        found = sorted(feature.id() for feature in layer.getFeatures(request))
        inside = (xy[:, 0] >= x0) & (xy[:, 0] <= x0 + side)
        inside &= (xy[:, 1] >= y0) & (xy[:, 1] <= y0 + side)
        assert found == sorted(fids[inside].tolist())


def test_a_table_written_in_bulk_can_be_edited_afterwards(tmp_path):
    path = tmp_path / "points.gpkg"
    fids, xy, columns = random_points(500, seed=3)
    empty_table(path).append_points(NAMES, columns, xy, lambda share: None)
    layer = QgsVectorLayer(f"{path}|layername=points", "points", "ogr")
    layer.startEditing()
    added = QgsFeature(layer.fields())
    added.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650000.5, 6350000.5)))
    layer.addFeature(added)
    layer.deleteFeature(int(fids[0]))
    layer.changeGeometry(int(fids[1]), QgsGeometry.fromPointXY(QgsPointXY(1, 2)))
    assert layer.commitChanges()
    assert rtree_check(path) == "ok"
    fresh = QgsVectorLayer(f"{path}|layername=points", "points", "ogr")
    assert fresh.featureCount() == 500
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(0, 0, 10, 10))
    assert [feature.id() for feature in fresh.getFeatures(request)] == [int(fids[1])]


def test_without_fid_values_rows_are_numbered_from_one(tmp_path):
    path = tmp_path / "points.gpkg"
    table = empty_table(path, with_fid=False)
    _fids, xy, columns = random_points(100, seed=4)
    assert table.accepts(NAMES[1:]) and values_fit(NAMES[1:], columns[1:])
    table.append_points(NAMES[1:], columns[1:], xy, lambda share: None)
    layer = QgsVectorLayer(f"{path}|layername=points", "points", "ogr")
    assert sorted(feature.id() for feature in layer.getFeatures()) == list(range(1, 101))
    assert rtree_check(path) == "ok"


def test_what_cannot_go_in_bulk(tmp_path):
    table = empty_table(tmp_path / "points.gpkg")
    _fids, _xy, columns = random_points(10, seed=5)
    assert table.accepts(["FID", *NAMES[1:]])  # SQLite names ignore case
    assert not table.accepts(NAMES[:-1])  # a column missing
    assert not table.accepts([*NAMES[:-1], "other"])  # a column of another name
    assert not table.accepts([*NAMES, "Name"])  # the same column twice
    dates = [*columns[:-1], [QDate(2024, 1, 1)] * 10]
    assert not values_fit(NAMES, dates)  # values QGIS would have to convert
    twice = [[1] * 10, *columns[1:]]
    assert not values_fit(NAMES, twice)  # feature ids not distinct
    assert values_fit(NAMES[1:], columns[1:])


def test_a_full_disk_is_reported_as_such_and_adds_nothing(tmp_path, monkeypatch):
    path = tmp_path / "points.gpkg"
    table = empty_table(path)
    fids, xy, columns = random_points(20000, seed=7)
    small_disk(monkeypatch, 200)
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        table.append_points(NAMES, columns, xy, lambda share: None)
    monkeypatch.undo()
    assert QgsVectorLayer(f"{path}|layername=points", "points", "ogr").featureCount() == 0
    assert rtree_check(path) == "ok"


@pytest.mark.parametrize(
    "destination, path",
    [
        ("/data/out.gpkg", "/data/out.gpkg"),
        ("/data/out.GPKG", "/data/out.GPKG"),
        ("/data/out.shp", "/data/out.shp"),
        ("/data/out", "/data/out.gpkg"),
        ("/data/out.gpkg|layername=t", "/data/out.gpkg|layername=t.gpkg"),
        ("ogr:dbname='/data/out.gpkg' table=\"t\" (geom)", ""),
        ("memory:", ""),
    ],
)
def test_the_file_of_a_destination_is_the_one_qgis_writes(destination, path):
    assert _file_of(destination) == path


def test_cancel_during_the_insert_adds_nothing(tmp_path):
    path = tmp_path / "points.gpkg"
    table = empty_table(path)
    fids, xy, columns = random_points(120000, seed=6)

    def cancel_after_first_step(share):
        if share > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        table.append_points(NAMES, columns, xy, cancel_after_first_step)
    layer = QgsVectorLayer(f"{path}|layername=points", "points", "ogr")
    assert layer.featureCount() == 0
    assert rtree_check(path) == "ok"
    assert GeoPackageTable.find(str(path), "points").accepts(NAMES)  # still empty
