"""tdathack:measurementgrid: per-cell statistics equal a direct computation, flags, bad input."""

import math

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
)

from tdathack_plugin.toolbelt import field_types

from .algorithm_runs import Recorder, loaded_in_french, output_layers
from .squares import memory_layer

pytestmark = pytest.mark.usefixtures("tdathack_provider")

X0, Y0, SIZE = 700000.0, 6600000.0, 500.0
OPERATORS = {20801: "Orange", 20810: "SFR"}
GRID = {"VALUE_FIELD": "bitrate_dl", "CELL_SIZE": SIZE, "THRESHOLD": 8, "MIN_COUNT": 5}


def measures(seed=7, per_cell=(12, 3, 30, 1)):
    """(layer, {(operator, column, row): [values]}): bitrates drawn in known square cells."""
    rng = np.random.default_rng(seed)
    rows, expected = [], {}
    for code, name in OPERATORS.items():
        for cell, count in enumerate(per_cell):
            column, row = 1400 + cell, 13200 + (cell % 2)
            xs = (column + rng.uniform(0.01, 0.99, count)) * SIZE
            ys = (row + rng.uniform(0.01, 0.99, count)) * SIZE
            values = rng.lognormal(2.0, 1.0, count).round(3)
            expected[(name, column, row)] = list(values)
            rows += [
                (QgsGeometry(QgsPoint(x, y)), [float(v), code]) for x, y, v in zip(xs, ys, values)
            ]
    rows.append((QgsGeometry(QgsPoint(X0, Y0)), [None, 20801]))  # no value: skipped
    rows.append((QgsGeometry(), [5.0, 20801]))  # no point: skipped
    fields = [("bitrate_dl", field_types.DOUBLE), ("operator", field_types.INT)]
    return memory_layer("Point", fields, rows, name="mesures"), expected


def grid(layer, tmp_path=None, feedback=None, **extra):
    parameters = {"INPUT": layer, **GRID, **extra}
    return output_layers("tdathack:measurementgrid", parameters, ("OUTPUT",), tmp_path, feedback)[0]


def test_square_cells_per_operator_equal_numpy():
    layer, expected = measures()
    feedback = Recorder()
    cells = grid(layer, OPERATOR_FIELD="operator", feedback=feedback)
    assert (
        "2 measures without a point or a number were skipped (features 93, 94)." in feedback.lines
    )
    assert cells.fields().names() == [
        "cell_id",
        "operator",
        "n",
        "median",
        "p10",
        "share_below",
        "status",
    ]
    assert cells.featureCount() == len(expected)
    found = {(f["operator"], f["cell_id"]): f for f in cells.getFeatures()}
    for (name, column, row), values in expected.items():
        cell = found[(name, f"{column}_{row}")]
        assert cell["n"] == len(values)
        assert cell["median"] == np.percentile(values, 50)
        assert cell["p10"] == np.percentile(values, 10)
        assert cell["share_below"] == sum(v < 8 for v in values) / len(values)
        if len(values) < 5:
            assert cell["status"] == "not_enough_data"
        else:
            assert cell["status"] == ("insufficient" if np.median(values) < 8 else "sufficient")
        box = cell.geometry().boundingBox()
        assert (box.xMinimum(), box.yMinimum()) == (column * SIZE, row * SIZE)
        assert cell.geometry().area() == pytest.approx(SIZE**2, rel=1e-12)
    assert {f["status"] for f in cells.getFeatures()} >= {"not_enough_data"}


def test_without_operator_every_measure_shares_the_cells():
    layer, expected = measures()
    cells = grid(layer, MIN_COUNT=20)
    merged = {}
    for (_name, column, row), values in expected.items():
        merged.setdefault(f"{column}_{row}", []).extend(values)
    found = {f["cell_id"]: f for f in cells.getFeatures()}
    assert set(found) == set(merged)
    for key, values in merged.items():
        assert found[key]["operator"] == NULL
        assert found[key]["n"] == len(values)
        assert found[key]["median"] == np.percentile(values, 50)
        assert (found[key]["status"] == "not_enough_data") == (len(values) < 20)


def test_hexagon_cells_hold_their_measures(tmp_path):
    layer, expected = measures(per_cell=(40, 40, 40, 40))
    cells = grid(layer, tmp_path, GRID_TYPE=1)
    hexagons = list(cells.getFeatures())
    assert sum(f["n"] for f in hexagons) == sum(len(v) for v in expected.values())
    for hexagon in hexagons:
        assert hexagon.geometry().area() == pytest.approx(SIZE**2 * math.sqrt(3) / 2, rel=1e-9)
    for measure in layer.getFeatures():
        if measure.hasGeometry() and measure["bitrate_dl"] != NULL:
            holders = [h for h in hexagons if h.geometry().contains(measure.geometry())]
            assert len(holders) == 1
    # Every value counted in the hexagon that holds it: medians equal numpy's on those values.
    for hexagon in hexagons:
        values = [
            m["bitrate_dl"]
            for m in layer.getFeatures()
            if m.hasGeometry()
            and m["bitrate_dl"] != NULL
            and hexagon.geometry().contains(m.geometry())
        ]
        assert hexagon["median"] == np.percentile(values, 50)
        assert hexagon["p10"] == np.percentile(values, 10)


def test_bad_input_is_a_clear_error(tmp_path):
    layer, _expected = measures()
    with pytest.raises(
        QgsProcessingException, match=r"\(CELL_SIZE\) must be a number above 0, not 0\."
    ):
        grid(layer, tmp_path, CELL_SIZE=0)
    empty = memory_layer("Point", [("bitrate_dl", field_types.DOUBLE)], [])
    with pytest.raises(QgsProcessingException, match=r"\(INPUT\) has no feature"):
        grid(empty, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_loaded_grid_has_a_french_legend():
    layer, _expected = measures()
    parameters = {"INPUT": layer, **GRID, "OUTPUT": "TEMPORARY_OUTPUT"}
    with loaded_in_french("tdathack:measurementgrid", parameters, "share_below") as cells:
        labels = [c.label() for c in cells.renderer().categories()]
    assert labels == [
        "Suffisant : médiane ≥ 8",
        "Insuffisant : médiane < 8",
        "Données insuffisantes : moins de 5 mesures",
    ]


def test_text_values_from_a_csv_are_read_and_non_numbers_skipped():
    """Arcep QoS CSV files read without types: bitrates as text, with "N/A" rows."""
    rows = [
        (QgsGeometry(QgsPoint(X0 + 10 + i, Y0 + 10)), [text])
        for i, text in enumerate(["4.5", "12", "N/A", "", "9.5", "3", "20"])
    ]
    layer = memory_layer("Point", [("bitrate_dl", field_types.STRING)], rows, name="qos")
    feedback = Recorder()
    cells = list(grid(layer, feedback=feedback).getFeatures())
    assert [(c["n"], c["median"]) for c in cells] == [(5, 9.5)]
    assert cells[0]["share_below"] == pytest.approx(2 / 5)
