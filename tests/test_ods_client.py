"""The ODS client against the local portal: catalogue, facets, metadata, records, exports."""

import csv
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from osgeo import ogr

from tdathack_plugin.ods import odsql
from tdathack_plugin.ods.client import OdsClient, portal_root
from tdathack_plugin.ods.errors import NotAPortalError, QueryError
from tdathack_plugin.toolbelt.about import USER_AGENT
from tests.conftest import ROOT

PUBLIC_DATASETS = 168  # 8 real + 150 fillers + 10 test datasets (the private one is hidden)
GEO_DATASETS = 17
SAMPLE_POPULATION = ROOT / "sample_data" / "admin" / "communes-population.csv"


@pytest.fixture
def client(ods_portal):
    ods_portal.reset()
    return OdsClient(ods_portal.url)


def queries(portal):
    return [parse_qs(urlsplit(path).query) for _, path, _ in portal.requests]


@pytest.mark.parametrize(
    ("pasted", "root"),
    [
        ("opendata.paris.fr", "https://opendata.paris.fr"),
        ("https://opendata.paris.fr/", "https://opendata.paris.fr"),
        (
            "https://opendata.paris.fr/explore/dataset/arrondissements/map/",
            "https://opendata.paris.fr",
        ),
        (
            "https://data.example.org/api/explore/v2.1/catalog/datasets?limit=3",
            "https://data.example.org",
        ),
        ("http://127.0.0.1:8765/pages/home/", "http://127.0.0.1:8765"),
    ],
)
def test_portal_address_is_cleaned(pasted, root):
    assert portal_root(pasted) == root


def test_blank_portal_address_is_refused():
    with pytest.raises(NotAPortalError):
        portal_root("  ")


def test_catalogue_first_page_and_paging(client, ods_portal):
    first = client.search(order_by="dataset_id")
    second = client.search(order_by="dataset_id", offset=100)
    assert first.total_count == second.total_count == PUBLIC_DATASETS
    assert len(first.results) == 100
    assert len(second.results) == PUBLIC_DATASETS - 100
    ids = [d.dataset_id for d in first.results + second.results]
    assert ids == sorted(ids)
    assert "tdathack-private" not in ids
    assert all(h["User-Agent"] == USER_AGENT for _, _, h in ods_portal.requests)


def test_catalogue_free_text_refine_and_geo_only(client):
    assert [d.dataset_id for d in client.search("wifi").results] == [
        "sites-disposant-du-service-paris-wi-fi"
    ]
    assert client.search(refine=[("theme", "Test")]).total_count == 159
    geo = client.search(geo_only=True)
    assert geo.total_count == GEO_DATASETS
    assert all(d.is_geo for d in geo.results)
    assert client.search(order_by="records_count desc", limit=1).results[0].dataset_id == (
        "tdathack-points-400k"
    )


def test_iter_datasets_reads_the_whole_catalogue_in_one_export(client, ods_portal):
    ids = [d.dataset_id for d in client.iter_datasets()]
    assert len(ids) == PUBLIC_DATASETS
    assert ids == sorted(ids)
    assert [urlsplit(path).path for _, path, _ in ods_portal.requests] == [
        "/api/explore/v2.1/catalog/exports/json"
    ]
    assert queries(ods_portal)[0]["order_by"] == ["dataset_id"]


def test_facets(client):
    facets = client.facets()
    assert dict(facets["features"]) == {"analyze": PUBLIC_DATASETS, "geo": GEO_DATASETS}
    assert ("Ville de Paris", 6) in facets["publisher"]
    assert dict(facets["theme"])["Test"] == 159
    geo_publishers = dict(client.facets(names=("publisher",), geo_only=True)["publisher"])
    assert geo_publishers["Ville de Paris"] == 6
    assert "INSEE" not in geo_publishers  # communes-population is a table


def test_dataset_metadata(client):
    dataset = client.dataset("arrondissements")
    assert dataset.title == "Arrondissements"
    assert dataset.records_count == 20
    assert dataset.publisher == "Ville de Paris"
    assert dataset.license == "Open Database License (ODbL)"
    assert dataset.themes == ("Administration", "Urbanisme, Logement")
    assert dataset.geometry_types == ("Polygon",)
    assert dataset.geometry_field.name == "geom"  # geo_shape wins over geo_point_2d
    assert dataset.bbox == pytest.approx((2.22408, 48.81558, 2.46976, 48.90216), abs=1e-5)
    assert [(f.name, f.type) for f in dataset.attribute_fields][:3] == [
        ("n_sq_ar", "int"),
        ("c_ar", "int"),
        ("c_arinsee", "int"),
    ]
    assert dataset.description.startswith("<p>Limites des 20 arrondissements")


def test_table_dataset_has_no_geometry(client):
    dataset = client.dataset("communes-population")
    assert not dataset.is_geo
    assert dataset.records_count == 34969
    assert dataset.bbox == ()


def test_records_preview(client):
    page = client.records("arrondissements", order_by="c_ar", limit=3, select="c_ar, l_aroff")
    assert page.total_count == 20
    assert page.results == [
        {"c_ar": 1, "l_aroff": "Louvre"},
        {"c_ar": 2, "l_aroff": "Bourse"},
        {"c_ar": 3, "l_aroff": "Temple"},
    ]
    with pytest.raises(QueryError, match="-1 <= limit <= 100"):
        client.records("arrondissements", limit=101)


def test_export_fgb_with_filter_streams_to_final_name(client, tmp_path, ods_portal):
    seen = []
    path = client.export(
        "arrondissements",
        "fgb",
        tmp_path / "arr.fgb",
        where="c_ar <= 4",
        progress=lambda received, total: seen.append(received),
    )
    assert path == tmp_path / "arr.fgb"
    assert [p.name for p in tmp_path.iterdir()] == ["arr.fgb"]
    source = ogr.Open(str(path))
    assert source.GetLayer(0).GetFeatureCount() == 4
    assert seen[-1] == path.stat().st_size
    _, request_path, _ = ods_portal.requests[-1]
    assert request_path.startswith(
        "/api/explore/v2.1/catalog/datasets/arrondissements/exports/fgb?"
    )
    assert parse_qs(urlsplit(request_path).query)["where"] == ["c_ar <= 4"]


def test_export_geojson_in_lambert93(client, tmp_path):
    where = odsql.equals("nom", "Rodez")
    path = client.export("communes-aveyron", "geojson", tmp_path / "c.geojson", where, epsg=2154)
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert len(collection["features"]) == 1
    assert collection["features"][0]["properties"]["code"] == "12202"
    geometry = ogr.CreateGeometryFromJson(json.dumps(collection["features"][0]["geometry"]))
    x, y = geometry.Centroid().GetX(), geometry.Centroid().GetY()
    assert 600_000 < x < 700_000 and 6_300_000 < y < 6_400_000  # metres, not degrees


def test_export_csv_table(client, tmp_path):
    path = client.export(
        "communes-population", "csv", tmp_path / "p.csv", where='departement = "12"'
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(";") == [
        "code_insee",
        "nom",
        "departement",
        "region",
        "epci_code",
        "epci_nom",
        "chef_lieu",
        "population",
    ]
    with open(SAMPLE_POPULATION, encoding="utf-8") as sample:
        expected = sum(1 for row in csv.DictReader(sample) if row["departement"] == "12")
    assert expected > 250
    assert len(lines) == 1 + expected
