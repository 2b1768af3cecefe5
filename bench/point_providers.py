"""Benchmark: tdathack:fibrepro against native:joinbynearest, input provider by input provider.

The same synthetic Aveyron points (bench/fibre_pro.py's GeoPackage) handed to both sides as a
GeoPackage, a shapefile, a FlatGeobuf, a CSV with coordinates (delimited text), memory layers
(what a model passes from step to step), PostGIS tables, a filtered GeoPackage layer (subset
string) and a selection ("selected features only"). Each side runs in its own process; the
layers are made before the clock starts; median of RUNS runs, peak memory of the process.
The cluster is scripts/pg_cluster.sh's (TDATHACK_PG_HOST, or one started here).

Usage: .venv/bin/python bench/point_providers.py [--sizes 20000:80000,200000:800000]
    [--providers gpkg,shp,...]
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
from fibre_pro import data_file, run_algorithm
from qgis_env import start as start_qgis

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REPORT = ROOT / "docs" / "benchmarks" / "point_providers.md"
PROVIDERS = ("gpkg", "shp", "fgb", "csv", "memory", "postgis", "subset", "selection")
SIZES = ((20_000, 80_000), (200_000, 800_000))
RUNS = 2
GOAL_RATIO = 5
DATABASE, PASSWORD = "tdathack_points", "tdathack"
SUBSET = "\"etatAdministratifEtablissement\" = 'A'"
LAYERS = ("etablissements", "immeubles")
LCO = ("-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid")


def converted(path: Path, provider: str) -> dict:
    """{layer name: QGIS source} of the bench GeoPackage in a provider's file format (cached)."""
    sources = {}
    for name in LAYERS:
        gpkg = f"{path}|layername={name}"
        if provider in ("gpkg", "memory", "subset", "selection"):
            sources[name] = gpkg
            continue
        suffix = {"shp": "shp", "fgb": "fgb", "csv": "csv"}[provider]
        target = path.with_name(f"{path.stem}_{name}.{suffix}")
        if not target.exists():
            options = ["-lco", "GEOMETRY=AS_XY"] if provider == "csv" else []
            subprocess.run(
                ["ogr2ogr", *options, str(target), str(path), name], check=True, capture_output=True
            )
        sources[name] = (
            f"file://{target}?delimiter=,&xField=X&yField=Y&crs=EPSG:2154&spatialIndex=no"
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


def load_postgis(host: str, path: Path) -> None:
    """The bench GeoPackage's two layers as tables named after its file (once)."""
    env = {**os.environ, "PGPASSWORD": PASSWORD}

    def psql(database, statement):
        command = ["psql", "-qAt", "-h", host, "-U", "tdathack", "-d", database, "-c", statement]
        return subprocess.run(command, check=True, env=env, capture_output=True, text=True).stdout

    if not psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"):
        psql("postgres", f"CREATE DATABASE {DATABASE}")
        psql(DATABASE, "CREATE EXTENSION postgis")
    for name in LAYERS:
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


def inputs(provider: str, path: Path, host: str) -> tuple:
    """(establishments, buildings) as the algorithms get them, once QGIS runs."""
    from qgis.core import (
        QgsDataSourceUri,
        QgsFeatureRequest,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorLayer,
    )

    if provider == "postgis":
        layers = []
        for name in LAYERS:
            uri = QgsDataSourceUri()
            uri.setConnection(host, "5432", DATABASE, "tdathack", PASSWORD)
            uri.setDataSource("public", f"{path.stem}_{name}", "geom", "", "fid")
            layers.append(QgsVectorLayer(uri.uri(False), name, "postgres"))
        return tuple(layers)
    sources = converted(path, provider)
    kind = "delimitedtext" if provider == "csv" else "ogr"
    layers = [QgsVectorLayer(sources[name], name, kind) for name in LAYERS]
    if provider == "memory":
        return tuple(layer.materialize(QgsFeatureRequest()) for layer in layers)
    if provider == "subset":
        layers[0].setSubsetString(SUBSET)
    if provider == "selection":
        QgsProject.instance().addMapLayers(layers)
        for layer in layers:
            layer.selectByIds([fid for fid in layer.allFeatureIds() if fid % 10])
        return tuple(QgsProcessingFeatureSourceDefinition(layer.id(), True) for layer in layers)
    return tuple(layers)


def run_side(side: str, provider: str, path: str, host: str, output: str) -> None:
    """One side, in this process: prints {"seconds": ..., "peak_mb": ..., "log": ...}."""
    start_qgis()
    from qgis.core import QgsProcessingFeedback

    establishments, buildings = inputs(provider, Path(path), host)
    feedback = QgsProcessingFeedback()
    start = time.perf_counter()
    run_algorithm(side, establishments, buildings, output, feedback)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    read = [line for line in feedback.textLog().splitlines() if "feature by feature" in line]
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "read_by_qgis": read}))


def measure(side: str, provider: str, path: Path, host: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        output = str(Path(folder) / "out.gpkg")
        done = subprocess.run(
            [sys.executable, __file__, "--side", side, provider, str(path), host, output],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(measures) -> dict:
    numbers = {key: statistics.median(m[key] for m in measures) for key in ("seconds", "peak_mb")}
    return {**numbers, "read_by_qgis": measures[0].get("read_by_qgis", [])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(f"{e}:{b}" for e, b in SIZES))
    parser.add_argument("--providers", default=",".join(PROVIDERS))
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in size.split(":")) for size in args.sizes.split(",")]
    providers = args.providers.split(",")
    start_qgis()  # the generator reads the commune outlines
    host, owned = postgis_host() if "postgis" in providers else ("", False)
    rows = []
    try:
        for establishments, buildings in sizes:
            path = data_file(establishments, buildings)
            if "postgis" in providers:
                load_postgis(host, path)
            for provider in providers:
                runs = [
                    (
                        measure("plugin", provider, path, host),
                        measure("native", provider, path, host),
                    )
                    for _ in range(RUNS)
                ]
                plugin, native = (median([run[side] for run in runs]) for side in (0, 1))
                rows.append((establishments, buildings, provider, plugin, native))
                print(json.dumps(rows[-1]), flush=True)
    finally:
        if owned:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", host])
    write_report(rows)


def write_report(rows) -> None:
    lines = [
        "# Benchmark: tdathack:fibrepro against native:joinbynearest, by input provider",
        "",
        "Synthetic Aveyron points (tests/synthetic_aveyron.py, seed 12, Lambert-93): the same",
        "establishments and fibre-ready buildings handed to both sides from each provider.",
        "fibrepro writes its three outputs (establishments to a GeoPackage), join by nearest",
        "its one output to a GeoPackage. The layers are made before the clock starts (a memory",
        "layer is filled from the GeoPackage; the subset keeps active establishments; the",
        "selection is 9 features out of 10 of both layers). Each side in its own process,",
        f"median of {RUNS} runs, peak resident memory of the process. Machine: {os.cpu_count()}",
        "cores, QGIS from Debian bookworm. Command: `.venv/bin/python bench/point_providers.py`.",
        "",
        "| points | provider | fibrepro (s) | peak (MB) | join by nearest (s) | peak (MB) "
        "| speed-up | read by QGIS feature by feature |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for establishments, buildings, provider, plugin, native in rows:
        read = "; ".join(plugin["read_by_qgis"]) or "none"
        lines.append(
            f"| {establishments + buildings:,} | {provider} | {plugin['seconds']:.1f} | "
            f"{plugin['peak_mb']:.0f} | {native['seconds']:.1f} | {native['peak_mb']:.0f} | "
            f"{native['seconds'] / plugin['seconds']:.1f}x | {read} |"
        )
    short = [row for row in rows if row[4]["seconds"] / row[3]["seconds"] < GOAL_RATIO]
    lines += [
        "",
        f"Goal: {GOAL_RATIO}x the native chain from every provider, at every size: "
        + (
            "met."
            if not short
            else f"not met for {', '.join(f'{r[2]} ({r[0] + r[1]:,})' for r in short)}."
        ),
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--side"]:
        run_side(*sys.argv[2:7])
    else:
        main()
