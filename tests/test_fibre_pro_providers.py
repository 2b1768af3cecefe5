"""tdathack:fibrepro reads points in bulk from every common provider (shapefile, FlatGeobuf,
GeoJSON, another CRS, a filtered layer, a selection, PostGIS) and gives exactly what QGIS's
feature-by-feature reading gives; a memory layer is read by QGIS and the log says so."""

import processing
import pytest
from osgeo import gdal
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tdathack_plugin.coverage import sirene
from tdathack_plugin.coverage.ogr_points import read_points

from . import synthetic_aveyron
from .test_fibre_pro_bulk import X, Y, both_ways, gpkg, handmade

pytestmark = pytest.mark.usefixtures("tdathack_provider")


def converted(source: str, path, **options) -> str:
    """The GeoPackage layer source (path|layername=name) written by GDAL to another file;
    with crs, reprojected by QGIS first."""
    crs = options.pop("crs", None)
    if crs:
        parameters = {"INPUT": source, "TARGET_CRS": crs, "OUTPUT": str(path) + ".gpkg"}
        source = processing.run("native:reprojectlayer", parameters)["OUTPUT"]
    file, _, name = source.partition("|layername=")
    gdal.VectorTranslate(str(path), file, layers=[name] if name else None, **options)
    return str(path)


def parameters(establishments, buildings):
    return {
        "ESTABLISHMENTS": establishments,
        "ELIGIBLE": buildings,
        "ELIGIBLE_ID_FIELD": "imb_id",
        "MIN_SIZE": sirene.CODES.index("01"),
        "CLUSTER_DISTANCE": 100,
        "CLUSTER_MIN_POINTS": 2,
    }


@pytest.mark.parametrize(
    ("extension", "options", "id_field", "expected"),
    [
        # a shapefile's text is read by QGIS (its encoding rules), its coordinates in bulk
        ("shp", {}, "", 1),
        ("fgb", {"layerCreationOptions": ["SPATIAL_INDEX=NO"]}, "imb_id", 2),
        ("geojson", {}, "imb_id", 2),
        ("wgs84.gpkg", {"crs": "EPSG:4326"}, "imb_id", 2),
        ("wgs84.shp", {"crs": "EPSG:4326"}, "", 1),
    ],
)
def test_file_formats_and_another_crs_are_read_in_bulk_alike(
    monkeypatch, tmp_path, extension, options, id_field, expected
):
    establishments, buildings = handmade(tmp_path)
    given = parameters(
        converted(establishments, tmp_path / f"etablissements.{extension}", **options),
        converted(buildings, tmp_path / f"immeubles.{extension}", **options),
    )
    if read_points(given["ESTABLISHMENTS"], None, ["siret"]) is None:
        expected = 0  # this GDAL cannot give this format to numpy (FlatGeobuf, GDAL 3.10)
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, {**given, "ELIGIBLE_ID_FIELD": id_field})
    assert in_bulk == expected
    assert bulk == qgis
    assert len(bulk[0][0][1]) >= 2  # a and b at least (a shapefile shortens the field names)


def test_a_filtered_layer_and_a_selection_are_read_in_bulk_alike(monkeypatch, tmp_path):
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(3000, 12000, seed=7))
    establishments = QgsVectorLayer(f"{path}|layername=etablissements", "etablissements", "ogr")
    establishments.setSubsetString("\"trancheEffectifsEtablissement\" IN ('11', '12', '21')")
    buildings = QgsVectorLayer(f"{path}|layername=immeubles", "immeubles", "ogr")
    QgsProject.instance().addMapLayers([establishments, buildings])
    try:
        buildings.selectByIds([fid for fid in range(1, 12001) if fid % 3])
        given = {
            "ESTABLISHMENTS": establishments,
            "ELIGIBLE": QgsProcessingFeatureSourceDefinition(buildings.id(), True),
            "CLUSTER_DISTANCE": 800,
            "CLUSTER_MIN_POINTS": 3,
        }
        bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, given)
    finally:
        QgsProject.instance().removeMapLayers([establishments.id(), buildings.id()])
    assert in_bulk == 2
    assert bulk == qgis
    found = bulk[0][0]
    size = found[0].index("trancheEffectifsEtablissement")
    assert {row[size] for row, _geometry in found[1]} <= {"11", "12", "21"}
    assert 0 < len(found[1]) < 3000


def test_a_memory_layer_is_read_by_qgis_and_the_log_says_why(monkeypatch, tmp_path):
    establishments, buildings = handmade(tmp_path)
    in_memory = QgsVectorLayer(establishments, "etablissements", "ogr").materialize(
        QgsFeatureRequest()
    )
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, parameters(in_memory, buildings))
    assert in_bulk == 1  # the buildings only
    assert bulk == qgis


def test_postgis_points_are_read_in_bulk_alike(monkeypatch, tmp_path, postgis):
    """An integer key: its values are QGIS's feature ids, read in bulk. A bigint key: QGIS
    numbers the features itself, so QGIS reads the table."""
    establishments, buildings = handmade(tmp_path)
    for source, name in ((establishments, "etablissements"), (buildings, "immeubles")):
        postgis.export(QgsVectorLayer(source, name, "ogr"), name)
    tables = [postgis.layer("public", name) for name in ("etablissements", "immeubles")]
    (tmp_path / "bigint").mkdir()
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path / "bigint", parameters(*tables))
    assert in_bulk == 0 and bulk[0] == qgis[0]
    for name in ("etablissements", "immeubles"):
        postgis.execute(f"ALTER TABLE public.{name} ALTER COLUMN fid TYPE integer")
    tables = [postgis.layer("public", name) for name in ("etablissements", "immeubles")]
    (tmp_path / "whole").mkdir()
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path / "whole", parameters(*tables))
    assert in_bulk == 2
    assert bulk[0] == qgis[0]
    filtered = postgis.layer("public", "etablissements", subset="\"siret\" <> 'a'")
    (tmp_path / "filtered").mkdir()
    given = parameters(filtered, tables[1])
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path / "filtered", given)
    assert in_bulk == 2
    assert bulk[0] == qgis[0]
    assert len(bulk[0][0][1]) == 2  # b and f


def test_duplicate_points_and_ties_are_read_in_bulk_alike(monkeypatch, tmp_path):
    """Two establishments at one place, two buildings at one place (a tie for the nearest),
    and an establishment exactly at the match distance (30 m) of a building."""
    establishments = gpkg(
        tmp_path / "doubles.gpkg",
        "etablissements",
        ["siret", "trancheEffectifsEtablissement"],
        [
            ("a", "11", f"POINT ({X} {Y})"),
            ("b", "11", f"POINT ({X} {Y})"),
            ("c", "11", f"POINT ({X + 530} {Y})"),
            ("d", "11", f"POINT ({X + 530.000001} {Y})"),
        ],
    )
    buildings = gpkg(
        tmp_path / "immeubles.gpkg",
        "immeubles",
        ["imb_id"],
        [
            ("B1", f"POINT ({X} {Y + 10})"),
            ("B2", f"POINT ({X} {Y + 10})"),
            ("B3", f"POINT ({X + 500} {Y})"),
        ],
    )
    given = {**parameters(establishments, buildings), "MIN_SIZE": 0}
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, given)
    assert in_bulk == 2
    assert bulk == qgis
    fields, rows = bulk[0][0]
    found = {row[fields.index("siret")]: row for row, _geometry in rows}
    eligible, nearest = fields.index("eligible"), fields.index("nearest_id")
    assert [found[s][eligible] for s in "abcd"] == [True, True, True, False]
    assert found["a"][nearest] == found["b"][nearest] in ("B1", "B2")


@pytest.mark.parametrize("extension", ["shp", "fgb", "geojson", "gpkg"])
def test_a_filter_on_a_field_not_read_keeps_what_qgis_keeps(monkeypatch, tmp_path, extension):
    """The eligible layer is read without its fields: its filter still applies in bulk."""
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(500, 2000, seed=3))
    source = f"{path}|layername=immeubles"
    if extension != "gpkg":
        source = converted(source, tmp_path / f"immeubles.{extension}")
    buildings = QgsVectorLayer(source, "immeubles", "ogr")
    buildings.setSubsetString('"fo" = 1')
    given = {
        "ESTABLISHMENTS": f"{path}|layername=etablissements",
        "ELIGIBLE": buildings,
        "CLUSTER_DISTANCE": 500,
    }
    readable = read_points(source.split("|")[0], "immeubles" if extension == "gpkg" else None)
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, given)
    assert in_bulk == (2 if readable is not None else 1)  # FlatGeobuf on GDAL 3.10: QGIS
    assert bulk == qgis
    fields, rows = bulk[0][0]
    eligible = fields.index("eligible")
    assert 0 < sum(row[eligible] for row, _geometry in rows) < len(rows)


def test_a_layer_being_edited_is_read_by_qgis_with_its_edits(monkeypatch, tmp_path):
    establishments, buildings = handmade(tmp_path)
    layer = QgsVectorLayer(buildings, "immeubles", "ogr")
    layer.startEditing()
    layer.deleteFeature(1)  # E1, the nearest building of b
    try:
        bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, parameters(establishments, layer))
    finally:
        layer.rollBack()
    assert in_bulk == 1  # the establishments only
    assert bulk == qgis
    fields, rows = bulk[0][0]
    found = {row[fields.index("siret")]: row for row, _geometry in rows}
    assert found["b"][fields.index("nearest_id")] != "E1"
