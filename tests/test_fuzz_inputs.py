"""Property-based fuzzing of every analysis algorithm's parameters: whatever a user types (NaN,
infinities, negatives, empty strings, text for numbers, field names in another case or unknown,
filters that do not parse, layers with empty and null geometries), a run either succeeds or
stops with a sentence (never a traceback, never the safety net's "unexpected error"), and a
stopped run leaves no file. The number of examples is bounded so that the suite stays fast.
"""

import math
import shutil

import processing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsGeometry, QgsProcessingException

from tdathack_plugin.toolbelt import field_types

from .algorithm_runs import Recorder
from .bad_inputs_data import point, write
from .squares import UNITS, memory_layer, rect
from .test_bad_inputs import files_in, parameters

EXAMPLES = 12

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=32),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([0, -0.0, 1e-9, 1e12, math.nan, math.inf, -math.inf]),
    st.text(max_size=6),
    st.none(),
)


def names(*real):
    """A real field name as given, in another case, or something else."""
    return st.one_of(
        st.sampled_from(real),
        st.sampled_from(real).map(str.upper),
        st.sampled_from(["", " ", "nope", "geometry", "fid", "🙂"]),
        st.text(max_size=8),
        st.none(),
    )


filters = st.one_of(
    st.none(),
    st.sampled_from(
        ['"4G" = 1', '"4G" = 1 AND', "1 = 1", "(", "to_int('a') > 1", "\"etat\" = 'on'"]
    ),
    st.text(max_size=12),
)
SPACES = {
    "coveragefromsites": {
        "OPERATOR_FIELD": names("Operateur"),
        "FILTER": filters,
        "RADIUS": numbers,
        "RADIUS_FIELD": names("portee", "4G"),
        "SEGMENTS": numbers,
    },
    "mobilegaps": {
        "TERRITORY_ID_FIELD": names("code"),
        "TERRITORY_NAME_FIELD": names("nom"),
        "POPULATION_FIELD": names("population"),
        "OPERATOR_FIELD": names("operateur"),
        "LEVEL_FIELD": names("niveau"),
        "OPERATORS": numbers,
    },
    "servicecoverage": {
        "SERVICE_FILTER": filters,
        "SERVICE_ID_FIELD": names("hid"),
        "RADIUS": numbers,
        "RADIUS_FIELD": names("reach", "etat"),
        "DEMAND_WEIGHT_FIELD": names("w", "w_txt"),
        "SEGMENTS": numbers,
    },
    "measurementgrid": {
        "VALUE_FIELD": names("bitrate"),
        "OPERATOR_FIELD": names("operator"),
        "CELL_SIZE": numbers,
        "THRESHOLD": numbers,
        "MIN_COUNT": numbers,
    },
    "fibrepro": {
        "ELIGIBLE_FILTER": filters,
        "ELIGIBLE_ID_FIELD": names("imb_id"),
        "MATCH_DISTANCE": numbers,
        "CLUSTER_DISTANCE": numbers,
        "CLUSTER_MIN_POINTS": numbers,
        "SIZE_FIELD": names("trancheEffectifsEtablissement"),
    },
    "axiscoverage": {"AXIS_ID_FIELD": names("ref"), "OPERATORS": numbers},
    "candidatesites": {
        "RADIUS": numbers,
        "GRID_SPACING": numbers,
        "COUNT": numbers,
        "DEMAND_WEIGHT_FIELD": names("population"),
    },
}


def check_run(algorithm, values, out):
    """The run succeeds, or stops with a plain sentence and leaves no file."""
    feedback = Recorder()
    try:
        processing.run(f"tdathack:{algorithm}", values, feedback=feedback)
    except QgsProcessingException as error:
        message = str(error)
        assert "Traceback" not in message, message
        assert "unexpected error" not in message, message
        assert files_in(out) == [], message
    finally:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()


@pytest.fixture(scope="module")
def odd_geometries(bad_input_files, tmp_path_factory):
    """bad_input_files with layers holding null and empty geometries beside valid ones."""
    folder = tmp_path_factory.mktemp("odd")
    points = [
        (QgsGeometry(), ["null", 1.0]),
        (QgsGeometry.fromWkt("Point EMPTY"), ["empty", 2.0]),
        (point(700500, 6600500), ["ok", 3.0]),
    ]
    polygons = [
        (QgsGeometry(), ["N", 1.0]),
        (QgsGeometry.fromWkt("MultiPolygon EMPTY"), ["E", 2.0]),
        (rect(UNITS["A"]), ["A", 3.0]),
    ]
    point_fields = [("hid", field_types.STRING), ("w", field_types.DOUBLE)]
    polygon_fields = [("code", field_types.STRING), ("population", field_types.DOUBLE)]
    odd = dict(bad_input_files)
    odd["odd_points"] = write(memory_layer("Point", point_fields, points), folder / "p.gpkg")
    odd["odd_polygons"] = write(
        memory_layer("MultiPolygon", polygon_fields, polygons), folder / "polygons.gpkg"
    )
    return odd


@pytest.mark.parametrize("algorithm", sorted(SPACES))
def test_any_parameter_values_give_a_result_or_a_sentence(
    algorithm, bad_input_files, tmp_path_factory
):
    out = tmp_path_factory.mktemp(f"fuzz-{algorithm}")

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.fixed_dictionaries({}, optional=SPACES[algorithm]))
    def run(drawn):
        values = parameters(algorithm, {}, bad_input_files, out)
        values.update({name: value for name, value in drawn.items() if value is not None})
        check_run(algorithm, values, out)

    run()


ODD = [
    ("servicecoverage", {"SERVICES": "@odd_points"}),
    ("servicecoverage", {"DEMAND": "@odd_points"}),
    ("servicecoverage", {"ZONES": "@odd_polygons", "ZONES_ID_FIELD": "code"}),
    ("coveragefromsites", {"SITES": "@odd_points", "OPERATOR_FIELD": "hid"}),
    ("coveragefromsites", {"CLIP": "@odd_polygons"}),
    ("mobilegaps", {"TERRITORY": "@odd_polygons"}),
    ("mobilegaps", {"POPULATION": "@odd_points", "POPULATION_FIELD": "w"}),
    ("measurementgrid", {"INPUT": "@odd_points", "VALUE_FIELD": "w"}),
    ("fibrepro", {"ESTABLISHMENTS": "@odd_points"}),
    ("fibrepro", {"ELIGIBLE": "@odd_points"}),
    ("candidatesites", {"GAPS": "@odd_polygons"}),
    ("candidatesites", {"DEMAND": "@odd_points", "DEMAND_WEIGHT_FIELD": "w"}),
]


@pytest.mark.parametrize(("algorithm", "extra"), ODD, ids=[f"{a}-{sorted(e)[0]}" for a, e in ODD])
def test_null_and_empty_geometries(algorithm, extra, odd_geometries, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    check_run(algorithm, parameters(algorithm, extra, odd_geometries, out), out)
