"""Where fibrepro cannot read its points in bulk (a memory layer, a CSV, a shapefile's text, a
multipoint layer) QGIS reads them in one pass into arrays, and a selection's extent comes from
GDAL's bulk read: the outputs and messages are exactly those of the feature-by-feature reading
(tests/feature_by_feature.py), with null geometries, empty points, multipoints, duplicate
points and points exactly at the match distance."""

import csv

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tdathack_plugin.coverage import sirene
from tdathack_plugin.processing import bulk_sources
from tdathack_plugin.processing.algorithms import fibre_pro_establishments

from . import feature_by_feature
from .algorithm_runs import Recorder, output_layers
from .bulk_runs import contents
from .test_fibre_pro_bulk import OUTPUTS, X, Y, gpkg
from .test_fibre_pro_providers import converted

pytestmark = pytest.mark.usefixtures("tdathack_provider")

ESTABLISHMENT_FIELDS = [
    "siret",
    "trancheEffectifsEtablissement",
    "etatAdministratifEtablissement",
    "qualite_xy",
]
ESTABLISHMENTS = [  # siret, size class, state, qualite_xy, location
    ("a", "11", "A", "11", f"POINT ({X + 10} {Y})"),
    ("b", "01", "A", None, f"POINT ({X} {Y + 30})"),  # exactly 30 m (the match distance)
    ("c", "11", "A", "11", None),
    ("d", "12", "A", "11", "POINT EMPTY"),
    ("é", None, "A", "11", f"POINT ({X + 700} {Y})"),
    ("f", "XX", "A", "11", f"POINT ({X + 20} {Y})"),
    ("g", "11", "F", "11", f"POINT ({X} {Y})"),
    ("h", "11", "A", "33.0", f"POINT ({X + 50} {Y})"),
    ("i", "00", "A", "11", f"POINT ({X + 60} {Y})"),
    ("j", "21", None, "11", f"POINT ({X + 61} {Y})"),
    ("k", "21", "A", "11", f"POINT ({X + 530} {Y})"),  # exactly 30 m from E3
    ("l", "21", "A", "11", f"POINT ({X + 530.000001} {Y})"),  # just beyond
    ("m", "21", "A", "11", f"POINT ({X + 530} {Y})"),  # the same place as k
    ("n", "21", "A", "11", f"POINT ({X + 1200} {Y + 400})"),
]
BUILDINGS = [  # imb_id, location
    ("E1", f"POINT ({X} {Y})"),
    ("E1b", f"POINT ({X} {Y})"),  # the same place as E1: a tie
    ("E2", f"POINT ({X + 1000} {Y})"),
    ("E3", f"POINT ({X + 500} {Y})"),
    (None, f"POINT ({X + 5} {Y})"),
    ("E4", "POINT EMPTY"),
    ("E5", None),
]
MULTI = {  # a multipoint layer: these instead of the points of the same name
    "n": f"MULTIPOINT (({X + 1100} {Y + 400}), ({X + 1301} {Y + 401}))",
    "E2": f"MULTIPOINT (({X + 1000} {Y}), ({X + 1200} {Y + 450}), ({X + 1200} {Y + 450}))",
}


def parameters(establishments, buildings, id_field="imb_id"):
    return {
        "ESTABLISHMENTS": establishments,
        "ELIGIBLE": buildings,
        "ELIGIBLE_ID_FIELD": id_field,
        "MIN_SIZE": sirene.CODES.index("01"),
        "MATCH_DISTANCE": 30,
        "CLUSTER_DISTANCE": 100,
        "CLUSTER_MIN_POINTS": 2,
    }


def run(tmp_path, way, given):
    folder = tmp_path / way
    folder.mkdir()
    feedback = Recorder()
    layers = output_layers("tdathack:fibrepro", given, OUTPUTS, folder, feedback)
    messages = [line for line in feedback.lines if not line.startswith(("Results:", "SELECT"))]
    return [contents(layer) for layer in layers], messages


def fast_and_slow(monkeypatch, tmp_path, given):
    """(outputs, messages) as fibrepro reads today, then feature by feature."""
    fast = run(tmp_path, "fast", given)
    with monkeypatch.context() as patch:
        feature_by_feature.patch(patch)
        slow = run(tmp_path, "slow", given)
    slow_messages = [line for line in slow[1] if "feature by feature" not in line]
    fast_messages = [line for line in fast[1] if "feature by feature" not in line]
    return (fast[0], fast_messages), (slow[0], slow_messages), fast[1]


def memory_layer(kind, fields, rows, multi=None):
    """A memory layer (Lambert-93) of string fields from (values..., WKT or None) rows."""
    uri = f"{kind}?crs=EPSG:2154" + "".join(f"&field={name}:string" for name in fields)
    layer = QgsVectorLayer(uri, "memory", "memory")
    features = []
    for *values, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        wkt = (multi or {}).get(values[0], wkt)
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def written(outputs) -> dict:
    """{siret: row} of the establishments output."""
    fields, rows = outputs[0]
    return {row[fields.index("siret")]: dict(zip(fields, row)) for row, _geometry in rows}


@pytest.mark.parametrize("id_field", ["imb_id", ""])
def test_memory_layers_are_read_in_one_pass_alike(monkeypatch, tmp_path, id_field):
    establishments = memory_layer("Point", ESTABLISHMENT_FIELDS, ESTABLISHMENTS)
    buildings = memory_layer("Point", ["imb_id"], BUILDINGS)
    establishments.dataProvider().deleteFeatures([2])  # ids need not follow each other
    fast, slow, log = fast_and_slow(
        monkeypatch, tmp_path, parameters(establishments, buildings, id_field)
    )
    assert fast == slow
    assert (
        sum(
            "is read through QGIS, feature by feature: QGIS reads this kind of layer "
            "(memory) only." in line
            for line in log
        )
        == 2
    )
    rows = written(fast[0])
    assert "b" not in rows
    assert rows["k"]["eligible"] and not rows["l"]["eligible"]
    assert rows["k"]["distance_m"] == 30.0 and rows["k"]["nearest_id"] == ("E3" if id_field else 4)
    assert rows["a"]["nearest_id"] == (None if id_field else 5)  # the building without an id


def test_multipoints_are_read_in_one_pass_alike(monkeypatch, tmp_path):
    """An establishment of several points is at their centroid; each point of a building is
    one eligible point."""
    establishments = memory_layer("MultiPoint", ESTABLISHMENT_FIELDS, ESTABLISHMENTS, MULTI)
    buildings = memory_layer("MultiPoint", ["imb_id"], BUILDINGS, MULTI)
    fast, slow, log = fast_and_slow(monkeypatch, tmp_path, parameters(establishments, buildings))
    assert fast == slow
    assert sum("not single 2D points" in line for line in log) == 2
    rows = written(fast[0])
    assert rows["n"]["nearest_id"] == "E2" and rows["n"]["distance_m"] == pytest.approx(
        ((1200.5 - 1200) ** 2 + (400.5 - 450) ** 2) ** 0.5
    )


def write_csv(path, fields, rows):
    """A CSV with X and Y columns (empty for a null or empty geometry)."""
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow([*fields, "X", "Y"])
        for *values, wkt in rows:
            point = QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry()
            located = not point.isNull() and not point.isEmpty()
            xy = [repr(point.asPoint().x()), repr(point.asPoint().y())] if located else ["", ""]
            writer.writerow([value if value is not None else "" for value in values] + xy)
    return QgsVectorLayer(
        f"file://{path}?delimiter=,&xField=X&yField=Y&crs=EPSG:2154&spatialIndex=no",
        path.stem,
        "delimitedtext",
    )


def test_csv_files_are_read_in_one_pass_alike(monkeypatch, tmp_path):
    establishments = write_csv(tmp_path / "etab.csv", ESTABLISHMENT_FIELDS, ESTABLISHMENTS)
    buildings = write_csv(tmp_path / "imb.csv", ["imb_id"], BUILDINGS)
    assert establishments.isValid() and buildings.isValid()
    fast, slow, log = fast_and_slow(monkeypatch, tmp_path, parameters(establishments, buildings))
    assert fast == slow
    assert sum("(delimitedtext) only" in line for line in log) == 2
    rows = written(fast[0])
    assert rows["k"]["eligible"] and not rows["l"]["eligible"]
    assert rows["k"]["nearest_id"] == "E3" and rows["m"]["nearest_id"] == "E3"


def test_shapefile_text_is_read_in_one_pass_alike(monkeypatch, tmp_path):
    source = gpkg(tmp_path / "etab.gpkg", "etab", ESTABLISHMENT_FIELDS, ESTABLISHMENTS)
    buildings = gpkg(tmp_path / "imb.gpkg", "imb", ["imb_id"], BUILDINGS)
    shapefile = converted(source, tmp_path / "etab.shp")
    fast, slow, log = fast_and_slow(monkeypatch, tmp_path, parameters(shapefile, buildings))
    assert fast == slow
    assert any("decodes a shapefile's text" in line for line in log)
    decoded = {f["siret"] for f in QgsVectorLayer(shapefile, "etab", "ogr").getFeatures()}
    assert set(written(fast[0])) <= decoded  # QGIS's decoding of the text


def test_a_selection_is_read_alike_and_its_extent_is_qgis_s(monkeypatch, tmp_path):
    establishments = QgsVectorLayer(
        gpkg(tmp_path / "etab.gpkg", "etab", ESTABLISHMENT_FIELDS, ESTABLISHMENTS), "etab", "ogr"
    )
    buildings = QgsVectorLayer(
        gpkg(tmp_path / "imb.gpkg", "imb", ["imb_id"], BUILDINGS), "imb", "ogr"
    )
    QgsProject.instance().addMapLayers([establishments, buildings])
    try:
        establishments.selectByIds([1, 2, 3, 4, 5, 7, 11, 12, 13, 14])  # not f, h, i, j
        buildings.selectByIds([1, 2, 4, 5, 6, 7])  # not E2
        given = parameters(
            QgsProcessingFeatureSourceDefinition(establishments.id(), True),
            QgsProcessingFeatureSourceDefinition(buildings.id(), True),
        )
        algorithm = QgsApplication.processingRegistry().algorithmById("tdathack:fibrepro")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        for name, layer in (("ESTABLISHMENTS", establishments), ("ELIGIBLE", buildings)):
            extent = bulk_sources.selection_extent(algorithm, given, name, context)
            assert extent == layer.boundingBoxOfSelected()
        fast, slow, _log = fast_and_slow(monkeypatch, tmp_path, given)
    finally:
        QgsProject.instance().removeMapLayers([establishments.id(), buildings.id()])
    assert fast == slow
    rows = written(fast[0])
    assert sorted(rows) == ["a", "b", "k", "l", "m", "n"]
    assert rows["b"]["eligible"] and rows["b"]["distance_m"] == 30.0
    assert rows["n"]["nearest_id"] == "E3"  # E2 is not selected


def test_the_fallback_reads_every_field_once(monkeypatch, tmp_path):
    """The establishments' fields come in the one pass: they are not read again to be
    written."""
    establishments = memory_layer("Point", ESTABLISHMENT_FIELDS, ESTABLISHMENTS)
    buildings = memory_layer("Point", ["imb_id"], BUILDINGS)
    read_again = []
    original = fibre_pro_establishments.read_through_qgis

    def counted(inputs, source, crs, indices):
        read_again.append(sorted(indices))
        return original(inputs, source, crs, indices)

    monkeypatch.setattr(fibre_pro_establishments, "read_through_qgis", counted)
    run(tmp_path, "once", parameters(establishments, buildings))
    assert read_again == [[0, 1, 2, 3]]
