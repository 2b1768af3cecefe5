"""ODSQL builders: user text is always quoted, spatial filters are sent in lat/lon as ODS wants."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from tdathack_plugin.ods import odsql
from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.ods.errors import QueryError
from tests.conftest import ROOT

VELIB = ROOT / "sample_data" / "paris" / "velib-emplacement-des-stations.geojson"
# Central Paris (Châtelet to Bastille) in Lambert-93 metres.
EXTENT_2154 = QgsRectangle(651000, 6861000, 654000, 6863000)


def test_literal_escapes_quotes_and_backslashes():
    assert odsql.literal('Rue "du" Bac \\ Paris') == '"Rue \\"du\\" Bac \\\\ Paris"'
    assert odsql.literal("l'Hôtel de Ville") == '"l\'Hôtel de Ville"'
    assert odsql.literal(12) == "12"
    assert odsql.literal(0.5) == "0.5"
    assert odsql.literal(True) == "true"
    assert odsql.literal(None) == "null"


def test_field_names_that_are_not_identifiers_are_back_quoted():
    assert odsql.field("geo_point_2d") == "geo_point_2d"
    assert odsql.field("2g") == "`2g`"
    assert odsql.field("year") == "`year`"
    assert odsql.equals("nom", 'Saint-Affrique "centre"') == 'nom = "Saint-Affrique \\"centre\\""'


def test_refine_and_text_search_are_quoted():
    assert odsql.refine("theme", 'Culture, "Sport"') == 'theme:"Culture, \\"Sport\\""'
    assert odsql.text_search("  wi-fi  ") == '"wi-fi"'
    assert odsql.text_search("   ") == ""


def test_combine_keeps_each_clause_whole():
    assert odsql.combine("a = 1 or b = 2", "", "c = 3") == "(a = 1 or b = 2) and (c = 3)"
    assert odsql.combine("", "c = 3") == "c = 3"
    assert odsql.combine("", " ") == ""


def test_in_bbox_is_latitude_first_in_wgs84():
    box = QgsRectangle(2.25, 48.81, 2.42, 48.90)
    assert odsql.in_bbox("geo_point_2d", box) == "in_bbox(geo_point_2d, 48.81, 2.25, 48.9, 2.42)"


def test_in_bbox_transforms_an_extent_in_lambert93():
    clause = odsql.in_bbox("geo_point_2d", EXTENT_2154, "EPSG:2154")
    assert clause.startswith("in_bbox(geo_point_2d, ")
    values = [float(v) for v in clause[len("in_bbox(geo_point_2d, ") : -1].split(",")]
    # south, west, north, east of 651000 6861000 / 654000 6863000 (Lambert-93)
    assert values == pytest.approx([48.84718, 2.33207, 48.86539, 2.37318], abs=1e-5)


def test_intersects_is_wkt_longitude_first():
    clause = odsql.extent_filter("geom", "geo_shape", QgsRectangle(2.3, 48.8, 2.4, 48.9))
    assert clause == (
        "intersects(geom, geom'POLYGON((2.3 48.8, 2.4 48.8, 2.4 48.9, 2.3 48.9, 2.3 48.8))')"
    )
    assert odsql.extent_filter("p", "geo_point_2d", QgsRectangle(2.3, 48.8, 2.4, 48.9)) == (
        "in_bbox(p, 48.8, 2.3, 48.9, 2.4)"
    )


def _stations_inside(box_wgs84) -> int:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(VELIB), "velib", "ogr")
    return sum(1 for f in layer.getFeatures() if box_wgs84.contains(f.geometry().asPoint()))


def test_portal_filters_records_with_an_extent_given_in_lambert93(ods_portal):
    client = OdsClient(ods_portal.url)
    geo = client.dataset("velib-emplacement-des-stations").geometry_field
    assert geo.type == "geo_point_2d"
    where = odsql.in_bbox(geo.name, EXTENT_2154, "EPSG:2154")
    page = client.records("velib-emplacement-des-stations", where=where, limit=1)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    expected = _stations_inside(transform.transformBoundingBox(EXTENT_2154))
    assert 20 < expected < 1465
    assert page.total_count == expected


def test_portal_matches_quoted_text_exactly(ods_portal):
    client = OdsClient(ods_portal.url)
    page = client.records(
        "arrondissements", where=odsql.equals("l_aroff", "Hôtel-de-Ville"), limit=5
    )
    assert [r["c_ar"] for r in page.results] == [4]
    # A quote in user text cannot break out of the literal: no match, no syntax error.
    injected = odsql.equals("l_aroff", 'x" or c_ar > 0 or l_aroff = "y')
    assert client.records("arrondissements", where=injected).total_count == 0


def test_portal_reports_its_odsql_message(ods_portal):
    client = OdsClient(ods_portal.url)
    with pytest.raises(QueryError) as caught:
        client.records("arrondissements", where="c_ar >")
    assert caught.value.error_code == "ODSQLError"
    assert str(caught.value) == f"The portal rejected the query: {caught.value.portal_message}"
    assert caught.value.portal_message
