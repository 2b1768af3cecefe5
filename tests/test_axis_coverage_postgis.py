"""tdathack:axiscoverage run inside PostGIS: the lengths this computer's engine measures."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from . import aveyron
from .algorithm_runs import Recorder
from .squares import coverage_layer
from .test_axis_coverage import (
    X0,
    X1,
    Y_LINE,
    axes_layer,
    axis_coverage,
    expected_metres,
    line,
    per_set,
    prefecture_axes,
)

pytestmark = pytest.mark.usefixtures("tdathack_provider")
LOCAL, DATABASE = 1, 2


def same_lengths(local, database):
    """Segment by segment and axis by axis: the same metres (to a millimetre), fields, names."""
    (local_segments, local_stats), (db_segments, db_stats) = local, database

    def metres(segments):
        found = {}
        for f in segments.getFeatures():
            key = (f["axis_id"], f["operators"], f["class"], f["missing"])
            found[key] = found.get(key, 0.0) + f["length_km"] * 1000
        return found

    ours, theirs = metres(db_segments), metres(local_segments)
    assert ours.keys() == theirs.keys()
    for key, value in theirs.items():
        assert ours[key] == pytest.approx(value, abs=1e-3), key
    assert db_stats.fields().names() == local_stats.fields().names()
    local_rows = [f.attributes() for f in local_stats.getFeatures()]
    db_rows = [f.attributes() for f in db_stats.getFeatures()]
    assert [r[:2] for r in db_rows] == [r[:2] for r in local_rows]
    for db_row, local_row in zip(db_rows, local_rows):
        assert db_row[2:] == pytest.approx(local_row[2:], rel=1e-9, abs=1e-6)


def test_a_line_across_the_squares_in_the_database_has_exact_lengths(postgis):
    axes = postgis.export(
        axes_layer([(line((X0, Y_LINE), (X1, Y_LINE)), ["N1", "Route 1"])]), "axes_n1"
    )
    coverage = postgis.export(coverage_layer(), "couverture_axes")
    log = Recorder()
    segments, stats = axis_coverage(axes, coverage, feedback=log, ENGINE=DATABASE)
    assert "Engine: the database (chosen)." in log.lines
    found = per_set(segments)
    expected = expected_metres(Y_LINE, X0, X1)
    assert set(found) == set(expected)
    for key, metres in expected.items():
        assert found[key] == pytest.approx(metres, rel=1e-9), key
    assert next(stats.getFeatures())["axis_name"] == "Route 1"
    same_lengths(axis_coverage(axes, coverage, ENGINE=LOCAL), (segments, stats))
    log = Recorder()
    axis_coverage(axes, coverage, feedback=log)
    assert (
        "Engine: the database (every input is in one PostGIS database; axes are cut faster "
        "there)."
    ) in log.lines


def test_multipart_and_several_features_of_one_axis_match_this_computer(postgis):
    multi = QgsGeometry.fromMultiPolylineXY(
        [
            [QgsPointXY(X0, Y_LINE), QgsPointXY(701000, Y_LINE)],
            [QgsPointXY(701000, Y_LINE), QgsPointXY(X1, Y_LINE)],
        ]
    )
    rows = [
        (line((700700, 6599000), (700700, 6602000)), ["V", "Verticale"]),
        (multi, ["N1", "Nationale"]),
        (line((702600, 6600700), (702800, 6600700)), ["N1", "Bretelle"]),
    ]
    axes = postgis.export(axes_layer(rows, geometry_type="MultiLineString"), "axes_multi")
    coverage = postgis.export(coverage_layer(), "couverture_multi")
    log = Recorder()
    database = axis_coverage(axes, coverage, feedback=log, ENGINE=DATABASE)
    assert "1 multi-part axis features: every part is measured." in log.lines
    same_lengths(axis_coverage(axes, coverage, ENGINE=LOCAL), database)


def test_aveyron_axes_in_the_database_match_this_computer(postgis, tmp_path):
    coverage = aveyron.coverage_4g(aveyron.communes(), str(tmp_path / "coverage.gpkg"), 3000)
    coverage = postgis.export(QgsVectorLayer(coverage, "coverage", "ogr"), "couverture_12")
    axes = postgis.export(prefecture_axes(), "axes_12")
    database = axis_coverage(axes, coverage, ENGINE=DATABASE, OPERATOR_FIELD="operator")
    local = axis_coverage(axes, coverage, ENGINE=LOCAL, OPERATOR_FIELD="operator")
    assert database[1].featureCount() == 2
    same_lengths(local, database)


def test_a_cut_that_does_not_add_up_is_computed_here_when_automatic(postgis, monkeypatch):
    """The database's check refuses its own result (forced here): automatic computes on this
    computer and says so; with the database chosen, the run stops and says why."""
    from psycopg2 import sql

    from tdathack_plugin.database import axes_sql

    axes = postgis.export(
        axes_layer([(line((X0, Y_LINE), (X1, Y_LINE)), ["N1", "Route 1"])]), "axes_faux"
    )
    coverage = postgis.export(coverage_layer(), "couverture_faux")
    monkeypatch.setattr(axes_sql, "FEATURES_NOT_ADDING_UP", sql.SQL("SELECT axis_id FROM tdh_axes"))
    log = Recorder()
    segments, _stats = axis_coverage(axes, coverage, feedback=log)
    assert (
        "The database's cut of axes N1 does not add up to their length. Nothing was written "
        "there: this computer computes instead."
    ) in log.lines
    expected = expected_metres(Y_LINE, X0, X1)
    for key, metres in per_set(segments).items():
        assert metres == pytest.approx(expected[key], rel=1e-9)
    with pytest.raises(Exception, match="Nothing was written: run on this computer"):
        axis_coverage(axes, coverage, ENGINE=DATABASE)
