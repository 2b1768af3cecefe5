"""tdathack:fibrepro reads GeoPackage points in bulk: same outputs and messages as through QGIS."""

import sqlite3
from contextlib import closing

import numpy as np
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from tdathack_plugin.coverage import sirene
from tdathack_plugin.coverage.ogr_points import read_points
from tdathack_plugin.processing.bulk_geopackage import GeoPackageTable

from . import bulk_runs, synthetic_aveyron
from .algorithm_runs import Recorder, in_french, output_layers, small_disk

pytestmark = pytest.mark.usefixtures("tdathack_provider")

OUTPUTS = ("OUTPUT_ESTABLISHMENTS", "OUTPUT_STATS", "OUTPUT_PRIORITY")
X, Y = 700000, 6600000
ESTABLISHMENTS = [  # siret, location, size class, state, qualite_xy
    ("a", f"POINT ({X + 10} {Y})", "11", "A", "11"),
    ("b", f"POINT ({X} {Y + 30})", "01", "A", None),
    ("c", None, "11", "A", "11"),
    ("d", "POINT EMPTY", "12", "A", "11"),
    ("é", f"POINT ({X + 700} {Y})", None, "A", "11"),
    ("f", f"POINT ({X + 20} {Y})", "XX", "A", "11"),
    ("g", f"POINT ({X} {Y})", "11", "F", "11"),
    ("h", f"POINT ({X + 50} {Y})", "11", "A", "33.0"),
    ("i", f"POINT ({X + 60} {Y})", "00", "A", "11"),
    ("j", f"POINT ({X + 61} {Y})", "21", None, "11"),
]
BUILDINGS = [  # imb_id, location
    ("E1", f"POINT ({X} {Y})"),
    ("E2", f"POINT ({X + 1000} {Y})"),
    (None, f"POINT ({X + 5} {Y})"),
    ("E4", "POINT EMPTY"),
    ("E5", None),
]


def gpkg(path, name, fields, rows, geometry_type=ogr.wkbPoint, options=(), first_fid=None):
    """A GeoPackage layer (Lambert-93) of string fields from (values..., WKT or None) rows;
    options: layer creation options; first_fid: the FID of the first row, then in order."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(name, srs, geometry_type, list(options))
    for field in fields:
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for number, (*values, wkt) in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        if first_fid is not None:
            feature.SetFID(first_fid + number)
        for field, value in zip(fields, values):
            if value is not None:
                feature.SetField(field, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None
    return f"{path}|layername={name}"


def handmade(tmp_path):
    establishments = gpkg(
        tmp_path / "etablissements.gpkg",
        "etablissements",
        ["siret", "trancheEffectifsEtablissement", "etatAdministratifEtablissement", "qualite_xy"],
        [(siret, size, state, quality, wkt) for siret, wkt, size, state, quality in ESTABLISHMENTS],
    )
    buildings = gpkg(tmp_path / "immeubles.gpkg", "immeubles", ["imb_id"], BUILDINGS)
    return establishments, buildings


def both_ways(monkeypatch, tmp_path, parameters):
    """(outputs, messages) read in bulk, then through QGIS; and how many sources went in bulk."""
    runs, in_bulk = bulk_runs.both_ways(
        monkeypatch, tmp_path, "tdathack:fibrepro", parameters, OUTPUTS
    )
    return runs["bulk", "gpkg"], runs["qgis", "gpkg"], in_bulk


@pytest.mark.parametrize("id_field", ["imb_id", ""])
def test_bulk_read_of_handmade_geopackages_gives_the_same_outputs(monkeypatch, tmp_path, id_field):
    establishments, buildings = handmade(tmp_path)
    parameters = {
        "ESTABLISHMENTS": establishments,
        "ELIGIBLE": buildings,
        "ELIGIBLE_ID_FIELD": id_field,
        "MIN_SIZE": sirene.CODES.index("01"),
        "CLUSTER_DISTANCE": 100,
        "CLUSTER_MIN_POINTS": 2,
    }
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, parameters)
    assert in_bulk == 2  # establishments and eligible points
    assert bulk == qgis
    (found, _stats, _priority), messages = bulk
    rows = {attributes[1]: attributes for attributes, _geometry in found[1]}
    assert sorted(rows) == ["a", "b", "f"]
    nearest = found[0].index("nearest_id")  # a: the building without an id, 5 m away
    assert [rows[s][nearest] for s in ("a", "b")] == ([None, "E1"] if id_field else [3, 1])
    assert any(
        line.startswith("2 establishments without a location were left out (features ")
        for line in messages
    )
    assert any(
        line.startswith("2 closed establishments were left out (features ") for line in messages
    )
    assert any(
        line.startswith("2 establishments below the smallest size class were left out (features ")
        for line in messages
    )
    assert "1 establishments have an unknown size code (XX): kept in the class '?'." in messages


def test_bulk_read_of_synthetic_aveyron_gives_the_same_outputs(monkeypatch, tmp_path):
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(3000, 12000, seed=7))
    parameters = {
        "ESTABLISHMENTS": f"{path}|layername=etablissements",
        "ELIGIBLE": f"{path}|layername=immeubles",
        "ZONES": str(synthetic_aveyron.SAMPLE / "communes-12-aveyron.geojson"),
        "ZONES_ID_FIELD": "code",
        "CLUSTER_DISTANCE": 800,
        "CLUSTER_MIN_POINTS": 3,
    }
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, parameters)
    assert in_bulk == 2
    assert bulk == qgis
    assert len(bulk[0][0][1]) > 2000


def test_read_points_values_and_what_it_refuses(tmp_path):
    path = tmp_path / "points.gpkg"
    gpkg(path, "p", ["name"], [("é", "POINT (1 2)"), (None, None), ("x", "POINT EMPTY")])
    fids, xy, values = read_points(str(path), "p", ["fid", "name"])
    assert fids.tolist() == [1, 2, 3] and values == {"fid": [1, 2, 3], "name": ["é", None, "x"]}
    assert xy[0].tolist() == [1.0, 2.0] and np.isnan(xy[1:]).all()
    assert read_points(str(path), "p", ["missing"]) is None
    multi = tmp_path / "multi.gpkg"
    gpkg(multi, "m", ["name"], [("a", "MULTIPOINT ((1 2))")], ogr.wkbMultiPoint)
    assert read_points(str(multi), "m") is None


def rtree_check(path, table):
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0]


def test_nearest_ids_qgis_must_convert_are_written_through_qgis(monkeypatch, tmp_path):
    """A date as the id of the eligible features: QGIS reads them (their ids are no plain
    values), and the establishments' table cannot be filled in bulk: it is written through
    QGIS, with the same result."""
    establishments, _buildings = handmade(tmp_path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "dated.gpkg"))
    layer = source.CreateLayer("dated", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("since", ogr.OFTDate))
    for day, x in ((3, X), (4, X + 1000)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("since", f"2024/01/0{day}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {Y})"))
        layer.CreateFeature(feature)
    source = None
    parameters = {
        "ESTABLISHMENTS": establishments,
        "ELIGIBLE": f"{tmp_path / 'dated.gpkg'}|layername=dated",
        "ELIGIBLE_ID_FIELD": "since",
    }
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, parameters)
    assert in_bulk == 1 and bulk == qgis
    (found, _stats, _priority), _messages = bulk
    nearest = found[0].index("nearest_id")
    dates = {attributes[nearest] for attributes, _geometry in found[1]}
    assert dates == {QDate(2024, 1, 3), QDate(2024, 1, 4)}


def test_establishments_written_in_bulk_next_to_other_layers(tmp_path):
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(3000, 12000, seed=8))
    destination = f"ogr:dbname='{path}' table=\"sans_fibre\" (geom)"
    feedback = Recorder()
    result = processing.run(
        "tdathack:fibrepro",
        {
            "ESTABLISHMENTS": f"{path}|layername=etablissements",
            "ELIGIBLE": f"{path}|layername=immeubles",
            "OUTPUT_ESTABLISHMENTS": destination,
            "OUTPUT_STATS": "TEMPORARY_OUTPUT",
            "OUTPUT_PRIORITY": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    written = QgsVectorLayer(result["OUTPUT_ESTABLISHMENTS"], "written", "ogr")
    summary = next(line for line in feedback.lines if "are eligible to fibre" in line)
    eligible, total = (int(word) for word in summary.split()[:3:2])  # "n of total are..."
    assert written.isValid() and written.featureCount() == total > 2000
    assert eligible == sum(1 for feature in written.getFeatures() if feature["eligible"])
    assert rtree_check(path, "sans_fibre") == "ok"
    for name, count in (("etablissements", 3000), ("immeubles", 12000)):
        assert QgsVectorLayer(f"{path}|layername={name}", name, "ogr").featureCount() == count


def test_cancel_while_writing_in_bulk_leaves_no_output(tmp_path):
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(2000, 5000, seed=5))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        output_layers(
            "tdathack:fibrepro",
            {
                "ESTABLISHMENTS": f"{path}|layername=etablissements",
                "ELIGIBLE": f"{path}|layername=immeubles",
            },
            OUTPUTS,
            folder,
            Recorder(cancel_at=75),
        )
    assert list(folder.iterdir()) == []


def objectid_establishments(tmp_path):
    """The handmade establishments in a GeoPackage whose FID column is OBJECTID (from 1000)."""
    return gpkg(
        tmp_path / "objectid.gpkg",
        "etab",
        ["siret", "trancheEffectifsEtablissement", "etatAdministratifEtablissement"],
        [(siret, size, state, wkt) for siret, wkt, size, state, _quality in ESTABLISHMENTS],
        options=["FID=OBJECTID"],
        first_fid=1000,
    )


@pytest.mark.parametrize("table_accepted", [True, False])
def test_a_source_fid_column_of_another_name_keeps_every_value_in_place(
    monkeypatch, tmp_path, table_accepted
):
    """In bulk, or through QGIS's provider when the table is not as expected: the same rows."""
    if not table_accepted:
        monkeypatch.setattr(GeoPackageTable, "accepts", lambda table, names: False)
    _establishments, buildings = handmade(tmp_path)
    parameters = {"ESTABLISHMENTS": objectid_establishments(tmp_path), "ELIGIBLE": buildings}
    bulk, qgis, in_bulk = both_ways(monkeypatch, tmp_path, parameters)
    assert in_bulk == 2 and bulk == qgis
    (found, _stats, _priority), _messages = bulk
    assert found[0][:3] == ["fid", "OBJECTID", "siret"]
    rows = sorted(attributes[1:3] for attributes, _geometry in found[1])
    assert rows[:2] == [[1000, "a"], [1001, "b"]]


def test_a_destination_with_a_bar_writes_the_file_qgis_names(tmp_path):
    """QGIS writes "out.gpkg|layername=t" to a file of that name + .gpkg: out.gpkg, with the
    user's own layer, is never touched, even when the run is cancelled."""
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(2000, 5000, seed=9))
    user_file = tmp_path / "out.gpkg"
    gpkg(user_file, "keep", ["name"], [("mine", "POINT (1 2)")])
    before = user_file.read_bytes()
    parameters = {
        "ESTABLISHMENTS": f"{path}|layername=etablissements",
        "ELIGIBLE": f"{path}|layername=immeubles",
        "OUTPUT_ESTABLISHMENTS": f"{user_file}|layername=t",
        "OUTPUT_STATS": "TEMPORARY_OUTPUT",
        "OUTPUT_PRIORITY": "TEMPORARY_OUTPUT",
    }
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        processing.run("tdathack:fibrepro", parameters, feedback=Recorder(cancel_at=75))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aveyron.gpkg", "out.gpkg"]
    result = processing.run("tdathack:fibrepro", parameters)
    assert result["OUTPUT_ESTABLISHMENTS"] == f"{user_file}|layername=t.gpkg"
    written = ogr.Open(result["OUTPUT_ESTABLISHMENTS"])  # QGIS would read the bar as a layer
    assert written.GetLayer(0).GetFeatureCount() > 1000
    written = None
    assert user_file.read_bytes() == before


def test_a_full_disk_is_said_in_french_and_leaves_no_output(monkeypatch, tmp_path):
    path = tmp_path / "aveyron.gpkg"
    synthetic_aveyron.write_gpkg(path, synthetic_aveyron.generate(2000, 5000, seed=10))
    small_disk(monkeypatch, 50)
    folder = tmp_path / "out"
    folder.mkdir()
    with in_french(), pytest.raises(QgsProcessingException) as raised:
        output_layers(
            "tdathack:fibrepro",
            {
                "ESTABLISHMENTS": f"{path}|layername=etablissements",
                "ELIGIBLE": f"{path}|layername=immeubles",
            },
            OUTPUTS,
            folder,
        )
    target = folder / "output_establishments.gpkg"
    assert str(raised.value) == f"Impossible d'écrire {target} : le disque est plein"
    assert list(folder.iterdir()) == []
