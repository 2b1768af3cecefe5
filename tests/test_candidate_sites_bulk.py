"""candidatesites reads point demand in bulk (GDAL's Arrow stream) and finds the points of each
candidate's region in one GEOS intersection: the sites chosen and the messages are exactly those
of the reading through QGIS point by point, with points on a gap's edge, on the extent's edge,
duplicates, weights missing, negative or written as text, points without a location, a subset
filter and a selection."""

import numpy as np
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsGeometry,
    QgsPoint,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tdathack_plugin.coverage.greedy import PointWeights
from tdathack_plugin.coverage.splitting import prepared
from tdathack_plugin.toolbelt import field_types

from . import bulk_runs
from .squares import memory_layer
from .test_candidate_sites import X0, Y0, box, polygons

pytestmark = pytest.mark.usefixtures("tdathack_provider")

GAPS = [(0, 0, 3000, 2000), (5000, 1000, 6000, 4000)]  # the extent: 0..6000 x 0..4000


def demand_rows():
    """(x, y or None, weight) rows: random points, then the odd ones."""
    rng = np.random.default_rng(11)
    random = [
        (float(x), float(y), float(w))
        for x, y, w in zip(
            rng.uniform(-500, 6500, 3000),
            rng.uniform(-500, 4500, 3000),
            rng.uniform(-3, 40, 3000).round(3),  # some negative: counted as 0
        )
    ]
    return [
        *random,
        (0.0, 1000.0, 50.0),  # on the first gap's west edge, and on the extent's
        (0.0, 1000.0, 50.0),  # the same point twice
        (3000.0, 2000.0, 70.0),  # on a corner of the first gap
        (6000.0, 4000.0, 30.0),  # the extent's corner
        (4000.0, 1000.0, None),  # no weight: 0
        (5500.0, 2000.0, -5.0),  # negative weight: 0
        (None, None, 80.0),  # no location
    ]


def demand_gpkg(path, text_weights=False, epsg=2154):
    srs, lambert = osr.SpatialReference(), osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    lambert.ImportFromEPSG(2154)
    for system in (srs, lambert):
        system.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    moved = osr.CoordinateTransformation(lambert, srs)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("demand", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTString if text_weights else ogr.OFTReal))
    for x, y, weight in demand_rows():
        feature = ogr.Feature(layer.GetLayerDefn())
        if weight is not None:
            feature.SetField("w", f"{weight:g}".replace(".", ",") if text_weights else weight)
        if x is not None:
            point = ogr.CreateGeometryFromWkt(f"POINT ({X0 + x} {Y0 + y})")
            point.Transform(moved)
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def both_ways(monkeypatch, folder, demand, **extra):
    gaps = polygons(*[(box(*rectangle), 0.0) for rectangle in GAPS])
    parameters = {
        "GAPS": gaps,
        "DEMAND": demand,
        "DEMAND_WEIGHT_FIELD": "w",
        "GRID_SPACING": 500,
        "RADIUS": 800,
        "COUNT": 6,
        **extra,
    }
    runs, in_bulk = bulk_runs.both_ways(
        monkeypatch, folder, "tdathack:candidatesites", parameters, ["OUTPUT"]
    )
    assert runs["bulk", "gpkg"] == runs["qgis", "gpkg"]
    ((_fields, sites),), messages = runs["bulk", "gpkg"]
    return [attributes for attributes, _geometry in sites], messages, in_bulk


def test_a_geopackage_read_in_bulk_chooses_the_sites_qgis_chooses(monkeypatch, tmp_path):
    sites, messages, in_bulk = both_ways(monkeypatch, tmp_path, demand_gpkg(tmp_path / "d.gpkg"))
    assert in_bulk == 1
    assert [site[1] for site in sites] == [1, 2, 3, 4, 5, 6]  # rank
    gains = [site[2] for site in sites]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0
    assert any("negative" in line for line in messages)


def test_demand_in_another_crs_gives_the_same_sites_and_messages(monkeypatch, tmp_path):
    path = demand_gpkg(tmp_path / "wgs84.gpkg", epsg=4326)
    sites, messages, in_bulk = both_ways(monkeypatch, tmp_path, path)
    assert in_bulk == 1
    lambert, _messages, _in_bulk = both_ways(
        monkeypatch, tmp_path / "lambert", demand_gpkg(tmp_path / "lambert.gpkg")
    )
    assert [site[1] for site in sites] == [site[1] for site in lambert]  # ranks
    gains = [site[2] for site in sites]  # points on an edge may move off it, by a nanometre
    assert gains == pytest.approx([site[2] for site in lambert], rel=0.05)
    assert any("negative" in line for line in messages)


def test_text_weights_subset_and_selection(monkeypatch, tmp_path):
    path = demand_gpkg(tmp_path / "text.gpkg", text_weights=True)
    _sites, messages, in_bulk = both_ways(monkeypatch, tmp_path / "text", path)
    assert in_bulk == 1
    assert any("written as text and read as numbers" in line for line in messages)

    subset = QgsVectorLayer(path, "demand", "ogr")
    subset.setSubsetString("fid % 3 = 0")
    _sites, _messages, in_bulk = both_ways(monkeypatch, tmp_path / "subset", subset)
    assert in_bulk == 1

    selected = QgsVectorLayer(path, "demand", "ogr")
    QgsProject.instance().addMapLayer(selected)
    try:
        selected.selectByIds(list(range(1, 3008, 2)))
        definition = QgsProcessingFeatureSourceDefinition(selected.id(), True)
        _sites, _messages, in_bulk = both_ways(monkeypatch, tmp_path / "selection", definition)
    finally:
        QgsProject.instance().removeMapLayer(selected.id())
    assert in_bulk == 1


def test_members_are_the_points_qgis_finds_inside_or_on_the_boundary():
    region = QgsGeometry.fromWkt(
        "POLYGON ((0 0, 10 0, 10 10, 5 4, 0 10, 0 0), (2 2, 3 2, 3 3, 2 3, 2 2))"
    )
    rng = np.random.default_rng(2)
    random = rng.uniform(-2, 12, (2000, 2)).round(1)  # many on edges and vertices
    edges = np.array([[5.0, 0.0], [10.0, 10.0], [7.5, 7.0], [2.5, 2.0], [2.5, 2.5], [5, 4]])
    xy = np.vstack((random, edges, edges))
    engine = prepared(region)
    expected = {n for n, (x, y) in enumerate(xy.tolist()) if engine.intersects(QgsPoint(x, y))}
    found = set(PointWeights(xy, np.ones(len(xy))).members(region).tolist())
    assert found == expected
    assert {2000, 2001, 2002, 2003, 2005} <= found and 2004 not in found


def test_a_multipoint_counts_once_per_part_with_its_weight(monkeypatch, tmp_path):
    """The same demand as multipoints (read through QGIS) and as single points (a GeoPackage
    read in bulk)."""
    rows = [row for row in demand_rows() if row[0] is not None and row[2] is not None]
    pairs = [
        (
            QgsGeometry.fromWkt(
                f"MULTIPOINT(({X0 + a[0]} {Y0 + a[1]}), ({X0 + b[0]} {Y0 + b[1]}))"
            ),
            [a[2]],
        )
        for a, b in zip(rows[0:1000], rows[1000:2000])
    ]
    multi = memory_layer(
        "MultiPoint", [("w", field_types.DOUBLE)], [*pairs, (QgsGeometry(), [9.0])]
    )
    single = memory_layer(
        "Point",
        [("w", field_types.DOUBLE)],
        [(QgsGeometry(part.clone()), values) for g, values in pairs for part in g.vertices()],
    )
    written = tmp_path / "single.gpkg"
    processing.run("native:savefeatures", {"INPUT": single, "OUTPUT": str(written)})
    sites_of = {}
    for name, layer in (("multi", multi), ("single", str(written))):
        found, _messages, in_bulk = both_ways(monkeypatch, tmp_path / name, layer)
        assert in_bulk == (name == "single")
        sites_of[name] = found
    assert [site[1:] for site in sites_of["multi"]] == [site[1:] for site in sites_of["single"]]
    assert len(sites_of["multi"]) == 6
