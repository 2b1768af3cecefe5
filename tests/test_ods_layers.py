"""Exports become layers named, typed and described like the dataset on the portal."""

import pytest
from qgis.core import QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from tdathack_plugin.ods import layers
from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.ods.rich_text import html_to_text


@pytest.fixture
def client(ods_portal):
    ods_portal.reset()
    return OdsClient(ods_portal.url)


def load(client, dataset_id, folder, where=""):
    dataset = client.dataset(dataset_id)
    path = layers.download(client, dataset, folder, where)
    return layers.open_export(path, dataset, client.portal, client.dataset_page(dataset_id))


def test_geo_dataset_loads_from_flatgeobuf_with_its_title_and_metadata(client, tmp_path):
    layer = load(client, "arrondissements", tmp_path)
    assert layer.source().endswith("arrondissements.fgb")
    assert layer.name() == "Arrondissements"
    assert layer.featureCount() == 20
    assert layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    assert layer.crs().authid() == "EPSG:4326"
    assert "geom" not in layer.fields().names()  # the geometry, not an attribute
    metadata = layer.metadata()
    assert metadata.identifier() == "arrondissements"
    assert metadata.parentIdentifier() == client.portal
    assert metadata.title() == "Arrondissements"
    assert metadata.abstract() == (
        "Limites des 20 arrondissements de Paris, avec leur numéro, leur nom officiel, leur "
        "surface et leur périmètre."
    )
    assert metadata.licenses() == ["Open Database License (ODbL)"]
    assert [(c.organization, c.role) for c in metadata.contacts()] == [
        ("Ville de Paris", "publisher")
    ]
    assert metadata.keywords()["keyword"] == [
        "arrondissement",
        "limites administratives",
        "découpage",
    ]
    assert metadata.categories() == ["Administration", "Urbanisme, Logement"]
    links = {link.name: link.url for link in metadata.links()}
    assert links["Dataset page"] == f"{client.portal}/explore/dataset/arrondissements/"
    assert links["Licence"] == "http://opendatacommons.org/licenses/odbl/"
    bounds = metadata.extent().spatialExtents()[0].bounds
    assert (bounds.xMinimum(), bounds.yMaximum()) == pytest.approx((2.22408, 48.90216), abs=1e-5)


def test_mixed_polygons_and_multipolygons_load_as_multipolygons(client, tmp_path):
    layer = load(client, "communes-aveyron", tmp_path, where='code = "12202"')
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    assert [f["nom"] for f in layer.getFeatures()] == ["Rodez"]


def test_table_loads_from_csv_with_ods_types(client, tmp_path):
    layer = load(client, "communes-population", tmp_path, where='departement = "12"')
    assert layer.source().endswith("communes-population.csv")
    assert layer.name() == "Population municipale des communes"
    assert not layer.isSpatial()
    types = {f.name(): f.type() for f in layer.fields()}
    assert types["code_insee"] == QVariant.Type.String  # "01001": text, leading zero kept
    assert types["population"] == QVariant.Type.LongLong
    rodez = next(f for f in layer.getFeatures() if f["code_insee"] == "12202")
    assert rodez["nom"] == "Rodez"
    assert rodez["population"] > 20000


def test_ods_field_types_map_to_qgis_types(client):
    fields = layers.qgis_fields(client.dataset("marches-decouverts"))
    types = {f.name(): f.type() for f in fields}
    assert types["id_marche"] == QVariant.Type.LongLong
    assert types["lineaire"] == QVariant.Type.Double
    assert types["nom_long"] == QVariant.Type.String
    assert "geo_shape" not in types and "geo_point_2d" not in types
    assert fields.field("nom_court").alias() != ""


def test_html_description_to_plain_text():
    html = (
        "<p>Sites au 1<sup>er</sup> janvier&nbsp;2018&nbsp;:</p>"
        "<ul><li>Orange</li><li>SFR</li></ul>"
    )
    assert html_to_text(html) == "Sites au 1er janvier 2018 :\n- Orange\n- SFR"


def test_the_metadata_abstract_leaves_out_scripts_styles_and_remote_content():
    html = (
        '<p>Bornes<script>alert("x")</script> Wi-Fi</p><style>p {color: red}</style>'
        '<img src="https://tracker.example/pixel.png" alt="pixel">'
        "<iframe src='https://example.org'>cadre</iframe><p onclick='steal()'>Ville</p>"
    )
    assert html_to_text(html) == "Bornes Wi-Fi\nVille"
    assert html_to_text('<p>avant</p><embed src="v.swf"><p>après</p>') == "avant\naprès"
    assert html_to_text("<table><tr><td>Code</td><td>Libellé</td></tr></table>") == (
        "Code\nLibellé"
    )


def test_flatgeobuf_refused_by_the_portal_falls_back_to_geojson(client, tmp_path, monkeypatch):
    real_export = client.export
    asked = []

    def export(dataset_id, fmt, *args, **kwargs):
        asked.append(fmt)
        if fmt == "fgb":
            fmt = "no-such-format"  # the portal answers 400 InvalidRESTParameterError
        return real_export(dataset_id, fmt, *args, **kwargs)

    monkeypatch.setattr(client, "export", export)
    layer = load(client, "velib-emplacement-des-stations", tmp_path)
    assert asked == ["fgb", "geojson"]
    assert layer.source().endswith(".geojson")
    assert layer.featureCount() == 1465
