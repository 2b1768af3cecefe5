"""Arcep's coverage as downloaded: a GeoPackage inside a .7z archive (tests/data/README.md)."""

import os

import processing
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from tdathack_plugin.processing import archives

from .algorithm_runs import run_algorithm
from .squares import UNITS, coverage_layer, territory_layer
from .test_mobile_gaps import by_unit, gaps

ARCHIVE = os.path.join(
    os.path.dirname(__file__), "data", "2025_T3_couv_Metropole_SQUARES_4G_DATA.gpkg.7z"
)
EMPTY_ARCHIVE = os.path.join(os.path.dirname(__file__), "data", "no-vector-file.7z")
CLASSES = ("area_blanche_km2", "area_grise_km2", "area_all_km2", "pop_blanche")

pytestmark = pytest.mark.usefixtures("tdathack_provider")


@pytest.mark.skipif(not archives.reads_7z(), reason="this GDAL has no /vsi7z/")
def test_the_archive_as_downloaded_gives_the_same_zones_as_the_extracted_file():
    _zones, from_archive = gaps([ARCHIVE], territory_layer(), OPERATOR_FIELD="operateur")
    _zones, from_layer = gaps(coverage_layer(), territory_layer(), OPERATOR_FIELD="operateur")
    expected = by_unit(from_layer)
    assert set(by_unit(from_archive)) == set(expected)
    for unit, feature in by_unit(from_archive).items():
        for name in CLASSES:
            assert feature[name] == pytest.approx(expected[unit][name], rel=1e-12)


@pytest.mark.skipif(not archives.reads_7z(), reason="this GDAL has no /vsi7z/")
def test_an_archive_is_extracted_once():
    first = archives.extracted(ARCHIVE, "COVERAGE", None)
    stamp = os.stat(first[0]).st_mtime_ns
    again = archives.extracted(ARCHIVE, "COVERAGE", None)
    assert again == first
    assert os.stat(again[0]).st_mtime_ns == stamp
    assert [os.path.basename(p) for p in first] == ["2025_T3_couv_Metropole_SQUARES_4G_DATA.gpkg"]


def test_without_7z_support_the_user_is_told_to_extract_the_archive(monkeypatch):
    monkeypatch.setattr(archives, "reads_7z", lambda: False)
    with pytest.raises(QgsProcessingException) as error:
        gaps([ARCHIVE], territory_layer(), OPERATOR_FIELD="operateur")
    assert str(error.value).splitlines()[-1] == (
        '"Coverage polygons (one layer per operator, or an operator field)" (COVERAGE): '
        "2025_T3_couv_Metropole_SQUARES_4G_DATA.gpkg.7z is a 7-Zip archive, which the GDAL of "
        f"this QGIS (GDAL {gdal.__version__}) cannot open. Extract it first (with 7-Zip, or 7z x "
        "2025_T3_couv_Metropole_SQUARES_4G_DATA.gpkg.7z in a terminal) and give the .gpkg file "
        "it holds."
    )


@pytest.mark.slow
def test_qgis_process_takes_the_archive_or_says_to_extract_it(qgis_profile, tmp_path):
    territory = str(tmp_path / "communes.gpkg")
    processing.run("native:savefeatures", {"INPUT": territory_layer(), "OUTPUT": territory})
    stats = tmp_path / "stats.gpkg"
    run = run_algorithm(
        qgis_profile,
        "tdathack:mobilegaps",
        {
            "COVERAGE": ARCHIVE,
            "OPERATOR_FIELD": "operateur",
            "TERRITORY": territory,
            "TERRITORY_ID_FIELD": "code",
            "OUTPUT_ZONES": tmp_path / "zones.gpkg",
            "OUTPUT_STATS": stats,
        },
    )
    printed = run.stdout + run.stderr
    assert "Traceback" not in printed
    if archives.reads_7z():
        assert run.returncode == 0, printed
        assert QgsVectorLayer(str(stats), "stats", "ogr").featureCount() == len(UNITS)
    else:
        assert run.returncode != 0
        assert "is a 7-Zip archive" in printed and "Extract it first" in printed
        assert not stats.exists() and not (tmp_path / "zones.gpkg").exists()


@pytest.mark.skipif(not archives.reads_7z(), reason="this GDAL has no /vsi7z/")
def test_an_archive_without_vector_file_is_refused():
    with pytest.raises(QgsProcessingException) as error:
        archives.extracted(EMPTY_ARCHIVE, "COVERAGE", None)
    assert str(error.value) == (
        "COVERAGE: the archive no-vector-file.7z holds no GeoPackage or other vector file."
    )


def test_a_missing_archive_is_named(monkeypatch, tmp_path):
    monkeypatch.setattr(archives, "reads_7z", lambda: True)
    missing = str(tmp_path / "2025_T3_couv_Metropole_OF_4G_DATA.gpkg.7z")
    with pytest.raises(QgsProcessingException) as error:
        gaps([missing], territory_layer(), OPERATOR_FIELD="operateur")
    assert str(error.value).splitlines()[-1] == (
        '"Coverage polygons (one layer per operator, or an operator field)" (COVERAGE): '
        f"the archive {missing} does not exist."
    )
