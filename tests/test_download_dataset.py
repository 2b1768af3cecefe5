"""tdathack:downloaddataset, from Processing and from qgis_process, against the local portal."""

import json
import subprocess
import threading

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from tdathack_plugin.processing.algorithms import download_dataset
from tdathack_plugin.toolbelt import layer_style
from tests.algorithm_runs import QGIS_PROCESS, Recorder
from tests.conftest import ROOT

ALGORITHM = "tdathack:downloaddataset"
ARCEP = ROOT / "sample_data/arcep/2018_01_Sites_mobiles_2G_3G_4G_France_metropolitaine_L93.csv"
ORANGE_SITES_AVEYRON = 178
VELIB = ROOT / "sample_data" / "paris" / "velib-emplacement-des-stations.geojson"


@pytest.fixture
def run(tdathack_provider, ods_portal):
    import processing

    ods_portal.reset()

    def run_algorithm(feedback=None, **parameters):
        parameters.setdefault("PORTAL", ods_portal.url)
        parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
        return processing.run(ALGORITHM, parameters, feedback=feedback)

    return run_algorithm


def output_layer(result):
    output = result["OUTPUT"]
    return output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "out", "ogr")


def added_as_qgis_adds_it(path) -> QgsVectorLayer:
    """The file as QGIS adds it from the Browser or Layer › Add Layer: with the default style
    and metadata it finds in the file or beside it."""
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    layer.loadDefaultStyle()
    layer.loadDefaultMetadata()
    return layer


def test_temporary_layer_with_ods_types(run):
    layer = output_layer(run(DATASET="arrondissements"))
    assert layer.featureCount() == 20
    assert layer.wkbType() == QgsWkbTypes.Type.Polygon
    assert layer.crs().authid() == "EPSG:4326"
    types = {f.name(): f.type() for f in layer.fields()}
    assert types == {
        "n_sq_ar": QVariant.Type.LongLong,
        "c_ar": QVariant.Type.LongLong,
        "c_arinsee": QVariant.Type.LongLong,
        "l_ar": QVariant.Type.String,
        "l_aroff": QVariant.Type.String,
        "n_sq_co": QVariant.Type.LongLong,
        "surface": QVariant.Type.Double,
        "perimetre": QVariant.Type.Double,
    }
    louvre = next(f for f in layer.getFeatures() if f["c_ar"] == 1)
    assert louvre["l_aroff"] == "Louvre"
    assert louvre.geometry().area() > 0


def test_geopackage_with_a_where_filter(run, tmp_path):
    target = tmp_path / "markets.gpkg"
    result = run(DATASET="marches-decouverts", WHERE="ardt = 11", OUTPUT=str(target))
    layer = output_layer(result)
    assert target.exists()
    assert layer.featureCount() == 7  # the 7 markets of the 11th in the sample export
    assert {f["ardt"] for f in layer.getFeatures()} == {11}
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon


def test_a_filter_keeping_no_record_gives_an_empty_layer_and_says_so(run, tmp_path):
    """The local portal used to fail on an export without record (read as "Cannot reach")."""
    feedback = Recorder()
    target = tmp_path / "none.gpkg"
    result = run(
        feedback=feedback, DATASET="marches-decouverts", WHERE="ardt = 99", OUTPUT=str(target)
    )
    assert output_layer(result).featureCount() == 0
    assert (
        "No record of 'marches-decouverts' matches the filter or the extent: the layer is empty."
        in feedback.lines
    )


def test_extent_in_lambert93(run):
    extent = QgsRectangle(651000, 6861000, 654000, 6863000)
    box = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    ).transformBoundingBox(extent)
    sample = QgsVectorLayer(str(VELIB), "velib", "ogr")
    expected = sum(1 for f in sample.getFeatures() if box.contains(f.geometry().asPoint()))
    result = run(
        DATASET="velib-emplacement-des-stations",
        EXTENT="651000,654000,6861000,6863000 [EPSG:2154]",
    )
    assert output_layer(result).featureCount() == expected
    assert 20 < expected < 1465


def test_table_to_geopackage(run, tmp_path):
    target = tmp_path / "population.gpkg"
    layer = output_layer(
        run(DATASET="communes-population", WHERE='code_insee = "12202"', OUTPUT=str(target))
    )
    assert not layer.isSpatial()
    assert [(f["nom"], f["departement"]) for f in layer.getFeatures()] == [("Rodez", "12")]


def test_error_reaches_the_user_and_leaves_no_file(run, tmp_path, ods_portal):
    target = tmp_path / "nothing.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        run(DATASET="no-such-dataset", OUTPUT=str(target))
    assert str(caught.value) == (
        f"The dataset 'no-such-dataset' does not exist on {ods_portal.url} (or it is private and "
        "no valid API key was given). Check its identifier in the dataset page address."
    )
    assert not target.exists()


def test_extent_on_a_table_is_refused(run):
    with pytest.raises(QgsProcessingException, match="has no geometry"):
        run(DATASET="communes-population", EXTENT="0,1,40,41 [EPSG:4326]")


def test_the_progress_bar_goes_forward_to_its_end(run, tmp_path):
    """The transfer fills the first half of the bar (as it goes when the portal announces the
    export's size; the local portal streams it in chunks, as real ones do), writing the output
    the second half, 10,000 features at a time."""
    seen = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(seen.append)
    run(DATASET="tdathack-points-100k", OUTPUT=str(tmp_path / "p.gpkg"), feedback=feedback)
    assert seen == sorted(seen) and seen[0] == 50 and seen[-1] == 100  # no size announced
    assert len([value for value in seen if 50 < value < 100]) >= 5


class CancelingFeedback(QgsProcessingFeedback):
    """Cancels as soon as the download reports progress (mid-export)."""

    def setProgressText(self, text):
        super().setProgressText(text)
        self.cancel()


def test_cancel_mid_export_leaves_no_output(run, tmp_path):
    target = tmp_path / "points.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written."):
        run(DATASET="tdathack-points-400k", OUTPUT=str(target), feedback=CancelingFeedback())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_qgis_process_writes_a_geopackage(qgis_profile, ods_portal, tmp_path):
    target = tmp_path / "out.gpkg"
    done = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            ALGORITHM,
            "--json",
            "--",
            f"PORTAL={ods_portal.url}",
            "DATASET=sites-mobiles-2018-aveyron",
            'WHERE=operateur = "Orange"',
            f"OUTPUT={target}",
        ],
        env=qgis_profile,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["OUTPUT"] == str(target)
    layer = QgsVectorLayer(str(target), "sites", "ogr")
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.wkbType() == QgsWkbTypes.Type.Point
    assert layer.fields().names()[1:] == [
        "operateur",
        "code_operateur",
        "site_2g",
        "site_3g",
        "site_4g",
    ]
    orange = list(layer.getFeatures())
    assert {f["operateur"] for f in orange} == {"Orange"}
    assert len(orange) == ORANGE_SITES_AVEYRON
    layer = added_as_qgis_adds_it(target)
    assert layer.metadata().title() == "Sites mobiles 2G/3G/4G en Aveyron (janvier 2018)"
    assert layer.renderer().symbol().color().name() == layer_style.ACCENT  # the dock's dots


@pytest.mark.parametrize("name", ["out.gpkg", "out.shp", "out.geojson"])
def test_a_written_file_keeps_the_dataset_metadata_and_style(run, ods_portal, tmp_path, name):
    """Opened later (the output of qgis_process or of a model), the file shows what the dock
    shows: the dataset's title, licence, page and the same look."""
    from tdathack_plugin.ods.client import OdsClient

    run(DATASET="arrondissements", OUTPUT=str(tmp_path / name))
    dataset = OdsClient(ods_portal.url).dataset("arrondissements")
    layer = added_as_qgis_adds_it(tmp_path / name)
    assert layer.featureCount() == 20
    metadata = layer.metadata()
    assert metadata.title() == dataset.title
    assert metadata.identifier() == "arrondissements"
    assert metadata.licenses() == [dataset.license]
    assert "arrondissements" in metadata.links()[0].url
    symbol = layer.renderer().symbol()
    assert (symbol.color().name(), symbol.color().alpha()) == (layer_style.FILL, 60)


def test_orange_sites_in_aveyron_match_the_arcep_file():
    """The expected count above, from the Arcep file itself (code 20801 = Orange)."""
    import csv

    from qgis.core import QgsGeometry, QgsPointXY

    department = QgsVectorLayer(str(ROOT / "sample_data/admin/departement-12-aveyron.geojson"))
    outline = QgsGeometry.unaryUnion([f.geometry() for f in department.getFeatures()])
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    with open(ARCEP, encoding="utf-8") as sites:
        orange = [r for r in csv.DictReader(sites, delimiter=";") if r["Operateur"] == "20801"]
    count = sum(
        1
        for row in orange
        if row["x"].isdigit()
        and row["y"].isdigit()
        and outline.contains(to_wgs84.transform(QgsPointXY(float(row["x"]), float(row["y"]))))
    )
    assert count == ORANGE_SITES_AVEYRON


class CancelWhileWriting(QgsProcessingFeedback):
    """Cancels once the export is downloaded, while features are written to the output (the
    second half of the bar)."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(lambda progress: progress >= 70 and self.cancel())


@pytest.mark.parametrize("name", ["points.gpkg", "points.shp"])
def test_cancel_while_writing_removes_the_partial_output(run, tmp_path, name):
    (tmp_path / "keep.txt").write_text("a file of the user", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written."):
        run(
            DATASET="tdathack-points-100k",
            OUTPUT=str(tmp_path / name),
            feedback=CancelWhileWriting(),
        )
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


class CancelDuringTheCopy(QgsProcessingFeedback):
    """Cancels from another thread a moment after QGIS starts copying the features."""

    def setProgressText(self, text):
        super().setProgressText(text)
        if text.startswith("Writing"):
            threading.Timer(0.3, self.cancel).start()


def test_cancel_during_the_copy_by_qgis_removes_the_partial_output(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written."):
        run(
            DATASET="tdathack-points-400k",
            OUTPUT=str(tmp_path / "points.gpkg"),
            feedback=CancelDuringTheCopy(),
        )
    assert list(tmp_path.iterdir()) == []


def test_the_copy_by_qgis_gives_the_layer_the_feature_by_feature_copy_gives(
    run, tmp_path, monkeypatch
):
    fast = output_layer(run(DATASET="tdathack-points-100k", OUTPUT=str(tmp_path / "fast.gpkg")))
    monkeypatch.setattr(download_dataset, "copied_as_they_are", lambda *_args: False)
    slow = output_layer(run(DATASET="tdathack-points-100k", OUTPUT=str(tmp_path / "slow.gpkg")))
    assert [(f.name(), f.type()) for f in fast.fields()] == [
        (f.name(), f.type()) for f in slow.fields()
    ]
    assert fast.featureCount() == slow.featureCount() == 100_000
    assert fast.wkbType() == slow.wkbType() and fast.crs() == slow.crs()
    for a, b in zip(fast.getFeatures(), slow.getFeatures()):
        assert a.attributes() == b.attributes()
        assert a.geometry().asWkb() == b.geometry().asWkb()


def test_blank_portal_address_is_explained(run):
    with pytest.raises(QgsProcessingException, match="does not look like an Opendatasoft portal"):
        run(PORTAL=" ", DATASET="arrondissements")


def test_fields_keeps_the_chosen_fields_and_the_geometry(run, ods_portal):
    layer = output_layer(run(DATASET="arrondissements", FIELDS="c_ar, l_aroff"))
    assert [f.name() for f in layer.fields()] == ["c_ar", "l_aroff"]
    assert layer.featureCount() == 20
    assert layer.wkbType() == QgsWkbTypes.Type.Polygon
    exports = [path for _m, path, _h in ods_portal.requests if "/exports/" in path]
    assert "select=c_ar%2C%20l_aroff%2C%20geom" in exports[-1]


def test_unknown_field_is_named(run):
    with pytest.raises(QgsProcessingException) as caught:
        run(DATASET="arrondissements", FIELDS="c_ar, nope")
    assert str(caught.value) == "The dataset 'arrondissements' has no field nope."


def test_a_style_or_metadata_file_beside_the_output_is_never_overwritten(run, tmp_path):
    (tmp_path / "out.qml").write_text("<qgis>the user's style</qgis>", encoding="utf-8")
    feedback = Recorder()
    run(DATASET="arrondissements", OUTPUT=str(tmp_path / "out.geojson"), feedback=feedback)
    assert (tmp_path / "out.qml").read_text(encoding="utf-8") == "<qgis>the user's style</qgis>"
    assert not (tmp_path / "out.qmd").exists()
    assert (
        "The dataset's metadata and style were not kept with the file: a file of the same name "
        "is already beside it (out.qml), left as it is." in feedback.lines
    )


def test_a_model_output_is_the_layer_the_dock_gives(run, ods_portal, tmp_path):
    """downloaddataset as a step of a model: the model's output file opens named, described
    and styled as the dock's layer."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("download", "tests")
    step = QgsProcessingModelChildAlgorithm(ALGORITHM)
    step.setChildId("download")
    for name, value in (("PORTAL", ods_portal.url), ("DATASET", "arrondissements")):
        step.addParameterSources(
            name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)]
        )
    output = QgsProcessingModelOutput("districts")
    output.setChildId("download")
    output.setChildOutputName("OUTPUT")
    step.setModelOutputs({"districts": output})
    model.addChildAlgorithm(step)
    model.updateDestinationParameters()
    target = tmp_path / "districts.gpkg"
    processing.run(model, {"download:districts": str(target)})
    layer = added_as_qgis_adds_it(target)
    assert layer.featureCount() == 20
    assert layer.metadata().title() == "Arrondissements"
    assert layer.metadata().identifier() == "arrondissements"
    symbol = layer.renderer().symbol()
    assert (symbol.color().name(), symbol.color().alpha()) == (layer_style.FILL, 60)


def test_a_toolbox_run_loads_the_layer_the_dock_gives(tdathack_provider, ods_portal, tmp_path):
    """Run from the toolbox (results loaded in the project), a model or qgis_process, the
    algorithm's layer is named, described and styled as the dock's: one path for the data."""
    import processing
    from qgis.core import QgsProcessingContext

    from tdathack_plugin.ods.client import OdsClient
    from tdathack_plugin.ui.loader import DatasetLoader, LoadRequest

    ods_portal.reset()
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    path = str(tmp_path / "toolbox.gpkg")
    processing.runAndLoadResults(
        ALGORITHM,
        {"PORTAL": ods_portal.url, "DATASET": "arrondissements", "OUTPUT": path},
        context=context,
    )
    client = OdsClient(ods_portal.url)
    dataset = client.dataset("arrondissements")
    toolbox = next(layer for layer in project.mapLayers().values() if layer.source() == path)
    dock = DatasetLoader()._add_layer(LoadRequest(ods_portal.url, dataset), path)
    try:
        assert toolbox.name() == dock.name() == dataset.title
        assert toolbox.metadata().title() == dock.metadata().title() == dataset.title
        assert toolbox.metadata().abstract() == dock.metadata().abstract()
        assert toolbox.metadata().licenses() == dock.metadata().licenses()
        assert [link.url for link in toolbox.metadata().links()] == [
            link.url for link in dock.metadata().links()
        ]
        assert toolbox.metadata().crs().authid() == "EPSG:4326"
        symbols = [layer.renderer().symbol() for layer in (toolbox, dock)]
        assert symbols[0].color().name() == symbols[1].color().name()
        assert symbols[0].color().alpha() == symbols[1].color().alpha() == 60
    finally:
        project.removeMapLayers([toolbox.id(), dock.id()])


def test_an_export_crs_that_a_finished_thread_took_with_it_is_built_anew(run, ods_portal, tmp_path):
    """QGIS caches a CRS with the PROJ object of the thread that built it first: once that
    thread ends (a task's thread, 30 s idle in Qt's pool) after another used the CRS, the
    cached CRS keeps its authid but has no definition (no WKT). The dock and the toolbox read
    the exports in tasks: a later download must still write its layer in EPSG:4326."""
    from qgis.PyQt.QtCore import QThread

    from tdathack_plugin.ods import layers
    from tdathack_plugin.ods.client import OdsClient

    client = OdsClient(ods_portal.url)
    export = layers.download(client, client.dataset("arrondissements"), tmp_path)
    read, ended = threading.Event(), threading.Event()

    class TaskThread(QThread):
        def run(self):
            QgsVectorLayer(str(export), "export", "ogr").crs().toWkt()
            read.set()
            ended.wait()

    QgsCoordinateReferenceSystem.invalidateCache()  # the thread builds the export's CRS first
    thread = TaskThread()
    thread.start()
    try:
        read.wait(30)
        assert QgsVectorLayer(str(export), "export", "ogr").crs().toWkt()  # the main thread's
    finally:
        ended.set()
        thread.wait()
    try:
        lost = QgsVectorLayer(str(export), "export", "ogr").crs()
        if lost.toWkt():
            pytest.skip("this QGIS keeps a CRS's definition when the thread that built it ends")
        assert lost.isValid() and lost.authid() == "EPSG:4326"
        layer = output_layer(run(DATASET="arrondissements", OUTPUT=str(tmp_path / "out.gpkg")))
        assert layer.crs().authid() == "EPSG:4326" and layer.crs().toWkt()
    finally:
        QgsCoordinateReferenceSystem.invalidateCache()  # no CRS without definition left behind
