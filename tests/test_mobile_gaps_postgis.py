"""tdathack:mobilegaps run inside PostGIS: the same answers as this computer's engine, outputs
in the database or streamed back, and what a database user meets (privileges, cancel...)."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from tdathack_plugin.toolbelt import field_types

from . import aveyron
from .algorithm_runs import Recorder, output_layers
from .squares import UNITS, coverage_layer, expected_areas, memory_layer, territory_layer

pytestmark = pytest.mark.usefixtures("tdathack_provider")

OUTPUTS = ("OUTPUT_ZONES", "OUTPUT_STATS")
LOCAL, DATABASE = 1, 2


def gaps(coverage, territory, feedback=None, **extra):
    parameters = {
        "COVERAGE": coverage if isinstance(coverage, list) else [coverage],
        "TERRITORY": territory,
        "TERRITORY_ID_FIELD": "code",
        **extra,
    }
    return output_layers("tdathack:mobilegaps", parameters, OUTPUTS, None, feedback)


def zone_areas(zones) -> dict:
    """{(unit, operators): area in m²}."""
    return {(f["zone_id"], f["operators"]): f["area_km2"] * 1e6 for f in zones.getFeatures()}


def zone_rows(zones) -> dict:
    """{(unit, operators): (class, missing, population)}, every zone once."""
    rows = {}
    for f in zones.getFeatures():
        key = (f["zone_id"], f["operators"])
        assert key not in rows, key
        rows[key] = (f["class"], f["missing"], f["n_operators"], f["population"])
    return rows


def same_answers(local, database):
    """The database's outputs equal this computer's: zone by zone and unit by unit to a square
    metre, class totals to 1e-9, every other number to 1e-9 relative (or 1e-6 absolute)."""
    (local_zones, local_stats), (db_zones, db_stats) = local, database
    assert db_zones.featureCount() == local_zones.featureCount()
    ours, theirs = zone_areas(db_zones), zone_areas(local_zones)
    assert ours.keys() == theirs.keys()
    for key, area in theirs.items():
        assert ours[key] == pytest.approx(area, abs=1.0), key
    db_rows, local_rows = zone_rows(db_zones), zone_rows(local_zones)
    for key, (kind, missing, count, population) in local_rows.items():
        assert db_rows[key][:3] == (kind, missing, count), key
        assert db_rows[key][3] == pytest.approx(population, rel=1e-9, abs=1e-6), key
    local_rows = {f["zone_id"]: f for f in local_stats.getFeatures()}
    db_rows = {f["zone_id"]: f for f in db_stats.getFeatures()}
    assert list(db_rows) == list(local_rows)  # the territory's order, unit by unit
    assert db_stats.fields().names() == local_stats.fields().names()
    for unit, row in local_rows.items():
        for name in local_stats.fields().names()[2:]:
            expected, found = row[name], db_rows[unit][name]
            if name.endswith("_km2"):
                assert found * 1e6 == pytest.approx(expected * 1e6, abs=1.0), (unit, name)
            else:
                assert found == pytest.approx(expected, rel=1e-9, abs=1e-6), (unit, name)
        assert db_rows[unit]["zone_name"] == row["zone_name"]
    for name in ("area_blanche_km2", "area_grise_km2", "area_all_km2", "pop_blanche"):
        total = sum(f[name] for f in local_stats.getFeatures())
        assert sum(f[name] for f in db_stats.getFeatures()) == pytest.approx(total, rel=1e-9)
    for zone in db_zones.getFeatures():
        assert zone.geometry().isGeosValid(), zone["zone_id"]


def test_squares_in_the_database_give_every_operator_set_exactly(postgis):
    territory = postgis.export(territory_layer(), "communes")
    coverage = postgis.export(coverage_layer(), "couverture")
    log = Recorder()
    zones, stats = gaps(
        coverage,
        territory,
        log,
        POPULATION=territory,
        POPULATION_FIELD="population",
        ENGINE=DATABASE,
    )
    assert "Engine: the database (chosen)." in log.lines
    assert any(line.startswith("CREATE TEMP TABLE tdh_units") for line in log.lines)
    found = zone_areas(zones)
    for unit, box in UNITS.items():
        for key, area in expected_areas(box).items():
            operators = ", ".join(
                o for o in ("Orange", "SFR", "Bouygues Telecom", "Free") if o in key
            )
            assert found.pop((unit, operators)) == pytest.approx(area, abs=1e-6)
    assert not found
    assert {f["zone_id"]: f["pop_total"] for f in stats.getFeatures()} == {"A": 2000, "B": 500}


@pytest.fixture(scope="module")
def aveyron_in_postgis(postgis, tmp_path_factory):
    communes = aveyron.communes_with_population()
    folder = tmp_path_factory.mktemp("aveyron")
    coverage = QgsVectorLayer(aveyron.coverage_4g(communes, str(folder / "c.gpkg")), "c", "ogr")
    return postgis.export(communes, "communes_12"), postgis.export(coverage, "couverture_4g")


def test_aveyron_in_the_database_matches_this_computer(aveyron_in_postgis):
    communes, coverage = aveyron_in_postgis
    options = {
        "POPULATION": communes,
        "POPULATION_FIELD": "population",
        "OPERATOR_FIELD": "operator",
    }
    log = Recorder()
    database = gaps(coverage, communes, log, ENGINE=DATABASE, **options)
    assert "Engine: the database (chosen)." in log.lines
    # 12076 (Conques-en-Rouergue, 2018 outline) has no INSEE code match: said either way
    assert "1 territory units have no population (counted as 0): 12076" in log.lines
    local = gaps(coverage, communes, ENGINE=LOCAL, **options)
    assert database[1].featureCount() == 285
    same_answers(local, database)


def test_population_points_and_polygons_match_this_computer(postgis, aveyron_in_postgis):
    communes, coverage = aveyron_in_postgis
    crs = communes.crs().authid()
    centres = [
        (QgsGeometry.fromPointXY(QgsPointXY(f.geometry().centroid().asPoint())), [f["population"]])
        for f in communes.getFeatures()
    ]
    points = postgis.export(
        memory_layer("Point", [("habitants", field_types.DOUBLE)], centres, crs, "centres"),
        "centres",
    )
    squares = [
        (QgsGeometry.fromRect(f.geometry().boundingBox()), [f["population"]])
        for f in communes.getFeatures()
    ]
    boxes = postgis.export(
        memory_layer("Polygon", [("habitants", field_types.DOUBLE)], squares, crs, "boxes"), "boxes"
    )
    for population in (points, boxes):
        options = {
            "POPULATION": population,
            "POPULATION_FIELD": "habitants",
            "OPERATOR_FIELD": "operator",
        }
        database = gaps(coverage, communes, ENGINE=DATABASE, **options)
        local = gaps(coverage, communes, ENGINE=LOCAL, **options)
        same_answers(local, database)


def test_results_are_written_as_new_tables_without_leaving_the_server(postgis):
    postgis.execute("CREATE SCHEMA resultats")
    territory = postgis.export(territory_layer(), "communes_out")
    coverage = postgis.export(coverage_layer(), "couverture_out")
    log = Recorder()
    zones, stats = gaps(
        coverage,
        territory,
        log,
        ENGINE=DATABASE,
        OUTPUT_ZONES=postgis.destination("resultats", "zones_2025"),
        OUTPUT_STATS=postgis.destination("resultats", "stats_2025"),
    )
    assert any(line.startswith('CREATE TABLE "resultats"."zones_2025" AS') for line in log.lines)
    assert zones.providerType() == stats.providerType() == "postgres"
    assert zones.featureCount() == 12 and stats.featureCount() == 2
    assert zones.crs().authid() == "EPSG:2154"
    streamed = gaps(coverage, territory)
    assert zone_areas(zones) == pytest.approx(zone_areas(streamed[0]), abs=1e-9)
    columns = postgis.execute(
        "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
        "'resultats.zones_2025'::regclass AND attname = 'geom'"
    )
    assert columns == [("geometry(MultiPolygon,2154)",)]
    indexes = postgis.execute(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'zones_2025' AND indexdef LIKE '%gist%'"
    )
    assert len(indexes) == 1
    # the same destination again: refused, and the first table is left as it was
    with pytest.raises(Exception, match='The table "resultats"."zones_2025" already exists'):
        gaps(
            coverage,
            territory,
            ENGINE=DATABASE,
            OUTPUT_ZONES=postgis.destination("resultats", "zones_2025"),
        )
    assert postgis.execute("SELECT count(*) FROM resultats.zones_2025") == [(12,)]
    assert "resultats.stats_2025" in postgis.tables()
    with pytest.raises(Exception, match='The schema "archives" does not exist in the database'):
        gaps(
            coverage,
            territory,
            ENGINE=DATABASE,
            OUTPUT_ZONES=postgis.destination("archives", "zones"),
        )


def test_hostile_schema_table_and_field_names_are_quoted(postgis):
    schema, table = 'sch"ema; DROP SCHEMA public -- 50%', "com'munes\"; DROP TABLE x; --é %s"
    id_field = "co\"de' %(srid)s --é"  # (QGIS splits a field parameter on ';')
    rows = [(f.geometry(), [f["code"], f["nom"]]) for f in territory_layer().getFeatures()]
    hostile = memory_layer(
        "MultiPolygon", [(id_field, field_types.STRING), ("nom", field_types.STRING)], rows
    )
    territory = postgis.export(hostile, table, schema)
    coverage = postgis.export(coverage_layer(), "couverture; DELETE FROM x", schema)
    log = Recorder()
    zones, stats = gaps(coverage, territory, log, TERRITORY_ID_FIELD=id_field, ENGINE=DATABASE)
    assert {f["zone_id"] for f in stats.getFeatures()} == {"A", "B"}
    assert sum(f["area_km2"] for f in stats.getFeatures()) == pytest.approx(3.0)
    assert f"{schema}.{table}" in postgis.tables()


def test_a_filter_holding_sql_runs_as_a_filter_and_nothing_else(postgis):
    postgis.export(territory_layer(), "communes_filtre")
    coverage = postgis.export(coverage_layer(), "couverture_filtre")
    subset = "\"code\" <> 'x'') OR TRUE OR (''' AND \"nom\" LIKE 'Commune A%'"
    territory = postgis.layer("public", "communes_filtre", subset)
    zones, stats = gaps(coverage, territory, ENGINE=DATABASE)
    assert [f["zone_id"] for f in stats.getFeatures()] == ["A"]
    assert "public.communes_filtre" in postgis.tables()


@pytest.mark.parametrize(
    "subset, enclosable",
    [
        ("1=1); DROP TABLE t; --", False),
        ('"a" = 1) OR (1=1', False),
        ('("a" = 1', False),
        ('"a" = \'x', False),
        ('"a" = 1 /* unclosed', False),
        ("\"a\" = 'x;y'", False),
        ('"a" = 1 -- a comment ); DROP', False),
        ("\"a\" = E'\\' ) ; DROP TABLE t; SELECT (1 -- '", False),
        ("\"a\" = 'x' /* /* */ '*/ ) ; DROP TABLE t --'", False),
        ("EXISTS (SELECT 1 AS x$b$) ) ; DROP TABLE t; -- $b$)", False),
        ("\"a\" = 'x' -- \r ) OR (1 = 1", False),
        ("\"a\" = U&'\\0041'", False),
        ("\"a\" = 'x''); DROP TABLE t' AND (\"b\" > 2)", False),  # ';' even quoted
        ("\"a\" = 'x'') OR (TRUE' AND (\"b\" > 2)", True),
        ("\"nom\" LIKE 'Saint%' AND \"c\"\"d\" IN ('(', ')')", True),
    ],
)
def test_only_filters_that_stay_inside_their_parentheses_reach_the_database(subset, enclosable):
    from tdathack_plugin.database.filters import enclosable as check

    assert check(subset) is enclosable


def test_inputs_in_different_places_run_here_and_say_why(postgis):
    territory = postgis.export(territory_layer(), "communes_ici")
    log = Recorder()
    gaps(coverage_layer(), territory, log)
    assert 'Engine: this computer ("couverture" is not a PostGIS layer).' in log.lines
    with pytest.raises(Exception, match='The database cannot run this: "couverture" is not'):
        gaps(coverage_layer(), territory, ENGINE=DATABASE)


def test_selected_features_only_run_here(postgis):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    territory = postgis.export(territory_layer(), "communes_selection")
    coverage = postgis.export(coverage_layer(), "couverture_selection")
    QgsProject.instance().addMapLayer(territory)
    try:
        territory.selectByExpression("\"code\" = 'B'")
        log = Recorder()
        source = QgsProcessingFeatureSourceDefinition(territory.id(), True)
        zones, stats = gaps(coverage, source, log)
        assert [f["zone_id"] for f in stats.getFeatures()] == ["B"]
        assert any(
            line.startswith("Engine: this computer (") and "selected or filtered" in line
            for line in log.lines
        )
    finally:
        QgsProject.instance().removeMapLayer(territory.id())


@pytest.fixture(scope="module")
def restricted(postgis):
    """A database user who may read the layers but create no table, not even a temporary one;
    and an analyst who may do both. Their passwords are in QGIS's authentication database."""
    from .postgis_db import auth_config, new_database

    database = new_database()
    database.export(territory_layer(), "communes")
    database.export(coverage_layer(), "couverture")
    reader, analyst = f"lecteur_{database.name}", f"analyste_{database.name}"  # cluster-wide
    database.execute(f"CREATE ROLE {reader} LOGIN PASSWORD 'L3cteur-s3cret'")
    database.execute(f"CREATE ROLE {analyst} LOGIN PASSWORD 'Ana-Pa55-s3cret'")
    database.execute(f"CREATE SCHEMA travail AUTHORIZATION {analyst}")
    database.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}, {analyst}")
    database.execute(f"REVOKE TEMPORARY ON DATABASE {database.name} FROM PUBLIC")
    database.execute(f"GRANT TEMPORARY ON DATABASE {database.name} TO {analyst}")
    database.lecteur = auth_config(reader, "L3cteur-s3cret")
    database.analyste = auth_config(analyst, "Ana-Pa55-s3cret")
    yield database
    database.drop()
    database.execute_on_cluster(f"DROP ROLE {reader}; DROP ROLE {analyst}")


def test_a_user_who_cannot_create_tables_reads_why_and_nothing_is_left(restricted):
    territory = restricted.layer("public", "communes", authcfg=restricted.lecteur)
    coverage = restricted.layer("public", "couverture", authcfg=restricted.lecteur)
    with pytest.raises(Exception, match="The database user lacks a privilege this run needs"):
        gaps(coverage, territory, ENGINE=DATABASE)


def test_credentials_never_reach_the_log_the_messages_or_the_outputs(restricted):
    territory = restricted.layer("public", "communes", authcfg=restricted.analyste)
    coverage = restricted.layer("public", "couverture", authcfg=restricted.analyste)
    log = Recorder()
    uri = restricted.uri(restricted.analyste)
    uri.setDataSource("travail", "zones", "geom")
    zones, stats = gaps(
        coverage, territory, log, ENGINE=DATABASE, OUTPUT_ZONES="postgis:" + uri.uri(False)
    )
    assert zones.featureCount() == 12
    text = "\n".join(log.lines) + zones.source() + zones.publicSource()
    assert "Ana-Pa55-s3cret" not in text and "password" not in text.lower()
    # and a user without the right to write there reads it, nothing written
    uri = restricted.uri(restricted.analyste)
    uri.setDataSource("public", "zones", "geom")
    with pytest.raises(Exception, match="lacks a privilege") as error:
        gaps(coverage, territory, ENGINE=DATABASE, OUTPUT_ZONES="postgis:" + uri.uri(False))
    assert "Ana-Pa55-s3cret" not in str(error.value)
    assert "public.zones" not in restricted.tables()


def test_cancel_before_the_outputs_leaves_no_table(postgis):
    territory = postgis.export(territory_layer(), "communes_cancel")
    coverage = postgis.export(coverage_layer(), "couverture_cancel")
    with pytest.raises(Exception, match="Cancelled: no output was written."):
        gaps(
            coverage,
            territory,
            Recorder(cancel_at=30),
            ENGINE=DATABASE,
            OUTPUT_ZONES=postgis.destination("public", "zones_cancel"),
        )
    assert "public.zones_cancel" not in postgis.tables()


def test_national_small_and_invalid_coverage_features_give_this_computers_answers(postgis):
    """One national multipolygon (the big-feature path: cut, then repaired), scattered small
    features of one operator (repaired whole, then cut) and a self-crossing polygon (repaired)."""
    from qgis.core import QgsRectangle

    from .test_mobile_gaps import scattered_discs

    x0, y0 = UNITS["A"][:2]
    national = QgsGeometry.unaryUnion(scattered_discs(seed=14, count=1500, segments=32))
    assert national.constGet().nCoordinates() > 20_000
    bowtie = QgsGeometry.fromWkt(
        f"POLYGON(({x0} {y0}, {x0 + 6000} {y0 + 5000}, {x0 + 6000} {y0}, {x0} {y0 + 5000}, "
        f"{x0} {y0}))"
    )
    rows = [(national, [20801])]
    rows += [(disc, [20810]) for disc in scattered_discs(seed=3, count=400, segments=16)]
    rows.append((bowtie, [20815]))
    coverage = postgis.export(
        memory_layer("MultiPolygon", [("operateur", field_types.INT)], rows, name="c"), "nationale"
    )
    cells = [
        (
            QgsGeometry.fromRect(QgsRectangle(x, y, x + 2000, y + 2000)),
            [f"{i}-{j}", f"Commune {i}-{j}", 100.0 * i + j],
        )
        for i, x in enumerate(range(x0 - 6000, x0 + 8000, 2000))
        for j, y in enumerate(range(y0 - 4000, y0 + 6000, 2000))
    ]
    fields = [
        ("code", field_types.STRING),
        ("nom", field_types.STRING),
        ("population", field_types.DOUBLE),
    ]
    territory = postgis.export(memory_layer("MultiPolygon", fields, cells, name="t"), "cellules")
    options = {"POPULATION": territory, "POPULATION_FIELD": "population"}
    log = Recorder()
    database = gaps(coverage, territory, log, ENGINE=DATABASE, **options)
    assert any("invalid geometries were repaired" in line for line in log.lines)
    assert sum(f["area_grise_km2"] + f["area_all_km2"] for f in database[1].getFeatures()) > 0
    same_answers(gaps(coverage, territory, ENGINE=LOCAL, **options), database)


def test_automatic_computes_where_the_benchmarks_found_it_faster(postgis):
    """Polygons only: this computer (faster in docs/benchmarks.md); a population of 250,000
    points or more: the database, which joins them faster, with a fifth of QGIS's memory."""
    territory = postgis.export(territory_layer(), "communes_auto")
    coverage = postgis.export(coverage_layer(), "couverture_auto")
    log = Recorder()
    gaps(coverage, territory, log, POPULATION=territory, POPULATION_FIELD="population")
    assert (
        "Engine: this computer (every input is in one PostGIS database, but this computer "
        "computes such inputs faster; choose the database as ENGINE to compute there)."
    ) in log.lines
    postgis.execute(
        "CREATE TABLE adresses AS SELECT i AS fid, ST_SetSRID(ST_MakePoint("
        "700000 + 3000 * (i % 1000) / 1000.0 + 1, 6600000 + 1000 * (i / 1000) / 250.0 + 1), "
        "2154)::geometry(Point, 2154) AS geom FROM generate_series(0, 249999) AS i; "
        "ALTER TABLE adresses ADD PRIMARY KEY (fid)"
    )
    points = postgis.layer("public", "adresses")
    log = Recorder()
    zones, stats = gaps(coverage, territory, log, POPULATION=points)
    assert (
        "Engine: the database (every input is in one PostGIS database; 250,000 population "
        "points are joined faster there)."
    ) in log.lines
    assert sum(f["pop_total"] for f in stats.getFeatures()) == 250_000


def test_a_numeric_id_column_is_written_as_numbers(postgis):
    postgis.export(territory_layer(), "communes_num")
    postgis.execute(
        "ALTER TABLE communes_num ADD COLUMN numero numeric; "
        "UPDATE communes_num SET numero = CASE code WHEN 'A' THEN 12001 ELSE 12002 END"
    )
    territory = postgis.layer("public", "communes_num")
    coverage = postgis.export(coverage_layer(), "couverture_num")
    zones, stats = gaps(coverage, territory, ENGINE=DATABASE, TERRITORY_ID_FIELD="numero")
    assert sorted(f["zone_id"] for f in stats.getFeatures()) == [12001, 12002]
    assert {f["zone_id"] for f in zones.getFeatures()} == {12001, 12002}


class CancelAfter(Recorder):
    """Cancels as soon as the log shows a statement starting with `start`."""

    def __init__(self, start):
        super().__init__()
        self.start = start

    def pushCommandInfo(self, info):
        super().pushCommandInfo(info)
        if info.startswith(self.start):
            self.cancel()


def test_cancel_once_the_output_table_is_created_leaves_no_table(postgis):
    territory = postgis.export(territory_layer(), "communes_cancel2")
    coverage = postgis.export(coverage_layer(), "couverture_cancel2")
    with pytest.raises(Exception, match="Cancelled: no output was written."):
        gaps(
            coverage,
            territory,
            CancelAfter('CREATE TABLE "public"."zones_cancel2" AS'),
            ENGINE=DATABASE,
            OUTPUT_ZONES=postgis.destination("public", "zones_cancel2"),
        )
    assert "public.zones_cancel2" not in postgis.tables()


def test_a_password_typed_in_the_layer_source_stays_out_of_the_log(postgis):
    postgis.export(territory_layer(), "communes_mdp")
    postgis.export(coverage_layer(), "couverture_mdp")
    from .postgis_db import PASSWORD, SUPERUSER, socket_folder

    def typed(table):
        uri = postgis.uri()
        uri.setConnection(socket_folder(), "5432", postgis.name, SUPERUSER, PASSWORD)
        uri.setDataSource("public", table, "geom", "", "fid")
        return QgsVectorLayer(uri.uri(False), table, "postgres")

    log = Recorder()
    gaps(typed("couverture_mdp"), typed("communes_mdp"), log, ENGINE=DATABASE)
    assert any("CREATE TEMP TABLE tdh_units" in line for line in log.lines)
    assert not any(f"password='{PASSWORD}'" in line or "password=" in line for line in log.lines)


def test_levels_and_operators_are_kept_and_counted_as_on_this_computer(postgis):
    """Levels with stray white space, levels below the minimum, a level that is not Arcep's
    and polygons without operator: the same zones and the same warnings from both engines."""
    from .squares import COVERAGE, MCC_MNC, rect

    levels = [" tbc\t", "BC", "CL", "XX"]
    rows = [
        (rect(box), [MCC_MNC[name], levels[number % len(levels)]])
        for number, (name, boxes) in enumerate(COVERAGE.items())
        for box in boxes
    ]
    rows += [(rect(UNITS["B"]), [None, "TBC"]), (rect(UNITS["A"]), [None, "CL"])]
    fields = [("operateur", field_types.INT), ("niveau", field_types.STRING)]
    coverage = postgis.export(memory_layer("MultiPolygon", fields, rows), "couverture_niveaux")
    territory = postgis.export(territory_layer(), "communes_niveaux")
    options = {"LEVEL_FIELD": "niveau", "MIN_LEVEL": 1}
    logs = {engine: Recorder() for engine in (LOCAL, DATABASE)}
    results = {
        engine: gaps(coverage, territory, log, ENGINE=engine, **options)
        for engine, log in logs.items()
    }
    same_answers(results[LOCAL], results[DATABASE])
    for log in logs.values():
        assert any(
            line.startswith("2 coverage polygons have a level that is not CL, BC or TBC")
            for line in log.lines
        ), log.lines
        assert any(
            line.startswith("1 coverage polygons have no operator and were left out")
            for line in log.lines
        ), log.lines
    assert {f["operators"] for f in results[DATABASE][0].getFeatures()} >= {"Orange"}


def test_the_engine_and_its_time_reach_qgis_message_log(postgis):
    from qgis.core import QgsApplication

    from tdathack_plugin.toolbelt.log import TAG

    territory = postgis.export(territory_layer(), "communes_journal")
    coverage = postgis.export(coverage_layer(), "couverture_journal")
    messages = []

    def record(message, tag, _level):
        if tag == TAG:
            messages.append(message)

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        gaps(coverage, territory, ENGINE=DATABASE)
        gaps(coverage_layer(), territory)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert "tdathack:mobilegaps: Engine: the database (chosen)." in messages
    assert any(line.startswith("tdathack:mobilegaps: The database worked") for line in messages)
    assert (
        'tdathack:mobilegaps: Engine: this computer ("couverture" is not a PostGIS layer).'
        in messages
    )


def test_qgis_process_runs_in_the_database_and_writes_a_table_there(postgis, qgis_profile):
    """What a script or a scheduled job does: qgis_process with PostGIS layers given as
    postgres:// sources, the zones written as a new table of the same database."""
    from .algorithm_runs import run_algorithm
    from .postgis_db import PASSWORD, SUPERUSER, socket_folder

    postgis.export(territory_layer(), "communes_cli")
    postgis.export(coverage_layer(), "couverture_cli")

    def uri(table, geometry="geom", key="fid"):
        source = postgis.uri()
        source.setConnection(socket_folder(), "5432", postgis.name, SUPERUSER, PASSWORD)
        source.setDataSource("public", table, geometry, "", key)
        return source.uri(False)

    done = run_algorithm(
        qgis_profile,
        "tdathack:mobilegaps",
        {
            "COVERAGE": "postgres://" + uri("couverture_cli"),
            "TERRITORY": "postgres://" + uri("communes_cli"),
            "TERRITORY_ID_FIELD": "code",
            "ENGINE": 2,
            "OUTPUT_ZONES": "postgis:" + uri("zones_cli", key=""),
            "OUTPUT_STATS": "TEMPORARY_OUTPUT",
        },
    )
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    assert "Engine: the database (chosen)." in done.stdout
    assert postgis.execute("SELECT count(*) FROM public.zones_cli") == [(12,)]
