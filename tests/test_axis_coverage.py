"""tdathack:axiscoverage: lines across known squares, Aveyron axes against the native chain."""

import csv

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tdathack_plugin.toolbelt import field_types

from . import aveyron
from .algorithm_runs import Recorder, output_layers
from .native_chains import axis_coverage_native
from .squares import COVERAGE, coverage_layer, memory_layer

pytestmark = pytest.mark.usefixtures("tdathack_provider")

Y_LINE = 6600300.0  # crosses every operator's box, Free's first one on 200 m
X0, X1 = 699500.0, 703500.0


def measure():
    distance = QgsDistanceArea()
    distance.setSourceCrs(
        QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance().transformContext()
    )
    distance.setEllipsoid("EPSG:7019")
    return distance


def expected_metres(y, x0, x1, coverage=COVERAGE):
    """{operators: metres} along the horizontal line y from x0 to x1, cut at every box edge."""
    cuts = sorted(
        {x0, x1}
        | {b[i] for boxes in coverage.values() for b in boxes for i in (0, 2) if x0 < b[i] < x1}
    )
    result = {}
    for a, b in zip(cuts, cuts[1:]):
        middle = (a + b) / 2
        key = frozenset(
            name
            for name, boxes in coverage.items()
            if any(box[0] <= middle <= box[2] and box[1] <= y <= box[3] for box in boxes)
        )
        line = [QgsPointXY(a, y), QgsPointXY(b, y)]
        result[key] = result.get(key, 0.0) + measure().measureLine(line)
    return result


def line(*points):
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in points])


def axes_layer(rows, crs="EPSG:2154", geometry_type="LineString"):
    return memory_layer(
        geometry_type, [("ref", field_types.STRING), ("nom", field_types.STRING)], rows, crs, "axes"
    )


def axis_coverage(axes, coverage, tmp_path=None, feedback=None, **extra):
    parameters = {
        "AXES": axes,
        "AXIS_ID_FIELD": "ref",
        "COVERAGE": coverage if isinstance(coverage, list) else [coverage],
        **extra,
    }
    names = ("OUTPUT_SEGMENTS", "OUTPUT_STATS")
    return output_layers("tdathack:axiscoverage", parameters, names, tmp_path, feedback)


def per_set(segments, axis="N1"):
    found = {}
    for f in segments.getFeatures():
        if f["axis_id"] == axis:
            key = frozenset(f["operators"].split(", ")) - {""}
            found[key] = found.get(key, 0.0) + f["length_km"] * 1000
    return found


def test_straight_line_across_squares_exact_lengths(tmp_path):
    axes = axes_layer([(line((X0, Y_LINE), (X1, Y_LINE)), ["N1", "Route 1"])])
    segments, stats = axis_coverage(axes, coverage_layer(), tmp_path)
    assert segments.crs().authid() == "EPSG:2154"
    assert segments.fields().names()[1:8] == [
        "axis_id",
        "axis_name",
        "class",
        "n_operators",
        "operators",
        "missing",
        "length_km",
    ]
    expected = expected_metres(Y_LINE, X0, X1)
    found = per_set(segments)
    assert set(found) == set(expected)
    for key, metres in expected.items():
        assert found[key] == pytest.approx(metres, rel=1e-9), key
    row = next(stats.getFeatures())
    total = measure().measureLine([QgsPointXY(X0, Y_LINE), QgsPointXY(X1, Y_LINE)])
    assert row["length_km"] * 1000 == pytest.approx(total, rel=1e-9)
    assert total == pytest.approx(4000 / 0.99905, rel=1e-4)  # Lambert-93 scale at 44.6° N
    four = frozenset(COVERAGE)
    assert row["km_all"] * 1000 == pytest.approx(expected[four], rel=1e-9)
    assert row["pct_all"] == pytest.approx(200 / 4000 * 100, rel=1e-6)
    assert row["km_none"] * 1000 == pytest.approx(expected[frozenset()], rel=1e-9)
    three = frozenset({"Orange", "SFR", "Bouygues Telecom"})
    assert row["km_grise"] * 1000 == pytest.approx(
        total - expected[frozenset()] - expected[four], rel=1e-9
    )
    assert row["cov_sfr_pct"] == pytest.approx(2000 / 4000 * 100, rel=1e-6)
    assert row["cov_free_pct"] == pytest.approx(200 / 4000 * 100, rel=1e-6)
    assert row["axis_name"] == "Route 1"
    part = next(
        f for f in segments.getFeatures() if f["operators"] == "Orange, SFR, Bouygues Telecom"
    )
    assert part["missing"] == "Free" and part["class"] == "grise"
    assert part["length_km"] * 1000 == pytest.approx(expected[three], rel=1e-9)


def test_vertical_and_multipart_lines_and_features_of_one_axis():
    vertical = line((700700, 6599000), (700700, 6602000))
    multi = QgsGeometry.fromMultiPolylineXY(
        [
            [QgsPointXY(X0, Y_LINE), QgsPointXY(701000, Y_LINE)],
            [QgsPointXY(701000, Y_LINE), QgsPointXY(X1, Y_LINE)],
        ]
    )
    axes = axes_layer(
        [(vertical, ["V"]), (multi, ["N1"]), (line((702600, 6600700), (702800, 6600700)), ["N1"])],
        geometry_type="MultiLineString",
    )
    feedback = Recorder()
    segments, stats = axis_coverage(axes, coverage_layer(), feedback=feedback)
    assert "1 multi-part axis features: every part is measured." in feedback.lines
    rows = {f["axis_id"]: f for f in stats.getFeatures()}
    assert stats.featureCount() == 2
    # The second N1 feature lies in Free's small box only: 200 m of Free
    found = per_set(segments, "N1")
    expected = expected_metres(Y_LINE, X0, X1)
    free_only = measure().measureLine([QgsPointXY(702600, 6600700), QgsPointXY(702800, 6600700)])
    assert found[frozenset({"Free"})] == pytest.approx(free_only, rel=1e-9)
    assert rows["N1"]["length_km"] * 1000 == pytest.approx(
        sum(expected.values()) + free_only, rel=1e-9
    )
    v = per_set(segments, "V")
    # x = 700700: Orange and SFR on 6600000..6601000, Bouygues on 6600000..6600500
    assert v[frozenset({"Orange", "SFR", "Bouygues Telecom"})] == pytest.approx(
        measure().measureLine([QgsPointXY(700700, 6600000), QgsPointXY(700700, 6600500)]), rel=1e-9
    )
    assert v[frozenset()] == pytest.approx(
        measure().measureLine([QgsPointXY(700700, 6599000), QgsPointXY(700700, 6600000)])
        + measure().measureLine([QgsPointXY(700700, 6601000), QgsPointXY(700700, 6602000)]),
        rel=1e-9,
    )


def test_geographic_input_gives_the_same_true_lengths():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    axes = axes_layer([(line((X0, Y_LINE), (X1, Y_LINE)), ["N1"])])
    layers = [
        processing.run(
            "native:reprojectlayer",
            {"INPUT": layer, "TARGET_CRS": wgs84, "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
        for layer in (axes, coverage_layer())
    ]
    feedback = Recorder()
    segments, stats = axis_coverage(layers[0], layers[1], feedback=feedback)
    assert "Computation CRS: EPSG:2154; lengths on the ellipsoid EPSG:7019." in feedback.lines
    row = next(stats.getFeatures())
    total = measure().measureLine([QgsPointXY(X0, Y_LINE), QgsPointXY(X1, Y_LINE)])
    assert row["length_km"] * 1000 == pytest.approx(total, rel=1e-7)
    for key, metres in expected_metres(Y_LINE, X0, X1).items():
        assert per_set(segments)[key] == pytest.approx(metres, rel=1e-6)


def prefecture_axes():
    """Lines from the préfecture to each sous-préfecture of Aveyron (points on surface)."""
    with open(aveyron.POPULATION_CSV, encoding="utf-8") as table:
        roles = {
            r["code_insee"]: (r["chef_lieu"], r["nom"])
            for r in csv.DictReader(table)
            if r["departement"] == "12" and r["chef_lieu"]
        }
    centres = {
        f["code"]: f.geometry().pointOnSurface().asPoint()
        for f in aveyron.communes().getFeatures()
        if f["code"] in roles
    }
    prefecture = next(code for code, (role, _n) in roles.items() if role == "prefecture")
    rows = [
        (
            QgsGeometry.fromPolylineXY([centres[prefecture], centres[code]]),
            [f"{prefecture}-{code}", f"{roles[prefecture][1]} - {name}"],
        )
        for code, (role, name) in sorted(roles.items())
        if role == "sous-prefecture"
    ]
    return axes_layer(rows, crs="EPSG:4326")


def test_aveyron_prefecture_axes_match_split_with_lines(tmp_path):
    axes = prefecture_axes()
    assert sorted(f["nom"] for f in axes.getFeatures()) == [
        "Rodez - Millau",
        "Rodez - Villefranche-de-Rouergue",
    ]
    coverage = aveyron.coverage_4g(aveyron.communes(), str(tmp_path / "coverage.gpkg"), 3000)
    coverage = QgsVectorLayer(coverage, "coverage", "ogr")
    segments, stats = axis_coverage(axes, coverage, tmp_path)
    native = axis_coverage_native(axes, coverage, "operator", "ref", measure())
    ours = {}
    for f in segments.getFeatures():
        key = (f["axis_id"], frozenset(f["operators"].split(", ")) - {""})
        ours[key] = ours.get(key, 0.0) + f["length_km"] * 1000
    assert {k for k, v in ours.items() if v > 1e-3} == {k for k, v in native.items() if v > 1e-3}
    for key, metres in native.items():
        assert ours.get(key, 0.0) == pytest.approx(metres, rel=1e-6, abs=1e-3), key
    for row in stats.getFeatures():
        parts = row["km_all"] + row["km_grise"] + row["km_none"]
        assert parts == pytest.approx(row["length_km"], rel=1e-12)
        assert 20 < row["length_km"] < 60  # Rodez–Millau ≈ 45 km, Rodez–Villefranche ≈ 40 km


def test_zero_length_and_missing_lines_are_reported_and_all_bad_is_an_error(tmp_path):
    point_line = line((X0, Y_LINE), (X0, Y_LINE))
    feedback = Recorder()
    _segments, stats = axis_coverage(
        axes_layer(
            [
                (point_line, ["Z"]),
                (QgsGeometry(), ["E"]),
                (line((X0, Y_LINE), (X1, Y_LINE)), ["N1"]),
            ]
        ),
        coverage_layer(),
        feedback=feedback,
    )
    assert any(
        line.startswith("2 axis features without a line or of zero length were left out (features ")
        for line in feedback.lines
    )
    assert [f["axis_id"] for f in stats.getFeatures()] == ["N1"]
    with pytest.raises(
        QgsProcessingException, match="The axes layer has no line of non-zero length"
    ):
        axis_coverage(axes_layer([(point_line, ["Z"])]), coverage_layer(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_id_field_and_geographic_computation_crs_are_clear_errors(tmp_path):
    axes = axes_layer([(line((X0, Y_LINE), (X1, Y_LINE)), ["N1"])])
    with pytest.raises(
        QgsProcessingException,
        match='The field "numero" given as .* \\(AXIS_ID_FIELD\\) is not in the layer',
    ):
        axis_coverage(axes, coverage_layer(), tmp_path, AXIS_ID_FIELD="numero")
    with pytest.raises(
        QgsProcessingException,
        match="The computation CRS must be projected in metres, not EPSG:4326",
    ):
        axis_coverage(axes, coverage_layer(), tmp_path, METRIC_CRS="EPSG:4326")
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_output(tmp_path):
    axes = axes_layer([(line((X0, Y_LINE + i), (X1, Y_LINE + i)), [f"N{i}"]) for i in range(20)])
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        axis_coverage(axes, coverage_layer(), tmp_path, feedback=Recorder(cancel_at=30))
    assert list(tmp_path.iterdir()) == []
