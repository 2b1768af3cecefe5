"""The input contract, case by case: everyday mistakes across every algorithm get the message
the user reads (or the warning, when the run goes on), never a traceback, and no output file is
left behind by a refused run. Each case runs through the Processing API; those marked
`qgis_process` also through the command line batch users call.
"""

import json
import math
import re

import processing
import pytest
from qgis.core import QgsProcessingException

from .algorithm_runs import Recorder, in_french, run_algorithm

OUTPUTS = {
    "coveragefromsites": ("OUTPUT",),
    "mobilegaps": ("OUTPUT_ZONES", "OUTPUT_STATS"),
    "servicecoverage": ("OUTPUT_COVERAGE", "OUTPUT_DEMAND", "OUTPUT_STATS"),
    "measurementgrid": ("OUTPUT",),
    "fibrepro": ("OUTPUT_ESTABLISHMENTS", "OUTPUT_STATS", "OUTPUT_PRIORITY"),
    "axiscoverage": ("OUTPUT_SEGMENTS", "OUTPUT_STATS"),
    "candidatesites": ("OUTPUT",),
    "diagnosticreport": (),
}
BASE = {
    "coveragefromsites": {"SITES": "@sites", "OPERATOR_FIELD": "Operateur", "RADIUS": 5000},
    "mobilegaps": {
        "COVERAGE": ["@coverage"],
        "TERRITORY": "@territory",
        "TERRITORY_ID_FIELD": "code",
    },
    "servicecoverage": {"SERVICES": "@services", "DEMAND": "@demand", "RADIUS": 100},
    "measurementgrid": {"INPUT": "@measures", "VALUE_FIELD": "bitrate", "CELL_SIZE": 500},
    "fibrepro": {"ESTABLISHMENTS": "@establishments", "ELIGIBLE": "@eligible"},
    "axiscoverage": {"AXES": "@axes", "AXIS_ID_FIELD": "ref", "COVERAGE": ["@coverage"]},
    "candidatesites": {
        "GAPS": "@gaps",
        "DEMAND": "@territory",
        "DEMAND_WEIGHT_FIELD": "population",
        "GRID_SPACING": 200,
        "RADIUS": 1000,
    },
    "diagnosticreport": {"STATS": "@stats", "ZONES": "@zones_out"},
}
NAN, INF = math.nan, math.inf
NO_CRS = r"has no coordinate reference system"
NOT_DEGREES = r"they are not longitudes and latitudes"
FAR = r"lie \d+ km apart: check their CRS"
EMPTY = r"has no feature: there is nothing to compute"
NOT_A_NUMBER = r"must be a finite number; it is not a number \(NaN\)"
# QGIS itself refuses an infinite RADIUS, with its own message.
INFINITE = r"must be a finite number; it is infinite|Incorrect parameter value for RADIUS"
NOT_POSITIVE = r"must be a number above 0"
UNKNOWN_FIELD = r'The field "{}" given as .* is not in the layer'
CASE = r'the field "{}" is taken as "{}"'
DUPLICATES = r"are shared by several features"
NEGATIVE = r'have a negative "{}": (counted as 0|the radius RADIUS)'
NOT_NUMBER = r'have a "{}" that is not a number: (counted as 0|the radius RADIUS)'
BAD_FILTER = r"is not a valid expression"

# (case id, algorithm, parameters over BASE, "error" or "warning", pattern, through qgis_process)
CASES = [
    ("sites-no-prj", "coveragefromsites", {"SITES": "@sites_noprj"}, "error", NO_CRS, True),
    (
        "sites-degrees",
        "coveragefromsites",
        {"SITES": "@sites_degrees"},
        "error",
        NOT_DEGREES,
        False,
    ),
    ("sites-empty", "coveragefromsites", {"SITES": "@points_empty"}, "error", EMPTY, False),
    (
        "operator-case",
        "coveragefromsites",
        {"OPERATOR_FIELD": "operateur"},
        "warning",
        CASE.format("operateur", "Operateur"),
        True,
    ),
    (
        "operator-unknown",
        "coveragefromsites",
        {"OPERATOR_FIELD": "opr"},
        "error",
        UNKNOWN_FIELD.format("opr"),
        False,
    ),
    (
        "filter-dangling-and",
        "coveragefromsites",
        {"FILTER": '"4G" = 1 AND'},
        "error",
        BAD_FILTER,
        True,
    ),
    (
        "filter-unknown-field",
        "coveragefromsites",
        {"FILTER": '"5G" = 1'},
        "error",
        r"cannot be used on the layer .*: Field '5G' not found",
        False,
    ),
    (
        "filter-fails-on-a-later-site",
        "coveragefromsites",
        {"FILTER": 'to_int("portee") > 100'},
        "error",
        r"fails on feature 3: .*abc",
        True,
    ),
    (
        "filter-aggregate",
        "coveragefromsites",
        {"FILTER": '"Operateur" = maximum("Operateur")'},
        "warning",
        r"1 operators from 1 sites",
        False,
    ),
    ("radius-nan", "coveragefromsites", {"RADIUS": NAN}, "error", NOT_A_NUMBER, True),
    ("radius-inf", "coveragefromsites", {"RADIUS": INF}, "error", INFINITE, False),
    ("radius-zero", "coveragefromsites", {"RADIUS": 0}, "error", NOT_POSITIVE, False),
    ("radius-negative", "coveragefromsites", {"RADIUS": -3}, "error", NOT_POSITIVE, False),
    (
        "radius-field-text",
        "coveragefromsites",
        {"RADIUS_FIELD": "portee"},
        "warning",
        NOT_NUMBER.format("portee"),
        True,
    ),
    (
        "arcep-raw-csv",
        "coveragefromsites",
        {"SITES": "@sites_csv"},
        "warning",
        r"1 rows of .* have no coordinates \(#N/A, empty, 0 0...\) and were skipped",
        True,
    ),
    ("clip-far", "coveragefromsites", {"CLIP": "@territory_far"}, "error", FAR, False),
    ("clip-no-prj", "coveragefromsites", {"CLIP": "@territory_noprj"}, "error", NO_CRS, False),
    (
        "output-missing-folder",
        "coveragefromsites",
        {"OUTPUT": "{tmp}/missing/folder/coverage.gpkg"},
        "error",
        r"Could not create",
        False,
    ),
    ("territory-no-prj", "mobilegaps", {"TERRITORY": "@territory_noprj"}, "error", NO_CRS, True),
    (
        "territory-gpkg-no-crs",
        "mobilegaps",
        {"TERRITORY": "@territory_nocrs"},
        "error",
        NO_CRS,
        False,
    ),
    (
        "territory-degrees",
        "mobilegaps",
        {"TERRITORY": "@territory_degrees"},
        "error",
        NOT_DEGREES,
        True,
    ),
    ("territory-empty", "mobilegaps", {"TERRITORY": "@territory_empty"}, "error", EMPTY, False),
    ("coverage-far", "mobilegaps", {"COVERAGE": ["@coverage_far"]}, "error", FAR, True),
    ("territory-far", "mobilegaps", {"TERRITORY": "@territory_far"}, "error", FAR, False),
    (
        "coverage-empty",
        "mobilegaps",
        {"COVERAGE": ["@coverage_empty"]},
        "error",
        r"hold no polygon",
        False,
    ),
    (
        "coverage-null-operator",
        "mobilegaps",
        {"COVERAGE": ["@coverage_null_operator"]},
        "warning",
        r"1 coverage polygons have no operator and were left out",
        False,
    ),
    (
        "coverage-of-the-neighbours",
        "mobilegaps",
        {"COVERAGE": ["@coverage_near"]},
        "warning",
        r"No operator covers any part of .*\(TERRITORY\): all of it is a zone blanche",
        True,
    ),
    (
        "level-field-of-operators",
        "mobilegaps",
        {"LEVEL_FIELD": "operateur"},
        "error",
        r"No value of .*\(LEVEL_FIELD\) is an Arcep coverage level \(CL, BC or TBC\)",
        True,
    ),
    (
        "operator-field-of-levels",
        "mobilegaps",
        {"OPERATOR_FIELD": "niveau"},
        "warning",
        r"Operators other than Orange, SFR, Bouygues Telecom and Free: TBC",
        False,
    ),
    ("coverage-no-prj", "mobilegaps", {"COVERAGE": ["@coverage_noprj"]}, "error", NO_CRS, False),
    (
        "coverage-gpkg-no-crs",
        "mobilegaps",
        {"COVERAGE": ["@coverage_nocrs"]},
        "error",
        NO_CRS,
        True,
    ),
    (
        "territory-id-case",
        "mobilegaps",
        {"TERRITORY_ID_FIELD": "Code"},
        "warning",
        CASE.format("Code", "code"),
        True,
    ),
    (
        "territory-id-unknown",
        "mobilegaps",
        {"TERRITORY_ID_FIELD": "insee"},
        "error",
        UNKNOWN_FIELD.format("insee"),
        False,
    ),
    (
        "territory-duplicates",
        "mobilegaps",
        {"TERRITORY": "@territory_dup"},
        "error",
        DUPLICATES,
        True,
    ),
    (
        "population-field-missing",
        "mobilegaps",
        {"POPULATION": "@territory", "POPULATION_FIELD": "pop"},
        "error",
        UNKNOWN_FIELD.format("pop"),
        True,
    ),
    (
        "population-negative",
        "mobilegaps",
        {
            "TERRITORY": "@territory_negative",
            "POPULATION": "@territory_negative",
            "POPULATION_FIELD": "population",
        },
        "warning",
        NEGATIVE.format("population"),
        False,
    ),
    (
        "population-text",
        "mobilegaps",
        {
            "TERRITORY": "@territory_text",
            "POPULATION": "@territory_text",
            "POPULATION_FIELD": "population",
        },
        "warning",
        NOT_NUMBER.format("population"),
        True,
    ),
    (
        "operator-field-case",
        "mobilegaps",
        {"OPERATOR_FIELD": "OPERATEUR"},
        "warning",
        CASE.format("OPERATEUR", "operateur"),
        False,
    ),
    (
        "level-field-unknown",
        "mobilegaps",
        {"LEVEL_FIELD": "niv"},
        "error",
        UNKNOWN_FIELD.format("niv"),
        False,
    ),
    (
        "metric-crs-degrees",
        "mobilegaps",
        {"METRIC_CRS": "EPSG:4326"},
        "error",
        r"must be projected in metres",
        False,
    ),
    (
        "population-points-far",
        "mobilegaps",
        {"POPULATION": "@demand_far", "POPULATION_FIELD": "w"},
        "error",
        FAR,
        False,
    ),
    (
        "wifi-last-output-in-missing-folder",
        "servicecoverage",
        {"OUTPUT_STATS": "{tmp}/missing/stats.gpkg"},
        "error",
        r"Could not create .*stats.gpkg: the folder .* does not exist",
        True,
    ),
    ("wifi-radius-nan", "servicecoverage", {"RADIUS": NAN}, "error", NOT_A_NUMBER, True),
    ("wifi-radius-negative", "servicecoverage", {"RADIUS": -1}, "error", NOT_POSITIVE, False),
    (
        "wifi-filter-invalid",
        "servicecoverage",
        {"SERVICE_FILTER": "\"etat\" = 'on' OR"},
        "error",
        BAD_FILTER,
        True,
    ),
    (
        "wifi-filter-fails",
        "servicecoverage",
        {"SERVICE_FILTER": 'to_int("etat") > 1'},
        "error",
        r"fails on feature",
        False,
    ),
    ("wifi-demand-far", "servicecoverage", {"DEMAND": "@demand_far"}, "error", FAR, True),
    ("wifi-demand-empty", "servicecoverage", {"DEMAND": "@points_empty"}, "error", EMPTY, False),
    (
        "wifi-services-no-prj",
        "servicecoverage",
        {"SERVICES": "@services_noprj"},
        "error",
        NO_CRS,
        False,
    ),
    (
        "wifi-weight-negative",
        "servicecoverage",
        {"DEMAND_WEIGHT_FIELD": "w"},
        "warning",
        NEGATIVE.format("w"),
        False,
    ),
    (
        "wifi-weight-text",
        "servicecoverage",
        {"DEMAND_WEIGHT_FIELD": "w_txt"},
        "warning",
        NOT_NUMBER.format("w_txt"),
        True,
    ),
    (
        "wifi-weight-unknown",
        "servicecoverage",
        {"DEMAND_WEIGHT_FIELD": "weight"},
        "error",
        UNKNOWN_FIELD.format("weight"),
        False,
    ),
    (
        "wifi-zones-without-id",
        "servicecoverage",
        {"ZONES": "@zones"},
        "error",
        r"Give .*\(ZONES_ID_FIELD\)",
        False,
    ),
    (
        "wifi-zones-duplicates",
        "servicecoverage",
        {"ZONES": "@zones_dup", "ZONES_ID_FIELD": "code"},
        "error",
        DUPLICATES,
        False,
    ),
    (
        "wifi-zone-id-case",
        "servicecoverage",
        {"ZONES": "@zones", "ZONES_ID_FIELD": "CODE"},
        "warning",
        CASE.format("CODE", "code"),
        False,
    ),
    (
        "wifi-radius-field-text",
        "servicecoverage",
        {"RADIUS_FIELD": "etat"},
        "warning",
        NOT_NUMBER.format("etat"),
        False,
    ),
    (
        "grid-value-case",
        "measurementgrid",
        {"VALUE_FIELD": "Bitrate"},
        "warning",
        CASE.format("Bitrate", "bitrate"),
        False,
    ),
    (
        "grid-value-unknown",
        "measurementgrid",
        {"VALUE_FIELD": "debit"},
        "error",
        UNKNOWN_FIELD.format("debit"),
        True,
    ),
    ("grid-cell-zero", "measurementgrid", {"CELL_SIZE": 0}, "error", NOT_POSITIVE, False),
    ("grid-cell-nan", "measurementgrid", {"CELL_SIZE": NAN}, "error", NOT_A_NUMBER, False),
    (
        "grid-cell-tiny",
        "measurementgrid",
        {"CELL_SIZE": 0.001},
        "error",
        r"must be at least 0.01 m",
        False,
    ),
    ("grid-threshold-nan", "measurementgrid", {"THRESHOLD": NAN}, "error", NOT_A_NUMBER, False),
    (
        "grid-polygon-measures",
        "measurementgrid",
        {"INPUT": "@territory"},
        "error",
        r"does not hold points, which this parameter takes",
        True,
    ),
    ("grid-empty", "measurementgrid", {"INPUT": "@points_empty"}, "error", EMPTY, False),
    ("grid-no-prj", "measurementgrid", {"INPUT": "@measures_noprj"}, "error", NO_CRS, True),
    ("fibre-cluster-zero", "fibrepro", {"CLUSTER_DISTANCE": 0}, "error", NOT_POSITIVE, True),
    (
        "fibre-cluster-tiny",
        "fibrepro",
        {"CLUSTER_DISTANCE": 0.2},
        "warning",
        r"of 30 establishments are eligible to fibre",
        True,
    ),
    (
        "fibre-size-field-of-headcounts",
        "fibrepro",
        {"SIZE_FIELD": "effectif"},
        "error",
        r"73 % of the values of .*\(SIZE_FIELD\) are not INSEE size classes .*: 10, 13, 14",
        False,
    ),
    ("fibre-match-nan", "fibrepro", {"MATCH_DISTANCE": NAN}, "error", NOT_A_NUMBER, False),
    (
        "fibre-match-negative",
        "fibrepro",
        {"MATCH_DISTANCE": -1},
        "error",
        r"must be a number of 0 or more|Incorrect parameter value for MATCH_DISTANCE",
        False,
    ),
    (
        "fibre-filter-invalid",
        "fibrepro",
        {"ELIGIBLE_FILTER": "imb_id =="},
        "error",
        BAD_FILTER,
        False,
    ),
    (
        "fibre-eligible-empty",
        "fibrepro",
        {"ELIGIBLE": "@points_empty"},
        "warning",
        r"No eligible feature: no establishment is eligible",
        False,
    ),
    ("fibre-eligible-far", "fibrepro", {"ELIGIBLE": "@eligible_far"}, "error", FAR, True),
    (
        "fibre-eligible-id-case",
        "fibrepro",
        {"ELIGIBLE_ID_FIELD": "IMB_ID"},
        "warning",
        CASE.format("IMB_ID", "imb_id"),
        False,
    ),
    (
        "fibre-zones-duplicates",
        "fibrepro",
        {"ZONES": "@zones_dup", "ZONES_ID_FIELD": "code"},
        "error",
        DUPLICATES,
        False,
    ),
    (
        "fibre-establishments-no-prj",
        "fibrepro",
        {"ESTABLISHMENTS": "@establishments_noprj"},
        "error",
        NO_CRS,
        False,
    ),
    (
        "axes-id-case",
        "axiscoverage",
        {"AXIS_ID_FIELD": "REF"},
        "warning",
        CASE.format("REF", "ref"),
        False,
    ),
    (
        "axes-id-unknown",
        "axiscoverage",
        {"AXIS_ID_FIELD": "numero"},
        "error",
        UNKNOWN_FIELD.format("numero"),
        True,
    ),
    ("axes-far", "axiscoverage", {"AXES": "@axes_far"}, "error", FAR, True),
    (
        "axes-uncovered-nearby",
        "axiscoverage",
        {"AXES": "@axes_near"},
        "warning",
        r"No operator covers any part of .*\(AXES\)",
        False,
    ),
    ("axes-no-prj", "axiscoverage", {"AXES": "@axes_noprj"}, "error", NO_CRS, False),
    ("sites-radius-nan", "candidatesites", {"RADIUS": NAN}, "error", NOT_A_NUMBER, False),
    (
        "grid-spacing-tiny",
        "candidatesites",
        {"GRID_SPACING": 0.2},
        "error",
        r"grid of about \d+ points over the gaps' extent, more than the 100000",
        True,
    ),
    ("grid-spacing-zero", "candidatesites", {"GRID_SPACING": 0}, "error", NOT_POSITIVE, False),
    (
        "candidates-as-polygons",
        "candidatesites",
        {"CANDIDATES": "@zones"},
        "error",
        r"\(CANDIDATES\) does not hold points",
        False,
    ),
    ("candidates-demand-far", "candidatesites", {"DEMAND": "@territory_far"}, "error", FAR, False),
    (
        "candidates-weight-unknown",
        "candidatesites",
        {"DEMAND_WEIGHT_FIELD": "pop"},
        "error",
        UNKNOWN_FIELD.format("pop"),
        False,
    ),
    (
        "candidates-weight-negative",
        "candidatesites",
        {"DEMAND": "@territory_negative"},
        "warning",
        NEGATIVE.format("population"),
        False,
    ),
    (
        "report-missing-folder",
        "diagnosticreport",
        {"OUTPUT": "{tmp}/missing/report.html"},
        "error",
        r"Could not create .*report.html: the folder .* does not exist",
        True,
    ),
    (
        "report-zones-of-another-run",
        "diagnosticreport",
        {"ZONES": "@zones_out_other", "OUTPUT": "{tmp}/report.html"},
        "error",
        r"\(ZONES\) hold units that .*\(STATS\) does not \(C\)",
        True,
    ),
    (
        "report-wrong-table",
        "diagnosticreport",
        {"STATS": "@territory", "OUTPUT": "{tmp}/report.html"},
        "error",
        r"\(STATS\) lacks the fields .*give the output of tdathack:mobilegaps",
        False,
    ),
]


def resolved(value, files, tmp):
    if isinstance(value, list):
        return [resolved(v, files, tmp) for v in value]
    if isinstance(value, str) and value.startswith("@"):
        return files[value[1:]]
    if isinstance(value, str):
        return value.replace("{tmp}", str(tmp))
    return value


def parameters(algorithm, extra, files, out):
    values = {**BASE[algorithm], **extra}
    values = {name: resolved(value, files, out) for name, value in values.items()}
    for name in OUTPUTS[algorithm]:
        values.setdefault(name, str(out / f"{name.lower()}.gpkg"))
    if algorithm == "diagnosticreport":
        values.setdefault("OUTPUT", str(out / "report.html"))
    return values


def files_in(folder):
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("algorithm", "extra", "kind", "pattern"),
    [pytest.param(*case[1:5], id=case[0]) for case in CASES],
)
def test_processing_api(bad_input_files, tmp_path, algorithm, extra, kind, pattern):
    out = tmp_path / "out"
    out.mkdir()
    feedback = Recorder()
    values = parameters(algorithm, extra, bad_input_files, out)
    if kind == "error":
        with pytest.raises(QgsProcessingException) as raised:
            processing.run(f"tdathack:{algorithm}", values, feedback=feedback)
        message = str(raised.value)
        assert re.search(pattern, message), message
        assert "Traceback" not in message and "Error:" not in message
        assert files_in(out) == [], "a refused run leaves no file"
    else:
        processing.run(f"tdathack:{algorithm}", values, feedback=feedback)
        assert any(re.search(pattern, line) for line in feedback.lines), feedback.lines


@pytest.mark.slow
@pytest.mark.parametrize(
    ("algorithm", "extra", "kind", "pattern"),
    [pytest.param(*case[1:5], id=case[0]) for case in CASES if case[5]],
)
def test_qgis_process(bad_input_files, qgis_profile, tmp_path, algorithm, extra, kind, pattern):
    out = tmp_path / "out"
    out.mkdir()
    values = parameters(algorithm, extra, bad_input_files, out)
    run = run_algorithm(qgis_profile, f"tdathack:{algorithm}", values)
    printed = run.stdout + run.stderr
    assert "Traceback" not in printed
    assert re.search(pattern, printed), printed
    if kind == "error":
        assert run.returncode != 0
        assert files_in(out) == [], "a refused run leaves no file"
    else:
        assert run.returncode == 0, printed


def test_the_matrix_covers_every_algorithm_with_sixty_cases():
    assert len(CASES) >= 60
    assert {case[1] for case in CASES} == set(OUTPUTS)
    assert len({case[0] for case in CASES}) == len(CASES)
    json.dumps(CASES)  # plain data, readable in a report


def test_messages_are_in_the_users_language(bad_input_files, tmp_path):
    """A French QGIS reads the contract in French, parameters named as its dialog names them."""
    out = tmp_path / "out"
    out.mkdir()
    values = parameters("mobilegaps", {"TERRITORY": "@territory_noprj"}, bad_input_files, out)
    with in_french(), pytest.raises(QgsProcessingException) as raised:
        processing.run("tdathack:mobilegaps", values)
    assert "n'a pas de système de coordonnées" in str(raised.value)
    assert "(TERRITORY)" in str(raised.value) and "« " in str(raised.value)
    assert files_in(out) == []


@pytest.mark.parametrize(
    ("dataset", "pattern"),
    [
        (" ", r"'' is not a dataset identifier|Incorrect parameter value for DATASET"),
        ("velib/records", r"'velib/records' is not a dataset identifier"),
        ("https://opendata.paris.fr/explore/dataset/x", r"is not a dataset identifier"),
        ("does-not-exist", r"The dataset 'does-not-exist' does not exist"),
    ],
)
def test_download_with_a_wrong_dataset_id_is_explained(
    ods_portal, tdathack_provider, tmp_path, dataset, pattern
):
    out = tmp_path / "out"
    out.mkdir()
    parameters = {"PORTAL": ods_portal.url, "DATASET": dataset, "OUTPUT": str(out / "d.gpkg")}
    with pytest.raises(QgsProcessingException, match=pattern) as raised:
        processing.run("tdathack:downloaddataset", parameters)
    assert "unexpected error" not in str(raised.value)
    assert files_in(out) == []
