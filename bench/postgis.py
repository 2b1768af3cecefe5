"""Benchmark of tdathack:mobilegaps with its inputs in PostGIS: this computer's engine against the
database's, on the same PostGIS layers, in one run.

Cases: the national-shaped case of bench/national.py (Arcep-like national coverage, commune
cells of a département and of France, population of each commune), and Occitanie with four
quarterly coverage releases in one table (field `trimestre`, each run filtered on one quarter,
as a regional body compares releases). Each algorithm run is its own process: its wall time and
peak memory; the server's memory is the summed resident memory of the run's database backends,
sampled every 0.2 s (shared buffers they touched included). Outputs go to GeoPackages for both
engines; the database engine is also timed writing its zones to a new table of the database.

The cluster is scripts/pg_cluster.sh's (TDATHACK_PG_HOST, or one started for the benchmark).

Usage: .venv/bin/python bench/postgis.py [--cases departement,quarters,france]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import national_data
from measure import PYTHON, run_side
from qgis_env import start as start_qgis

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OCCITANIE = ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")
CASES = {
    "departement": ("12",),
    "quarters": OCCITANIE,
    "addresses": OCCITANIE,
    "axes": OCCITANIE,
    "france": (),
}
ADDRESSES_PER_INHABITANT = 1 / 6  # about one million address points in Occitanie
QUARTERS = {"T1": 0.0, "T2": 150.0, "T3": 300.0, "T4": 450.0}  # coverage grown by metres
DATABASE = "tdathack_bench"
PASSWORD = "tdathack"
ENGINES = {"this computer": 1, "database": 2}


def quarterly_coverage(folder: Path) -> Path:
    """quarters.gpkg: Occitanie's coverage in four releases, each grown a little (`trimestre`)."""
    import processing

    path = folder / "quarters.gpkg"
    if path.exists():
        return path
    communes = processing.run(
        "native:extractbyexpression",
        {
            "INPUT": str(national_data.communes(folder)),
            "EXPRESSION": '"dep" IN ({})'.format(",".join(f"'{c}'" for c in OCCITANIE)),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    box = communes.extent().buffered(0.15)  # degrees (the cells are in WGS 84): 10 km or more
    extent = f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:4326]"
    clipped = processing.run(
        "native:extractbyextent",
        {
            "INPUT": str(national_data.coverage(folder)),
            "EXTENT": extent,
            "CLIP": True,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    releases = []
    for quarter, grow in QUARTERS.items():
        grown = clipped
        if grow:
            grown = processing.run(
                "native:buffer",
                {"INPUT": clipped, "DISTANCE": grow, "SEGMENTS": 8, "OUTPUT": "TEMPORARY_OUTPUT"},
            )["OUTPUT"]
        releases.append(national_data.with_field(grown, "trimestre", 2, f"'{quarter}'"))
    partial = folder / "quarters.part.gpkg"
    processing.run("native:mergevectorlayers", {"LAYERS": releases, "OUTPUT": str(partial)})
    partial.rename(path)
    return path


def psql(host, database, statement):
    env = {**os.environ, "PGPASSWORD": PASSWORD}
    return subprocess.run(
        ["psql", "-qAt", "-h", host, "-U", "tdathack", "-d", database, "-c", statement],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout


def load(host):
    """The bench database: national coverage, quarterly coverage and commune cells, by ogr2ogr,
    and address points (once; an existing database is reused)."""
    if not psql(host, "postgres", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"):
        load_files(host)
    for table, statement in (("adresses", ADDRESSES), ("axes", AXES)):
        if not psql(host, DATABASE, f"SELECT 1 FROM pg_tables WHERE tablename = '{table}'"):
            psql(host, DATABASE, statement)


# Address points (BAN-like, Lambert-93) spread at random within Occitanie's commune cells,
# about one per six inhabitants; seeded, so every run gets the same points.
ADDRESSES = f"""
CREATE TABLE adresses AS
SELECT row_number() OVER () AS fid, ST_Transform(p.geom, 2154)::geometry(Point, 2154) AS geom
FROM communes AS c,
     ST_Dump(ST_GeneratePoints(
         c.geom, greatest(1, (c.population * {ADDRESSES_PER_INHABITANT})::int), c.fid::int)) AS p
WHERE c.dep IN ({", ".join(f"'{d}'" for d in OCCITANIE)});
ALTER TABLE adresses ADD PRIMARY KEY (fid);
CREATE INDEX ON adresses USING gist (geom);
ANALYZE adresses"""


# Axes: about 2,000 straight lines between the centres of two commune cells of Occitanie, a
# few to a few tens of kilometres apart, as a road network's sections.
AXES = f"""
CREATE TABLE axes AS
SELECT row_number() OVER () AS fid, a.code || '-' || b.code AS ref,
       ST_Transform(ST_MakeLine(ST_PointOnSurface(a.geom), ST_PointOnSurface(b.geom)), 2154)
           ::geometry(LineString, 2154) AS geom
FROM communes AS a JOIN communes AS b ON b.fid = a.fid + 101
WHERE a.dep IN ({", ".join(f"'{d}'" for d in OCCITANIE)}) AND a.dep = b.dep AND mod(a.fid, 2) = 0;
ALTER TABLE axes ADD PRIMARY KEY (fid);
ANALYZE axes"""


def load_files(host):
    start_qgis()
    folder = national_data.cache_folder()
    files = {
        "couverture": national_data.coverage(folder),
        "couverture_trimestres": quarterly_coverage(folder),
        "communes": national_data.communes(folder),
    }
    psql(host, "postgres", f"CREATE DATABASE {DATABASE}")
    psql(host, DATABASE, "CREATE EXTENSION postgis")
    for table, path in files.items():
        subprocess.run(
            [
                "ogr2ogr",
                "-f",
                "PostgreSQL",
                f"PG:host={host} dbname={DATABASE} user=tdathack password={PASSWORD}",
                str(path),
                "-nln",
                table,
                "-lco",
                "GEOMETRY_NAME=geom",
                "-lco",
                "FID=fid",
                "-nlt",
                "PROMOTE_TO_MULTI",
            ],
            check=True,
        )
        psql(host, DATABASE, f"ANALYZE {table}")


def run_algorithm(host, case, engine, quarter, workdir, to_table):
    """One algorithm run (a child process): seconds and class totals, JSON on stdout."""
    start_qgis()
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    def connection():  # the throw-away cluster's password in the URI: a benchmark only
        uri = QgsDataSourceUri()
        uri.setConnection(host, "5432", DATABASE, "tdathack", PASSWORD)
        return uri

    def layer(table, subset=""):
        uri = connection()
        uri.setDataSource("public", table, "geom", subset, "fid")
        return QgsVectorLayer(uri.uri(False), table, "postgres")

    deps = CASES[case]
    subset = '"dep" IN ({})'.format(",".join(f"'{d}'" for d in deps)) if deps else ""
    territory = layer("communes", subset)
    coverage = (
        layer("couverture_trimestres", f"\"trimestre\" = '{quarter}'")
        if quarter
        else layer("couverture")
    )
    population = {"POPULATION": territory, "POPULATION_FIELD": "population"}
    if case == "addresses":  # each address point counts 1
        population = {"POPULATION": layer("adresses")}
    zones = str(Path(workdir) / "zones.gpkg")
    if to_table:
        uri = connection()
        uri.setDataSource("public", to_table, "geom")
        zones = "postgis:" + uri.uri(False)
    if case == "axes":
        print(json.dumps(run_axes(layer("axes"), coverage, engine, zones, workdir)))
        return
    parameters = {
        "COVERAGE": [coverage],
        "OPERATOR_FIELD": "operator",
        "TERRITORY": territory,
        "TERRITORY_ID_FIELD": "code",
        **population,
        "ENGINE": ENGINES[engine],
        "OUTPUT_ZONES": zones,
    }
    sums = ("area_blanche_km2", "area_grise_km2", "area_all_km2", "pop_blanche")
    print(json.dumps(timed("tdathack:mobilegaps", parameters, workdir, sums)))


def run_axes(axes, coverage, engine, segments, workdir):
    """tdathack:axiscoverage: seconds and km blanche, grise, all and in all."""
    parameters = {
        "AXES": axes,
        "AXIS_ID_FIELD": "ref",
        "COVERAGE": [coverage],
        "OPERATOR_FIELD": "operator",
        "ENGINE": ENGINES[engine],
        "OUTPUT_SEGMENTS": segments,
    }
    sums = ("km_none", "km_grise", "km_all", "length_km")
    return timed("tdathack:axiscoverage", parameters, workdir, sums)


def timed(algorithm, parameters, workdir, sums):
    """One run of the algorithm, statistics to a GeoPackage: seconds, units and the totals of
    the `sums` columns of the statistics."""
    import processing
    from qgis.core import QgsVectorLayer

    start = time.perf_counter()
    result = processing.run(
        algorithm, {**parameters, "OUTPUT_STATS": str(Path(workdir) / "stats.gpkg")}
    )
    seconds = time.perf_counter() - start
    stats = QgsVectorLayer(result["OUTPUT_STATS"], "s", "ogr")
    totals = [sum(f[name] for f in stats.getFeatures()) for name in sums]
    return {"seconds": seconds, "totals": totals, "units": stats.featureCount()}


class ServerMemory:
    """Peak of the summed resident memory of the bench database's backends, sampled."""

    def __init__(self):
        self.peak_kb, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _sample(self):
        while not self._stop.wait(0.2):
            total = 0
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    command = Path(f"/proc/{pid}/cmdline").read_bytes()
                    if f" {DATABASE} ".encode() not in command.replace(b"\0", b" "):
                        continue
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                total += next(
                    int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
                )
            self.peak_kb = max(self.peak_kb, total)


def measured(host, case, engine, quarter="", to_table=""):
    me = str(Path(__file__).resolve())
    with tempfile.TemporaryDirectory(prefix="bench-postgis-") as workdir, ServerMemory() as server:
        argv = [PYTHON, me, "run", host, case, engine, quarter or "-", workdir, to_table or "-"]
        _wall, peak_mb, out = run_side(argv)
    result = json.loads(out.strip().splitlines()[-1])
    result.update(peak_mb=peak_mb, server_mb=server.peak_kb / 1024)
    return result


def explain(host):
    """EXPLAIN ANALYZE of the engine's own faces statement (database/gaps_sql.py) on Aveyron's
    cells, after its earlier statements: the GiST indexes of the outline chunks and of the
    subdivided coverage drive it."""
    import psycopg2

    sys.path.insert(0, str(ROOT))
    from tdathack_plugin.database import coverage_sql, gaps_sql
    from tdathack_plugin.database.tables import PostgisTable

    def table(name, subset, srid):
        return PostgisTable(("",), "", "public", name, "geom", subset, srid, name)

    communes = table("communes", "\"dep\" = '12'", 4326)
    coverage = table("couverture", "", 2154)
    values = {"srid": 2154, "levels": [], "codes": [], "names": [], "operator": ""}
    connection = psycopg2.connect(host=host, dbname=DATABASE, user="tdathack", password=PASSWORD)
    try:
        with connection.cursor() as cursor:
            cursor.execute(gaps_sql.INSIDE_FUNCTION)
            cursor.execute(gaps_sql.units(communes, "code", "nom", "population"), values)
            cursor.execute("SELECT ST_Extent(geom) FROM tdh_units")
            cursor.execute(
                "SELECT ST_XMin(e) - 1, ST_YMin(e) - 1, ST_XMax(e) + 1, ST_YMax(e) + 1 "
                "FROM (SELECT ST_Extent(geom) AS e FROM tdh_units) AS extent"
            )
            values.update(zip(("xmin", "ymin", "xmax", "ymax"), cursor.fetchone()))
            cursor.execute("SELECT DISTINCT operator FROM couverture")
            codes = [row[0] for row in cursor.fetchall()]
            values.update(codes=codes, names=codes)
            cursor.execute(coverage_sql.CREATE_COVER)
            cursor.execute(coverage_sql.cover_source(coverage, "operator", ""), values)
            cursor.execute(coverage_sql.SUBDIVIDE)
            cursor.execute(gaps_sql.OUTLINES)
            cursor.execute(sql_explained(gaps_sql.FACES))
            plan = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        connection.rollback()
        connection.close()
    return plan


def sql_explained(statement):
    from psycopg2 import sql

    return sql.SQL("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ") + statement


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default="departement,quarters,addresses,axes,france")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "postgis.md"))
    args = parser.parse_args()
    host = os.environ.get("TDATHACK_PG_HOST") or str(BENCH / "data" / "pg")
    owned = not os.environ.get("TDATHACK_PG_HOST")
    if owned:
        subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", host], check=True)
    try:
        load(host)
        rows = []
        for case in args.cases.split(","):
            quarters = list(QUARTERS) if case == "quarters" else [""]
            for engine in ENGINES:
                runs = [measured(host, case, engine, quarter) for quarter in quarters]
                rows.append(summary(case, engine, runs))
                print(json.dumps(rows[-1]), flush=True)
            table = f"bench_zones_{case}_{int(time.time())}"
            runs = [measured(host, case, "database", quarters[0], table)]
            psql(host, DATABASE, f"DROP TABLE {table}")
            rows.append(summary(case, "database, zones to a table", runs))
            print(json.dumps(rows[-1]), flush=True)
        write_report(rows, explain(host), args)
    finally:
        if owned:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", host])


def summary(case, engine, runs):
    return {
        "case": case,
        "engine": engine,
        "runs": len(runs),
        "units": runs[0]["units"],
        "seconds": sum(r["seconds"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
        "server_mb": max(r["server_mb"] for r in runs),
        "totals": [sum(r["totals"][i] for r in runs) for i in range(4)],
    }


def write_report(rows, plan, args):
    lines = [
        "# Benchmark: mobile gaps with inputs in PostGIS, this computer against the database",
        "",
        "Generated by `bench/postgis.py` (`make bench`) on this 2-core machine, PostgreSQL and",
        "PostGIS from Debian in a throw-away cluster on the same machine (default settings,",
        "fsync off). Inputs: the national-shaped data of the national benchmark, loaded in",
        "PostGIS; *quarters*: Occitanie (4,446 commune cells) against four quarterly coverage",
        "releases of one table, one run per release; *addresses*: Occitanie against the",
        "national coverage with one million address points as population (each counts 1);",
        "*axes*: `tdathack:axiscoverage` of 2,000 lines across Occitanie, national coverage.",
        "Both engines read the same PostGIS layers and write the same GeoPackages. Seconds:",
        "the algorithm runs (summed over the releases). QGIS MB: peak resident memory of the",
        "QGIS process. Server MB: peak of the summed resident memory of the run's backends,",
        "sampled every 0.2 s.",
        "",
        "| case | engine | runs | units | seconds | QGIS MB | server MB | blanche (km², axes: km) "
        "| all operators (km², axes: km) | in zones blanches: inhabitants, addresses (axes: "
        "total km) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['case']} | {row['engine']} | {row['runs']} | {row['units']:,} "
            f"| {row['seconds']:.1f} | {row['peak_mb']:.0f} | {row['server_mb']:.0f} "
            f"| {row['totals'][0]:.3f} | {row['totals'][2]:.3f} | {row['totals'][3]:,.1f} |"
        )
    lines += ["", "Where each engine wins (time of this computer's engine / the database's):", ""]
    for case in dict.fromkeys(row["case"] for row in rows):
        by_engine = {row["engine"]: row for row in rows if row["case"] == case}
        here, there = by_engine["this computer"], by_engine["database"]
        ratio = here["seconds"] / there["seconds"]
        winner = "the database" if ratio > 1 else "this computer"
        lines.append(
            f"- {case}: {ratio:.2f}, {winner} wins; QGIS memory {here['peak_mb']:.0f} MB here, "
            f"{there['peak_mb']:.0f} MB with the database."
        )
    lines += [
        "",
        "ENGINE's automatic choice follows: the database for axis coverage and for mobile gaps",
        "with 250,000 population points or more, this computer otherwise.",
    ]
    lines += [
        "",
        "The plan of the engine's faces statement (Aveyron's cells, national coverage), run",
        "by `EXPLAIN ANALYZE` after the statements before it: each unit takes its outline",
        "chunks through their GiST index, each face its operators through the subdivided",
        "coverage's.",
        "",
        "```",
        plan,
        "```",
        "",
    ]
    Path(args.output).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "run":
        host, case, engine, quarter, workdir, table = sys.argv[2:8]
        run_algorithm(
            host,
            case,
            engine,
            "" if quarter == "-" else quarter,
            workdir,
            "" if table == "-" else table,
        )
    else:
        main()
