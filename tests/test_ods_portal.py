"""The local ODS portal answers as the official Explore API v2.1 does (spec, limits, errors).

The plugin's client is tested against this portal, so the portal itself is checked here:
JSON bodies against the official OpenAPI schemas, paging rules, fault datasets, exports
readable by OGR, and spatial filters against a direct computation on the source files.
"""

import http.client
import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from jsonschema import Draft202012Validator
from osgeo import ogr
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The official Explore API v2.1 spec (MIT, github.com/opendatasoft/opendatasoft-explore-sdk).
SPEC = Path(__file__).resolve().parent / "ods_portal" / "ods-explore-v2.1-openapi.json"
SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
API = "/api/explore/v2.1/catalog"
# The spec documents no body for 401/404: the portal uses its error object (that of 400).
ERROR_SCHEMA = "components/responses/bad_request/content/application~1json; charset=utf-8/schema"
PARIS_COUNTS = {
    "sites-disposant-du-service-paris-wi-fi": 277,
    "arrondissements": 20,
    "marches-decouverts": 81,
    "velib-emplacement-des-stations": 1465,
    "sanisettesparis": 615,
    "arbresremarquablesparis": 174,
}

ogr.UseExceptions()


# --- helpers -------------------------------------------------------------------------


def openapi_to_json_schema(node):
    """OpenAPI 3.0 `nullable: true` → JSON Schema `type: [t, "null"]` (the rest is the same)."""
    if isinstance(node, dict):
        node = {k: openapi_to_json_schema(v) for k, v in node.items()}
        if node.pop("nullable", False) and "type" in node:
            node["type"] = [node["type"], "null"]
        return node
    if isinstance(node, list):
        return [openapi_to_json_schema(v) for v in node]
    return node


@pytest.fixture(scope="module")
def spec():
    return openapi_to_json_schema(json.loads(SPEC.read_text(encoding="utf-8")))


def validate(spec, body, pointer):
    """Validate a body against a schema of the spec, e.g. `components/schemas/dataset-v2.1`."""
    registry = Registry().with_resource("urn:ods-spec", Resource(spec, DRAFT202012))
    schema = {"$ref": f"urn:ods-spec#/{pointer}"}
    Draft202012Validator(schema, registry=registry).validate(body)


def response_schema(spec, path, status="200"):
    """JSON pointer of the body schema of one response of one path of the spec."""
    response = spec["paths"][path]["get"]["responses"][status]
    if "$ref" in response:
        pointer = response["$ref"][2:]
        response = spec["components"]["responses"][pointer.split("/")[-1]]
    else:
        pointer = f"paths/{esc(path)}/get/responses/{status}"
    media = next(iter(response["content"]))
    return f"{pointer}/content/{esc(media)}/schema"


def esc(part):
    return part.replace("~", "~0").replace("/", "~1")


def get(portal, path, **params):
    """(status, headers, body bytes) of a GET on the portal; `headers=` sets request headers."""
    headers = params.pop("headers", {})
    query = urlencode(
        [(k, v) for k, vs in params.items() for v in (vs if isinstance(vs, list) else [vs])]
    )
    url = portal.url + path + ("?" + query if query else "")
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get_json(portal, path, status=200, **params):
    code, headers, body = get(portal, path, **params)
    assert code == status, body[:500]
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def export_layer(portal, tmp_path, dataset_id, export_format, **params):
    """(features, layer definition, SRS) of an export opened with OGR."""
    status, _, body = get(portal, f"{API}/datasets/{dataset_id}/exports/{export_format}", **params)
    assert status == 200, body[:500]
    path = tmp_path / f"{dataset_id}.{export_format}"
    path.write_bytes(body)
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    features = [feature for feature in layer]
    return features, layer.GetLayerDefn(), layer.GetSpatialRef(), source


# --- catalogue -----------------------------------------------------------------------


def test_catalogue_pages_through_more_than_100_datasets(ods_portal, spec):
    first = get_json(ods_portal, f"{API}/datasets", limit=100, order_by="dataset_id")
    validate(spec, first, response_schema(spec, "/catalog/datasets"))
    assert first["total_count"] > 100
    rest = get_json(ods_portal, f"{API}/datasets", limit=100, offset=100, order_by="dataset_id")
    ids = [d["dataset_id"] for d in first["results"] + rest["results"]]
    assert len(ids) == len(set(ids)) == first["total_count"]
    assert ids == sorted(ids)
    assert {"arrondissements", "tdathack-filler-150", "tdathack-points-100k"} <= set(ids)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"limit": 101},
            "Invalid value for limit API parameter: 101 was found but "
            "-1 <= limit <= 100 is expected.",
        ),
        (
            {"limit": 100, "offset": 9901},
            "Invalid value for offset API parameter: 9901 was "
            "found but offset + limit <= 10000 is expected.",
        ),
        (
            {"limit": "ten"},
            "Invalid value for limit API parameter: ten was found but an " "integer is expected.",
        ),
    ],
)
@pytest.mark.parametrize("path", ["/datasets", "/datasets/velib-emplacement-des-stations/records"])
def test_paging_limits_answer_400_with_the_portal_body(ods_portal, spec, path, params, message):
    body = get_json(ods_portal, API + path, status=400, **params)
    validate(spec, body, response_schema(spec, "/catalog/datasets", "400"))
    assert body == {"error_code": "InvalidRESTParameterError", "message": message}


def test_last_allowed_page_is_offset_9900_limit_100(ods_portal):
    body = get_json(ods_portal, f"{API}/datasets", limit=100, offset=9900)
    assert body["results"] == []
    assert body["total_count"] > 100


def test_catalogue_json_export_lists_every_dataset_without_paging(ods_portal):
    every = get_json(ods_portal, f"{API}/exports/json", select="dataset_id")
    total = get_json(ods_portal, f"{API}/datasets", limit=0)["total_count"]
    assert len(every) == total > 100
    geo = get_json(ods_portal, f"{API}/exports/json", where='features="geo"', select="dataset_id")
    assert (
        len(geo)
        == get_json(ods_portal, f"{API}/datasets", where='features="geo"', limit=0)["total_count"]
    )


def test_catalogue_free_text_select_and_order(ods_portal):
    body = get_json(
        ods_portal,
        f"{API}/datasets",
        where='"wi-fi"',
        select="dataset_id, title",
        refine='publisher:"Ville de Paris"',
    )
    assert body == {
        "total_count": 1,
        "results": [
            {
                "dataset_id": "sites-disposant-du-service-paris-wi-fi",
                "title": "Sites disposant du service Paris Wi-Fi",
            }
        ],
    }
    same = get_json(ods_portal, f"{API}/datasets", where=['search("wi-fi")', 'theme = "Test"'])
    assert same["total_count"] == 7  # the fault datasets serve the Wi-Fi sites
    big = get_json(
        ods_portal,
        f"{API}/datasets",
        where="records_count > 1000",
        order_by="records_count desc",
        select="dataset_id,records_count",
    )
    assert [d["records_count"] for d in big["results"]] == [400000, 100000, 34969, 1465]


def test_catalogue_geo_filter_and_refine(ods_portal):
    geo = get_json(
        ods_portal,
        f"{API}/datasets",
        where='features = "geo"',
        limit=100,
        select="dataset_id,features",
    )
    assert all("geo" in d["features"] for d in geo["results"])
    assert "communes-population" not in {d["dataset_id"] for d in geo["results"]}
    assert (
        geo["total_count"]
        == get_json(ods_portal, f"{API}/datasets", refine='features:"geo"', limit=0)["total_count"]
    )
    paris = get_json(
        ods_portal,
        f"{API}/datasets",
        refine='publisher:"Ville de Paris"',
        order_by="title",
        select="dataset_id,publisher,license",
        limit=20,
    )
    assert {d["dataset_id"] for d in paris["results"]} == set(PARIS_COUNTS)
    assert {d["license"] for d in paris["results"]} == {"Open Database License (ODbL)"}
    no_test = get_json(ods_portal, f"{API}/datasets", exclude='theme:"Test"', limit=0)
    assert no_test["total_count"] == 9


# --- dataset metadata and records ----------------------------------------------------


def test_dataset_metadata_follows_the_spec(ods_portal, spec):
    body = get_json(ods_portal, f"{API}/datasets/arrondissements")
    validate(spec, body, response_schema(spec, "/catalog/datasets/{dataset_id}"))
    metas = body["metas"]["default"]
    assert body["dataset_id"] == "arrondissements"
    assert body["has_records"] is True
    assert "geo" in body["features"]
    assert metas["title"] == "Arrondissements"
    assert metas["publisher"] == "Ville de Paris"
    assert metas["license"] == "Open Database License (ODbL)"
    assert metas["records_count"] == 20
    assert metas["geometry_types"] == ["Polygon"]
    assert metas["bbox"]["type"] == "Feature"
    assert metas["bbox"]["geometry"]["type"] == "Polygon"
    types = {f["name"]: f["type"] for f in body["fields"]}
    assert types["geom"] == "geo_shape"
    assert types["geom_x_y"] == "geo_point_2d"
    assert types["c_ar"] == "int"
    assert types["surface"] == "double"
    assert types["l_aroff"] == "text"
    assert all(
        set(f) == {"name", "label", "type", "annotations", "description"} for f in body["fields"]
    )


def test_table_dataset_has_no_geometry(ods_portal):
    body = get_json(ods_portal, f"{API}/datasets/communes-population")
    assert "geo" not in body["features"]
    assert body["metas"]["default"]["records_count"] == 34969
    assert body["metas"]["default"]["bbox"] is None


def test_records_follow_the_spec(ods_portal, spec):
    body = get_json(
        ods_portal,
        f"{API}/datasets/marches-decouverts/records",
        limit=100,
        offset=0,
        order_by="id_marche",
    )
    validate(spec, body, response_schema(spec, "/catalog/datasets/{dataset_id}/records"))
    assert body["total_count"] == 81
    assert len(body["results"]) == 81
    first = body["results"][0]
    assert set(first["geo_point_2d"]) == {"lon", "lat"}
    assert first["geo_shape"]["type"] == "Feature"
    assert first["geo_shape"]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    ids = [r["id_marche"] for r in body["results"]]
    assert ids == sorted(ids)


def test_records_select_where_and_default_limit(ods_portal):
    body = get_json(
        ods_portal,
        f"{API}/datasets/arrondissements/records",
        where="c_ar <= 4 and l_aroff != 'Louvre'",
        select="c_ar, l_aroff",
        order_by="c_ar desc",
    )
    assert body == {
        "total_count": 3,
        "results": [
            {"c_ar": 4, "l_aroff": "Hôtel-de-Ville"},
            {"c_ar": 3, "l_aroff": "Temple"},
            {"c_ar": 2, "l_aroff": "Bourse"},
        ],
    }
    default = get_json(ods_portal, f"{API}/datasets/velib-emplacement-des-stations/records")
    assert len(default["results"]) == 10
    assert default["total_count"] == 1465


# --- errors ------------------------------------------------------------------------


def test_unknown_dataset_is_404_not_found_resource(ods_portal, spec):
    for suffix in ("", "/records", "/exports/geojson"):
        body = get_json(ods_portal, f"{API}/datasets/no-such-dataset{suffix}", status=404)
        validate(spec, body, ERROR_SCHEMA)
        assert body == {
            "error_code": "NotFoundResource",
            "message": "The requested dataset no-such-dataset does not exist.",
        }


@pytest.mark.parametrize("path", ["/", "/not-ods/api/explore/v2.1/catalog/datasets"])
def test_paths_outside_the_api_are_an_html_404(ods_portal, path):
    status, headers, body = get(ods_portal, path)
    assert status == 404
    assert headers["Content-Type"].startswith("text/html")
    assert b"404 Not Found" in body


@pytest.mark.parametrize(
    ("where", "detail"),
    [
        ("c_ar >", "Syntax error at position 6 (end of query): expected a literal value."),
        ("nope = 1", "Unknown field: nope."),
        ("l_ar = 'x", "Unterminated string literal starting at position 7."),
        (
            "in_bbox(l_ar, 1, 2, 3, 4)",
            "Field l_ar is not a geo field (geo_point_2d or " "geo_shape).",
        ),
        ("intersects(geom, geom'POLYGON((1 2')", "Invalid geometry literal: 'POLYGON((1 2'."),
    ],
)
def test_malformed_where_is_400_odsql_error(ods_portal, spec, where, detail):
    body = get_json(ods_portal, f"{API}/datasets/arrondissements/records", status=400, where=where)
    validate(spec, body, response_schema(spec, "/catalog/datasets", "400"))
    assert body == {
        "error_code": "ODSQLError",
        "message": f"ODSQL query is malformed: "
        f"{detail} Clause(s) containing the error(s): where.",
    }


def test_unknown_select_field_names_the_select_clause(ods_portal):
    body = get_json(
        ods_portal,
        f"{API}/datasets/arrondissements/exports/csv",
        status=400,
        select="no_such_field",
    )
    assert body["message"] == (
        "ODSQL query is malformed: Unknown field: no_such_field. "
        "Clause(s) containing the error(s): select."
    )


def test_private_dataset_needs_the_api_key(ods_portal, spec):
    path = f"{API}/datasets/tdathack-private"
    for suffix in ("", "/records", "/exports/geojson"):
        body = get_json(ods_portal, path + suffix, status=401)
        validate(spec, body, ERROR_SCHEMA)
        assert body["error_code"] == "AuthenticationError"
        refused = get_json(
            ods_portal, path + suffix, status=401, headers={"Authorization": "Apikey wrong"}
        )
        assert refused["message"] == "The API key you provided is not valid for this dataset."
    listed = get_json(ods_portal, f"{API}/datasets", where='dataset_id = "tdathack-private"')
    assert listed["total_count"] == 0
    key = {"Authorization": f"Apikey {ods_portal.api_key}"}
    assert get_json(ods_portal, path, headers=key)["metas"]["default"]["records_count"] == 20
    listed = get_json(
        ods_portal, f"{API}/datasets", where='dataset_id = "tdathack-private"', headers=key
    )
    assert listed["total_count"] == 1


# --- exports -----------------------------------------------------------------------


@pytest.mark.parametrize(("dataset_id", "count"), sorted(PARIS_COUNTS.items()))
def test_geojson_export_of_paris_datasets(ods_portal, tmp_path, dataset_id, count):
    features, _, _, _ = export_layer(ods_portal, tmp_path, dataset_id, "geojson")
    assert len(features) == count
    assert all(f.GetGeometryRef() is not None for f in features)


def test_csv_export_is_semicolon_separated_with_lat_lon_points(ods_portal):
    status, headers, body = get(
        ods_portal,
        f"{API}/datasets/sites-disposant-du-service-" "paris-wi-fi/exports/csv",
        with_bom="false",
    )
    assert status == 200
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    lines = body.decode().splitlines()
    assert lines[0] == "nom_site;arc_adresse;cp;idpw;nombre_de_borne_wifi;etat2;geo_point_2d"
    assert len(lines) == 1 + 277
    assert lines[1].endswith(";48.8618833615023, 2.341156755003171")


def test_exports_honour_where_select_and_limit(ods_portal, tmp_path):
    features, definition, _, _ = export_layer(
        ods_portal,
        tmp_path,
        "marches-decouverts",
        "geojson",
        where="produit = 'Alimentaire' and ardt in (15, 16)",
        select="nom_court,geo_shape",
    )
    source = json.loads((SAMPLE / "paris/marches-decouverts.geojson").read_text())
    expected = [
        p
        for p in (f["properties"] for f in source["features"])
        if p["produit"] == "Alimentaire" and p["ardt"] in (15, 16)
    ]
    assert len(features) == len(expected) == 13
    assert [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())] == [
        "nom_court"
    ]
    limited, _, _, _ = export_layer(
        ods_portal, tmp_path, "velib-emplacement-des-stations", "geojson", limit=7
    )
    assert len(limited) == 7


def test_export_url_quoting(ods_portal):
    where = quote('l_aroff = "Hôtel-de-Ville"')
    status, _, body = get(
        ods_portal, f"{API}/datasets/arrondissements/exports/json" f"?where={where}&select=c_ar"
    )
    assert status == 200
    assert json.loads(body) == [{"c_ar": 4}]


@pytest.mark.parametrize(
    ("dataset_id", "count", "geometry_type"),
    [
        ("arrondissements", 20, ogr.wkbPolygon),
        ("marches-decouverts", 81, ogr.wkbMultiPolygon),
        ("sanisettesparis", 615, ogr.wkbMultiPoint),
        ("sites-mobiles-2018-aveyron", 644, ogr.wkbPoint),
        ("communes-aveyron", 285, ogr.wkbMultiPolygon),
        ("tdathack-points-100k", 100_000, ogr.wkbPoint),
    ],
)
def test_fgb_export_is_read_by_ogr(ods_portal, tmp_path, dataset_id, count, geometry_type):
    features, definition, srs, _ = export_layer(ods_portal, tmp_path, dataset_id, "fgb")
    assert len(features) == count
    assert definition.GetGeomType() == geometry_type
    assert srs.GetAuthorityCode(None) == "4326"
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    assert "geo_point_2d" not in names and "geo_shape" not in names


def test_fgb_keeps_field_types(ods_portal, tmp_path):
    features, definition, _, _ = export_layer(
        ods_portal, tmp_path, "arbresremarquablesparis", "fgb", order_by="idbase", limit=1
    )
    types = {
        definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetType()
        for i in range(definition.GetFieldCount())
    }
    assert types["hauteurenm"] == ogr.OFTReal
    assert types["dateplantation"] in (ogr.OFTDate, ogr.OFTDateTime)  # FlatGeobuf: DateTime
    assert types["libellefrancais"] == ogr.OFTString
    assert len(features) == 1


def test_export_reprojects_with_epsg(ods_portal, tmp_path):
    features, _, srs, _ = export_layer(
        ods_portal, tmp_path, "arrondissements", "fgb", epsg=2154, where="c_ar = 1"
    )
    assert srs.GetAuthorityCode(None) == "2154"
    x, y = features[0].GetGeometryRef().Centroid().GetPoint_2D()
    assert 650_000 < x < 654_000 and 6_860_000 < y < 6_864_000  # Louvre, Lambert-93
    features, _, srs, _ = export_layer(
        ods_portal, tmp_path, "arrondissements", "geojson", epsg=2154, where="c_ar = 1"
    )
    assert srs.GetAuthorityCode(None) == "2154"
    assert features[0].GetGeometryRef().Centroid().GetX() == pytest.approx(x)


def test_big_export_is_streamed_in_chunks(ods_portal):
    request = urllib.request.Request(
        ods_portal.url + f"{API}/datasets/tdathack-points-100k/exports/geojson"
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.headers["Transfer-Encoding"] == "chunked"
        assert response.headers["Content-Disposition"] == (
            'attachment; filename="tdathack-points-100k.geojson"'
        )
        collection = json.loads(response.read())
    assert len(collection["features"]) == 100_000
    assert collection["features"][0]["properties"] == {
        "id": 1,
        "name": "Point 000001",
        "value": collection["features"][0]["properties"]["value"],
    }


def test_generated_points_are_deterministic_and_inside_aveyron_box(ods_portal):
    path = f"{API}/datasets/tdathack-points-100k/records"
    first = get_json(ods_portal, path, limit=5)
    assert first == get_json(ods_portal, path, limit=5)
    assert first["total_count"] == 100_000
    bbox = get_json(ods_portal, f"{API}/datasets/tdathack-points-100k")["metas"]["default"]["bbox"]
    lons = [c[0] for c in bbox["geometry"]["coordinates"][0]]
    lats = [c[1] for c in bbox["geometry"]["coordinates"][0]]
    for record in first["results"]:
        assert min(lons) <= record["geo_point_2d"]["lon"] <= max(lons)
        assert min(lats) <= record["geo_point_2d"]["lat"] <= max(lats)


# --- spatial filters against OGR on the source files -------------------------------


def keys_in_file(path, geometry, key) -> list:
    """Sorted `key` values of the features of a GeoJSON file intersecting a geometry (OGR)."""
    properties = [f["properties"] for f in json.loads(path.read_text())["features"]]
    source = ogr.Open(str(path))  # kept: its layer lives only as long as it does
    layer = source.GetLayer(0)
    layer.SetSpatialFilter(geometry)
    return sorted(str(properties[f.GetFID()][key]) for f in layer)


def exported_keys(portal, dataset_id, where, key) -> list:
    """Sorted `key` values of the records the portal exports for an ODSQL where."""
    url = f"{API}/datasets/{dataset_id}/exports/json"
    return sorted(str(r[key]) for r in json.loads(get(portal, url, where=where, select=key)[2]))


@pytest.mark.parametrize(
    ("dataset_id", "field", "file", "key"),
    [
        (
            "velib-emplacement-des-stations",
            "coordonnees_geo",
            "velib-emplacement-des-stations",
            "stationcode",
        ),
        ("marches-decouverts", "geo_shape", "marches-decouverts", "id_marche"),
        ("arrondissements", "geom", "arrondissements", "c_ar"),
    ],
)
def test_in_bbox_equals_ogr_on_the_source_file(ods_portal, dataset_id, field, file, key):
    south, west, north, east = 48.85, 2.30, 48.87, 2.36
    box = ogr.CreateGeometryFromWkt(
        f"POLYGON(({west} {south},{east} {south},{east} {north},{west} {north},{west} {south}))"
    )
    path = SAMPLE / "paris" / f"{file}.geojson"
    expected = keys_in_file(path, box, key)
    where = f"in_bbox({field}, {south}, {west}, {north}, {east})"
    assert exported_keys(ods_portal, dataset_id, where, key) == expected
    assert 0 < len(expected) < len(json.loads(path.read_text())["features"])
    # latitude first: the same numbers in lon/lat order select nothing in Paris
    swapped = get_json(
        ods_portal,
        f"{API}/datasets/{dataset_id}/records",
        limit=0,
        where=f"in_bbox({field}, {west}, {south}, {east}, {north})",
    )
    assert swapped["total_count"] == 0


def test_intersects_equals_ogr_on_the_source_file(ods_portal):
    wkt = "POLYGON((2.33 48.85, 2.37 48.85, 2.36 48.88, 2.32 48.87, 2.33 48.85))"
    polygon = ogr.CreateGeometryFromWkt(wkt)
    for dataset_id, field, key in (
        ("sanisettesparis", "geo_shape", "adresse"),
        ("arrondissements", "geom", "c_ar"),
    ):
        path = SAMPLE / "paris" / f"{dataset_id}.geojson"
        expected = keys_in_file(path, polygon, key)
        where = f"intersects({field}, geom'{wkt}')"
        assert exported_keys(ods_portal, dataset_id, where, key) == expected
        assert expected


def test_mobile_sites_are_the_arcep_sites_inside_aveyron(ods_portal):
    outline = json.loads((SAMPLE / "admin/departement-12-aveyron.geojson").read_text())
    wkt = ogr.CreateGeometryFromJson(json.dumps(outline["geometry"])).ExportToWkt()
    body = get_json(
        ods_portal,
        f"{API}/datasets/sites-mobiles-2018-aveyron/records",
        limit=0,
        where=f"intersects(geo_point_2d, geom'{wkt}')",
    )
    assert body["total_count"] == 644
    orange = get_json(
        ods_portal,
        f"{API}/datasets/sites-mobiles-2018-aveyron/records",
        limit=1,
        refine='operateur:"Orange"',
        select="operateur,code_operateur",
    )
    assert orange["results"] == [{"operateur": "Orange", "code_operateur": "20801"}]


@pytest.mark.parametrize(
    ("where", "count"),
    [
        ("ardt = 16 or ardt = 17", None),
        ("not (ardt >= 2)", None),
        ("nom_long like 'MARCHÉ BIO*'", None),
        ("secteur is null", None),
        ("secteur is not null", None),
        ("ardt not in (1, 2, 3)", None),
        ('"bio" and produit = "Alimentaire bio"', None),
        ("startswith(nom_court, 'PORTE')", None),
    ],
)
def test_where_operators_match_a_direct_filter(ods_portal, where, count):
    rows = [
        f["properties"]
        for f in json.loads((SAMPLE / "paris/marches-decouverts.geojson").read_text())["features"]
    ]
    expected = {
        "ardt = 16 or ardt = 17": lambda r: r["ardt"] in (16, 17),
        "not (ardt >= 2)": lambda r: not r["ardt"] >= 2,
        "nom_long like 'MARCHÉ BIO*'": lambda r: r["nom_long"].upper().startswith("MARCHÉ BIO"),
        "secteur is null": lambda r: r["secteur"] is None,
        "secteur is not null": lambda r: r["secteur"] is not None,
        "ardt not in (1, 2, 3)": lambda r: r["ardt"] not in (1, 2, 3),
        '"bio" and produit = "Alimentaire bio"': lambda r: r["produit"] == "Alimentaire bio",
        "startswith(nom_court, 'PORTE')": lambda r: r["nom_court"].startswith("PORTE"),
    }[where]
    body = get_json(ods_portal, f"{API}/datasets/marches-decouverts/records", limit=0, where=where)
    assert body["total_count"] == sum(1 for r in rows if expected(r)) > 0


def test_string_literals_accept_both_quotes_and_escapes(ods_portal):
    path = f"{API}/datasets/velib-emplacement-des-stations/records"
    name = "Place Jean-Spire-Lemaître"
    assert get_json(ods_portal, path, where=f'name = "{name}"', limit=0)["total_count"] == 1
    assert get_json(ods_portal, path, where=f"name = '{name}'", limit=0)["total_count"] == 1
    escaped = get_json(
        ods_portal,
        f"{API}/datasets/communes-aveyron/records",
        limit=10,
        where="nom like '*d\\'aubrac*'",
        select="nom",
        order_by="nom",
    )
    assert [r["nom"] for r in escaped["results"]] == [
        "Condom-d'Aubrac",
        "Prades-d'Aubrac",
        "Saint Geniez d'Olt et d'Aubrac",
        "Saint-Chély-d'Aubrac",
    ]


# --- facets -------------------------------------------------------------------------


def test_catalogue_facets_follow_the_spec_and_the_filters(ods_portal, spec):
    body = get_json(ods_portal, f"{API}/facets")
    validate(spec, body, response_schema(spec, "/catalog/facets"))
    facets = {f["name"]: {v["value"]: v["count"] for v in f["facets"]} for f in body["facets"]}
    assert {"theme", "keyword", "publisher", "features"} <= set(facets)
    total = get_json(ods_portal, f"{API}/datasets", limit=0)["total_count"]
    assert facets["features"]["analyze"] == total
    assert facets["publisher"]["Ville de Paris"] == 6
    assert facets["theme"]["Test"] == total - 9
    refined = get_json(
        ods_portal, f"{API}/facets", facet="theme", refine='publisher:"Ville de Paris"'
    )
    themes = {v["value"]: v for v in refined["facets"][0]["facets"]}
    assert "Test" not in themes
    assert themes["Commerces"]["count"] == 1
    geo_only = get_json(ods_portal, f"{API}/facets", facet="publisher", where='features="geo"')
    assert "INSEE" not in {v["value"] for v in geo_only["facets"][0]["facets"]}


# --- faults -------------------------------------------------------------------------


def dataset_path(dataset_id):
    return f"{API}/datasets/{dataset_id}"


def test_rate_limited_dataset_answers_429_legacy_body(ods_portal, spec):
    for suffix in ("", "/records", "/exports/fgb"):
        body = get_json(ods_portal, dataset_path("tdathack-rate-limited") + suffix, status=429)
        validate(spec, body, response_schema(spec, "/catalog/datasets", "429"))
        assert body["errorcode"] == 10002
        assert body["limit_time_unit"] == "day"
        assert body["call_limit"] == 10000
        assert body["reset_time"].endswith("T00:00:00Z")


def test_rate_limited_soon_answers_429_once_per_path(ods_portal):
    ods_portal.reset()
    path = dataset_path("tdathack-rate-limited-soon") + "/records"
    assert get(ods_portal, path)[0] == 429
    assert get_json(ods_portal, path)["total_count"] == 277
    assert get(ods_portal, dataset_path("tdathack-rate-limited-soon"))[0] == 429
    ods_portal.reset()
    assert get(ods_portal, path)[0] == 429


def test_flaky_dataset_fails_twice_then_answers(ods_portal):
    ods_portal.reset()
    path = dataset_path("tdathack-flaky") + "/exports/geojson"
    assert [get(ods_portal, path)[0] for _ in range(3)] == [503, 503, 200]


def test_server_error_dataset_answers_500_json(ods_portal):
    status, headers, body = get(ods_portal, dataset_path("tdathack-server-error"))
    assert status == 500
    assert json.loads(body)["error_code"] == "InternalServerError"


def test_html_dataset_answers_a_login_page(ods_portal):
    for suffix in ("", "/records", "/exports/fgb"):
        status, headers, body = get(ods_portal, dataset_path("tdathack-html") + suffix)
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert b"<form" in body


def test_truncated_export_declares_more_than_it_sends(ods_portal):
    request = urllib.request.Request(
        ods_portal.url + dataset_path("tdathack-truncated") + "/exports/geojson"
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        declared = int(response.headers["Content-Length"])
        with pytest.raises(http.client.IncompleteRead) as caught:
            response.read()
    assert 0 < len(caught.value.partial) < declared
    assert get_json(ods_portal, dataset_path("tdathack-truncated"))["dataset_id"] == (
        "tdathack-truncated"
    )


def test_slow_dataset_waits_slow_seconds(ods_portal):
    ods_portal.slow_seconds = 0.3
    try:
        started = time.monotonic()
        assert get(ods_portal, dataset_path("tdathack-slow"))[0] == 200
        assert time.monotonic() - started >= 0.3
    finally:
        ods_portal.slow_seconds = 3.0


def test_request_log_records_path_and_headers(ods_portal):
    ods_portal.reset()
    get(ods_portal, f"{API}/datasets", limit=1, headers={"User-Agent": "tdathack_plugin/test"})
    assert ods_portal.requests == [("GET", f"{API}/datasets?limit=1", ods_portal.requests[0][2])]
    assert ods_portal.requests[0][2]["User-Agent"] == "tdathack_plugin/test"


def test_the_demo_portal_offers_no_dataset_that_fails_on_purpose():
    from tests.ods_portal.registry import FAULTS
    from tests.ods_portal.server import Portal

    demo, tests = Portal(faults=False), Portal()
    try:
        assert not set(FAULTS) & set(demo.datasets)
        assert set(FAULTS) <= set(tests.datasets)
        assert set(demo.datasets) == set(tests.datasets) - set(FAULTS)
    finally:
        demo.server.server_close()
        tests.server.server_close()
