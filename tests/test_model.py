"""The bundled model "Diagnostic couverture mobile d'un territoire", end to end on real data."""

from html.parser import HTMLParser

import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsVectorLayer

from tdathack_plugin.processing.models import MODELS_DIR

from .algorithm_runs import QGIS_PROCESS
from .aveyron import SAMPLE, with_population

pytestmark = pytest.mark.usefixtures("tdathack_provider")

MODEL_ID = "tdathack:diagnosticcouverturemobile"
BELFORT = SAMPLE / "admin" / "communes-90-territoire-de-belfort.geojson"
SITES_VRT = SAMPLE / "arcep" / "sites-mobiles-2018.vrt"
STEPS = {
    "coverage": "tdathack:coveragefromsites",
    "gaps": "tdathack:mobilegaps",
    "blanches": "native:extractbyattribute",
    "candidates": "tdathack:candidatesites",
    "report": "tdathack:diagnosticreport",
}


class Figures(HTMLParser):
    def __init__(self, text):
        super().__init__()
        self.values = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-key" in attrs:
            self.values[attrs["data-key"]] = float(attrs["data-value"])


def belfort_with_population():
    return with_population(str(BELFORT))


def test_model_is_in_the_toolbox_and_opens_in_the_modeler():
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None
    assert model.displayName() == "Mobile coverage diagnostic of a territory"
    assert model.group() == "Mobile coverage (New Deal mobile)"
    # What the modeler opens: the file itself, a plain model with its five steps.
    editable = QgsProcessingModelAlgorithm()
    assert editable.fromFile(str(MODELS_DIR / "diagnostic_couverture_mobile.model3"))
    assert editable.name() == "Diagnostic couverture mobile d'un territoire"
    children = editable.childAlgorithms()
    assert {key: child.algorithmId() for key, child in children.items()} == STEPS
    assert all(child.algorithm() is not None for child in children.values())
    assert editable.dependsOnChildAlgorithms("report") == {
        "coverage",
        "gaps",
        "blanches",
        "candidates",
    }
    # The instance a dialog, a batch or qgis_process runs (created once the provider is in).
    instance = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    names = {p.name() for p in instance.parameterDefinitions()}
    assert {
        "TERRITORY",
        "SITES",
        "NEW_SITES",
        "gaps:ZONES",
        "gaps:STATS",
        "candidates:PROPOSED_SITES",
        "report:REPORT",
    } <= names


def test_model_runs_end_to_end_on_territoire_de_belfort(tmp_path):
    communes = belfort_with_population()
    result = processing.run(
        MODEL_ID,
        {
            "TERRITORY": communes,
            "TERRITORY_ID_FIELD": "code",
            "POPULATION_FIELD": "population",
            "TERRITORY_NAME": "Territoire de Belfort",
            "SITES": str(SITES_VRT),
            "OPERATOR_FIELD": "Operateur",
            "SITE_FILTER": '"4G" = 1',
            "SITE_RADIUS": 1500,
            "NEW_SITES": 5,
            "NEW_SITE_RADIUS": 2000,
            "GRID_SPACING": 1000,
            "gaps:ZONES": str(tmp_path / "zones.gpkg"),
            "gaps:STATS": str(tmp_path / "stats.gpkg"),
            "candidates:PROPOSED_SITES": str(tmp_path / "sites.gpkg"),
            "report:REPORT": str(tmp_path / "report.html"),
        },
    )
    report = tmp_path / "report.html"
    assert result["report:REPORT"] == str(report)
    stats = QgsVectorLayer(str(tmp_path / "stats.gpkg"), "stats", "ogr")
    sites = QgsVectorLayer(str(tmp_path / "sites.gpkg"), "sites", "ogr")
    assert stats.featureCount() == 102
    figures = Figures(report.read_text(encoding="utf-8")).values
    population = sum(f["population"] or 0 for f in communes.getFeatures())
    assert figures["units"] == 102
    assert figures["pop_total"] == pytest.approx(population, rel=1e-9)
    for key in ("pop_blanche", "pop_grise", "area_km2", "area_blanche_km2"):
        assert figures[key] == pytest.approx(sum(f[key] for f in stats.getFeatures()), rel=1e-9)
    assert figures["pop_blanche"] > 0
    ranked = sorted(sites.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in ranked] == [1, 2, 3, 4, 5]
    assert figures["sites_population"] == pytest.approx(ranked[-1]["cumulative_population"])
    assert ranked[-1]["cumulative_population"] <= figures["pop_blanche"] + 1e-6


def test_model_from_coverage_maps_runs_on_known_squares(tmp_path):
    """The second model starts from coverage maps (Arcep style: operateur + niveau)."""
    from .squares import coverage_layer, territory_layer

    model_id = "tdathack:diagnosticcouverturecartes"
    model = QgsApplication.processingRegistry().algorithmById(model_id)
    assert model.displayName() == "Mobile coverage diagnostic from coverage maps"
    result = processing.run(
        model_id,
        {
            "COVERAGE": [coverage_layer()],
            "LEVEL_FIELD": "niveau",
            "MIN_LEVEL": 2,
            "TERRITORY": territory_layer(),
            "TERRITORY_ID_FIELD": "code",
            "POPULATION_FIELD": "population",
            "TERRITORY_NAME": "Carrés",
            "NEW_SITES": 1,
            "NEW_SITE_RADIUS": 200,
            "GRID_SPACING": 100,
            "gaps:ZONES": "TEMPORARY_OUTPUT",
            "gaps:STATS": "TEMPORARY_OUTPUT",
            "candidates:PROPOSED_SITES": "TEMPORARY_OUTPUT",
            "report:REPORT": str(tmp_path / "rapport.html"),
        },
    )
    stats = {f["zone_id"]: f for f in result["gaps:STATS"].getFeatures()}
    assert stats["B"]["area_blanche_km2"] == pytest.approx(0.21, rel=1e-9)
    sites = list(result["candidates:PROPOSED_SITES"].getFeatures())
    assert [f["rank"] for f in sites] == [1]
    assert (tmp_path / "rapport.html").read_text(encoding="utf-8").count("Carrés") >= 1


@pytest.mark.slow
def test_qgis_process_lists_the_models_outputs_and_runs_without_them(qgis_profile, tmp_path):
    """Batch users see the outputs in `qgis_process help`; a run without them writes temporary
    files instead of failing (QGIS 3.22 gave the models no output parameters at all)."""
    import subprocess

    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    help_text = subprocess.run(
        [QGIS_PROCESS, "help", MODEL_ID],
        env=qgis_profile,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    outputs = help_text.split("Outputs")[-1]
    for name in ("gaps:ZONES", "gaps:STATS", "candidates:PROPOSED_SITES", "report:REPORT"):
        assert name in outputs
    territory = str(tmp_path / "belfort.gpkg")
    QgsVectorFileWriter.writeAsVectorFormatV3(
        belfort_with_population(),
        territory,
        QgsCoordinateTransformContext(),
        QgsVectorFileWriter.SaveVectorOptions(),
    )
    run = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            MODEL_ID,
            f"--TERRITORY={territory}",
            "--TERRITORY_ID_FIELD=code",
            "--POPULATION_FIELD=population",
            f"--SITES={SITES_VRT}",
            "--OPERATOR_FIELD=Operateur",
            "--SITE_RADIUS=1500",
            "--NEW_SITES=3",
        ],
        env=qgis_profile,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    report = run.stdout.split("report:REPORT:")[1].split()[0]
    assert report.endswith("report.html")
