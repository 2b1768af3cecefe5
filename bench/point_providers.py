"""Benchmark: the point analyses against their native chains, input provider by input provider.

For each analysis of bench/point_analyses.py (fibrepro, servicecoverage, measurementgrid), the
same points handed to both sides as a GeoPackage, a shapefile, a FlatGeobuf, a CSV with
coordinates (delimited text), memory layers (what a model passes from step to step), PostGIS
tables, a filtered GeoPackage layer (subset string) and a selection ("selected features only").
Each side runs in its own process; the layers are made before the clock starts; median of RUNS
runs, peak memory of the process. The cluster is scripts/pg_cluster.sh's (TDATHACK_PG_HOST, or
one started here). Reports: docs/benchmarks/point_providers_<analysis>.md.

Usage: .venv/bin/python bench/point_providers.py [--analyses fibrepro,servicecoverage,...]
    [--sizes 100000,1000000] [--providers gpkg,shp,...]
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from point_analyses import ANALYSES
from qgis_env import start as start_qgis

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REPORTS = ROOT / "docs" / "benchmarks"
PROVIDERS = ("gpkg", "shp", "fgb", "csv", "memory", "postgis", "subset", "selection")
SIZES = (100_000, 1_000_000)
RUNS = 2
GOAL_RATIO = 5
# "read": one pass of QGIS's getFeatures over the point layers, geometry only, coordinates into
# Python lists; the least a fallback that reads feature by feature can take.
SIDES = ("plugin", "native", "read")
CAP = 180  # seconds: a side still running is stopped and reported as "> CAP"
DATABASE, PASSWORD = "tdathack_points", "tdathack"
LCO = ("-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid")


def converted(path: Path, provider: str, layers, polygons=()) -> dict:
    """{layer name: QGIS source} of the bench GeoPackage in a provider's file format (cached)."""
    sources = {}
    for name in layers:
        gpkg = f"{path}|layername={name}"
        if provider in ("gpkg", "memory", "subset", "selection"):
            sources[name] = gpkg
            continue
        suffix = {"shp": "shp", "fgb": "fgb", "csv": "csv"}[provider]
        target = path.with_name(f"{path.stem}_{name}.{suffix}")
        as_wkt = name in polygons
        if not target.exists():
            geometry = "GEOMETRY=AS_WKT" if as_wkt else "GEOMETRY=AS_XY"
            options = ["-lco", geometry] if provider == "csv" else []
            subprocess.run(
                ["ogr2ogr", *options, str(target), str(path), name], check=True, capture_output=True
            )
        columns = "wktField=WKT" if as_wkt else "xField=X&yField=Y"
        sources[name] = (
            f"file://{target}?delimiter=,&{columns}&crs=EPSG:2154&spatialIndex=yes"
            if provider == "csv"
            else str(target)
        )
    return sources


def postgis_host() -> tuple:
    """(socket folder, whether this run started the cluster)."""
    host = os.environ.get("TDATHACK_PG_HOST")
    if host:
        return host, False
    host = str(BENCH / "data" / "pg")
    subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", host], check=True)
    return host, True


def load_postgis(host: str, path: Path, layers) -> None:
    """The bench GeoPackage's layers as tables named after its file (once)."""
    env = {**os.environ, "PGPASSWORD": PASSWORD}

    def psql(database, statement):
        command = ["psql", "-qAt", "-h", host, "-U", "tdathack", "-d", database, "-c", statement]
        return subprocess.run(command, check=True, env=env, capture_output=True, text=True).stdout

    if not psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"):
        psql("postgres", f"CREATE DATABASE {DATABASE}")
        psql(DATABASE, "CREATE EXTENSION postgis")
    for name in layers:
        table = f"{path.stem}_{name}"
        if psql(DATABASE, f"SELECT 1 FROM pg_tables WHERE tablename = '{table}'"):
            continue
        connection = f"PG:host={host} dbname={DATABASE} user=tdathack password={PASSWORD}"
        subprocess.run(
            ["ogr2ogr", "-f", "PostgreSQL", connection, str(path), name, "-nln", table, *LCO],
            check=True,
            capture_output=True,
        )
        psql(DATABASE, f"ANALYZE {table}")


def inputs(analysis, provider: str, path: Path, host: str) -> dict:
    """{layer name: what the algorithms get}, once QGIS runs."""
    from qgis.core import (
        QgsDataSourceUri,
        QgsFeatureRequest,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorLayer,
    )

    if provider == "postgis":
        layers = {}
        for name in analysis.layers:
            uri = QgsDataSourceUri()
            uri.setConnection(host, "5432", DATABASE, "tdathack", PASSWORD)
            uri.setDataSource("public", f"{path.stem}_{name}", "geom", "", "fid")
            layers[name] = QgsVectorLayer(uri.uri(False), name, "postgres")
        return layers
    sources = converted(path, provider, analysis.layers, getattr(analysis, "polygons", ()))
    kind = "delimitedtext" if provider == "csv" else "ogr"
    layers = {name: QgsVectorLayer(sources[name], name, kind) for name in analysis.layers}
    if provider == "memory":
        return {name: layer.materialize(QgsFeatureRequest()) for name, layer in layers.items()}
    if provider == "subset":
        name, expression = analysis.subset
        layers[name].setSubsetString(expression)
    if provider == "selection":
        QgsProject.instance().addMapLayers(list(layers.values()))
        for layer in layers.values():
            layer.selectByIds([fid for fid in layer.allFeatureIds() if fid % 10])
        return {
            name: QgsProcessingFeatureSourceDefinition(layer.id(), True)
            for name, layer in layers.items()
        }
    return layers


def run_side(name: str, side: str, provider: str, path: str, host: str, output: str) -> None:
    """One side, in this process: prints {"seconds": ..., "peak_mb": ..., "log": ...}."""
    start_qgis()
    from qgis.core import QgsProcessingFeedback

    analysis = ANALYSES[name]
    layers = inputs(analysis, provider, Path(path), host)
    feedback = QgsProcessingFeedback()
    start = time.perf_counter()
    if side == "read":
        polygons = getattr(analysis, "polygons", ())
        read_through_qgis([layer for n, layer in layers.items() if n not in polygons])
    else:
        analysis.run(side, layers, output, feedback)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    read = [line for line in feedback.textLog().splitlines() if "feature by feature" in line]
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "read_by_qgis": read}))


def read_through_qgis(layers) -> None:
    """The coordinates of every point of layers (or of their selection), feature by feature."""
    from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSourceDefinition, QgsProject

    request = QgsFeatureRequest().setNoAttributes()
    for layer in layers:
        if isinstance(layer, QgsProcessingFeatureSourceDefinition):
            chosen = QgsProject.instance().mapLayer(layer.source.staticValue())
            features = chosen.getSelectedFeatures(request)
        else:
            features = layer.getFeatures(request)
        xs, ys = [], []
        for feature in features:
            point = feature.geometry().constGet()
            xs.append(point.x())
            ys.append(point.y())


def measure(name: str, side: str, provider: str, path: Path, host: str, cap: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        output = str(Path(folder) / "out.gpkg")
        command = [sys.executable, __file__, "--side", name, side, provider, str(path), host]
        try:
            done = subprocess.run(
                [*command, output], capture_output=True, text=True, check=True, timeout=cap
            )
        except subprocess.CalledProcessError as error:
            raise RuntimeError(
                f"{name} {side} {provider} failed:\n{error.stderr[-3000:]}"
            ) from None
        except subprocess.TimeoutExpired:  # reported as "more than CAP"
            return {"seconds": cap, "peak_mb": 0.0, "read_by_qgis": [], "stopped": True}
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(measures) -> dict:
    numbers = {key: statistics.median(m[key] for m in measures) for key in ("seconds", "peak_mb")}
    stopped = any(m.get("stopped") for m in measures)
    return {**numbers, "read_by_qgis": measures[0].get("read_by_qgis", []), "stopped": stopped}


def sides(name: str, provider: str, path: Path, host: str, runs: int, cap: int) -> tuple:
    """Medians of runs runs of each of SIDES; a side stopped at cap seconds runs once."""
    found = {side: [] for side in SIDES}
    for _ in range(runs):
        for side in SIDES:
            if not any(m.get("stopped") for m in found[side]):
                found[side].append(measure(name, side, provider, path, host, cap))
    return tuple(median(found[side]) for side in SIDES)


def seconds(side: dict) -> str:
    return f"> {side['seconds']:.0f}" if side["stopped"] else f"{side['seconds']:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analyses", default=",".join(ANALYSES))
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument("--providers", default=",".join(PROVIDERS))
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--cap", type=int, default=CAP, help="seconds before a side is stopped")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    providers = args.providers.split(",")
    start_qgis()  # the generators write through QGIS
    host, owned = postgis_host() if "postgis" in providers else ("", False)
    try:
        for name in args.analyses.split(","):
            analysis, rows = ANALYSES[name], []
            for size in sizes:
                path = analysis.data(size)
                if "postgis" in providers:
                    load_postgis(host, path, analysis.layers)
                for provider in providers:
                    plugin, native, read = sides(name, provider, path, host, args.runs, args.cap)
                    rows.append((size, provider, plugin, native, read))
                    print(name, json.dumps(rows[-1]), flush=True)
            write_report(analysis, rows, args)
    finally:
        if owned:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", host])


def write_report(analysis, rows, args) -> None:
    from qgis.core import Qgis

    lines = [
        f"# Benchmark: tdathack:{analysis.name} against its native chain, by input provider",
        "",
        f"Data: {analysis.data_note}. Native chain: {analysis.peer}. The same points are",
        "handed to both sides from each provider; each side writes its main output to a",
        "GeoPackage. The layers are made before the clock starts (a memory layer is filled from",
        f"the GeoPackage; the subset is `{analysis.subset[1]}` on {analysis.subset[0]}; the",
        "selection is 9 features out of 10 of every layer). Each side in its own process,",
        f"median of {args.runs} run(s), peak resident memory of the process; a side still running",
        f'after {args.cap} s is stopped (peak memory then 0). "QGIS reading": one pass of QGIS\'s',
        "`getFeatures` over the point layers, geometry only, coordinates into Python lists: the",
        "least any analysis takes when QGIS must hand it the points feature by feature. Machine:",
        f"{os.cpu_count()} cores, QGIS {Qgis.QGIS_VERSION}. Command: `.venv/bin/python",
        f"bench/point_providers.py --analyses {analysis.name}`.",
        "",
        f"| points | provider | {analysis.name} (s) | peak (MB) | native chain (s) | peak (MB) "
        f"| speed-up | {GOAL_RATIO}x budget (s) | QGIS reading (s) "
        "| read by QGIS feature by feature |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size, provider, plugin, native, read in rows:
        fallback = "; ".join(plugin["read_by_qgis"]) or "none"
        ratio = native["seconds"] / plugin["seconds"]
        ratio = f"> {ratio:.0f}x" if native["stopped"] else f"{ratio:.1f}x"
        lines.append(
            f"| {size:,} | {provider} | {seconds(plugin)} | {plugin['peak_mb']:.0f} | "
            f"{seconds(native)} | {native['peak_mb']:.0f} | {ratio} | "
            f"{native['seconds'] / GOAL_RATIO:.1f} | {seconds(read)} | {fallback} |"
        )
    polygons = getattr(analysis, "polygons", ())
    lines += ["", *goal_lines(rows, len([n for n in analysis.layers if n not in polygons]))]
    report = REPORTS / f"point_providers_{analysis.name}.md"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")


def goal_lines(rows, point_layers: int) -> list:
    """Whether the goal is met, and where it is not, whether QGIS's reading alone forbids it
    (where QGIS reads every point layer feature by feature)."""
    short = [row for row in rows if row[3]["seconds"] / row[2]["seconds"] < GOAL_RATIO]
    if not short:
        return [f"Goal: {GOAL_RATIO}x the native chain from every provider, at every size: met."]
    named = ", ".join(f"{provider} ({size:,})" for size, provider, *_ in short)
    lines = [
        f"Goal: {GOAL_RATIO}x the native chain from every provider, at every size: not met "
        f"for {named}."
    ]
    floor = [
        (size, provider, read["seconds"], native["seconds"] / GOAL_RATIO)
        for size, provider, plugin, native, read in short
        if len(plugin["read_by_qgis"]) >= point_layers
        and read["seconds"] >= native["seconds"] / GOAL_RATIO
    ]
    lines += [
        f"- {provider} ({size:,}): out of reach while QGIS hands these points over feature by "
        f"feature: reading them alone takes {read:.1f} s, the {GOAL_RATIO}x budget is "
        f"{budget:.1f} s."
        for size, provider, read, budget in floor
    ]
    return lines


if __name__ == "__main__":
    if sys.argv[1:2] == ["--side"]:
        run_side(*sys.argv[2:8])
    else:
        main()
