"""Real Aveyron inputs from sample_data/: communes with population, 2018 Arcep sites."""

from pathlib import Path

import processing
from qgis.core import QgsVectorLayer

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
COMMUNES = SAMPLE / "admin" / "communes-12-aveyron.geojson"
POPULATION_CSV = SAMPLE / "admin" / "communes-population.csv"
SITES_CSV = SAMPLE / "arcep" / "2018_01_Sites_mobiles_2G_3G_4G_France_metropolitaine_L93.csv"


def communes():
    return QgsVectorLayer(str(COMMUNES), "communes-12-aveyron", "ogr")


def communes_with_population():
    """Communes joined to INSEE populations on the INSEE code (284 of 285 match)."""
    return with_population(communes())


def with_population(communes_layer, output="TEMPORARY_OUTPUT"):
    """A layer of communes (field `code`) joined to their INSEE population."""
    table = QgsVectorLayer(
        f"file://{POPULATION_CSV}?delimiter=,&detectTypes=yes&geomType=none",
        "population",
        "delimitedtext",
    )
    return processing.run(
        "native:joinattributestable",
        {
            "INPUT": communes_layer,
            "FIELD": "code",
            "INPUT_2": table,
            "FIELD_2": "code_insee",
            "FIELDS_TO_COPY": ["population"],
            "METHOD": 1,
            "PREFIX": "",
            "OUTPUT": output,
        },
    )["OUTPUT"]


def arcep_sites():
    return QgsVectorLayer(
        f"file://{SITES_CSV}?delimiter=;&xField=x&yField=y&crs=EPSG:2154&detectTypes=yes",
        "sites-2018",
        "delimitedtext",
    )


def coverage_4g(clip, output="TEMPORARY_OUTPUT", radius=5000):
    """tdathack:coveragefromsites of the 2018 4G sites, clipped: the OUTPUT it gives."""
    return processing.run(
        "tdathack:coveragefromsites",
        {
            "SITES": arcep_sites(),
            "OPERATOR_FIELD": "Operateur",
            "FILTER": '"4G" = 1',
            "RADIUS": radius,
            "CLIP": clip,
            "OUTPUT": output,
        },
    )["OUTPUT"]
