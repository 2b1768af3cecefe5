"""Benchmark: tdathack:fibrepro against native:joinbynearest on synthetic Aveyron data.

Usage: .venv/bin/python bench/fibre_pro.py [ESTABLISHMENTS BUILDINGS ...]
(default: 500000 2000000, then 50000 200000). Data is drawn by tests/synthetic_aveyron.py
(seed 12) and cached in build/bench/ (hundreds of MB: never in git). Each side runs in its own
process, the two sides one after the other, RUNS times: median wall time and peak resident
memory of those processes. Figures go to docs/benchmarks/fibre_pro.md.
"""

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
from qgis_env import start as start_qgis

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "build" / "bench"
REPORT = ROOT / "docs" / "benchmarks" / "fibre_pro.md"
SIZES = ((500_000, 2_000_000), (50_000, 200_000))
RUNS = 2
GOAL_RATIO = 5  # at the largest size


def data_file(establishments: int, buildings: int) -> Path:
    path = DATA / f"fibre_pro_{establishments}_{buildings}.gpkg"
    if not path.exists():
        from tests import synthetic_aveyron

        DATA.mkdir(parents=True, exist_ok=True)
        data = synthetic_aveyron.generate(establishments, buildings, seed=12)
        partial = path.with_suffix(".partial.gpkg")
        synthetic_aveyron.write_gpkg(partial, data)
        partial.rename(path)
    return path


def run_side(side: str, path: str, output: str) -> None:
    """One side, in this process: prints {"seconds": ..., "peak_mb": ...}."""
    start_qgis()

    establishments = f"{path}|layername=etablissements"
    buildings = f"{path}|layername=immeubles"
    start = time.perf_counter()
    run_algorithm(side, establishments, buildings, output)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def run_algorithm(side, establishments, buildings, output, feedback=None) -> None:
    """fibrepro (side "plugin") or join by nearest, from those inputs to output."""
    import processing

    if side == "plugin":
        parameters = {
            "ESTABLISHMENTS": establishments,
            "ELIGIBLE": buildings,
            "ACTIVE_ONLY": False,
            "MATCH_DISTANCE": 30,
            "OUTPUT_ESTABLISHMENTS": output,
            "OUTPUT_STATS": "TEMPORARY_OUTPUT",
            "OUTPUT_PRIORITY": "TEMPORARY_OUTPUT",
        }
        processing.run("tdathack:fibrepro", parameters, feedback=feedback)
        return
    parameters = {
        "INPUT": establishments,
        "INPUT_2": buildings,
        "FIELDS_TO_COPY": ["imb_id"],
        "DISCARD_NONMATCHING": False,
        "PREFIX": "n_",
        "NEIGHBORS": 1,
        "OUTPUT": output,
    }
    processing.run("native:joinbynearest", parameters, feedback=feedback)


def measure(side: str, path: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        output = str(Path(folder) / "out.gpkg")
        done = subprocess.run(
            [sys.executable, __file__, "--side", side, str(path), output],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(measures) -> dict:
    return {key: statistics.median(m[key] for m in measures) for key in measures[0]}


def main(sizes) -> None:
    start_qgis()  # the generator reads the commune outlines
    rows = []
    for establishments, buildings in sizes:
        path = data_file(establishments, buildings)
        runs = [(measure("plugin", path), measure("native", path)) for _ in range(RUNS)]
        plugin, native = (median([run[side] for run in runs]) for side in (0, 1))
        rows.append((establishments, buildings, plugin, native))
        print(
            f"{establishments:>9,} {buildings:>10,}  plugin {plugin['seconds']:8.1f} s "
            f"{plugin['peak_mb']:7.0f} MB  native {native['seconds']:8.1f} s "
            f"{native['peak_mb']:7.0f} MB  ratio {native['seconds'] / plugin['seconds']:5.1f}x",
            flush=True,
        )
    write_report(rows)


def write_report(rows) -> None:
    lines = [
        "# Benchmark: tdathack:fibrepro against native:joinbynearest",
        "",
        "Synthetic Aveyron (tests/synthetic_aveyron.py, seed 12): establishments and fibre-ready",
        "buildings drawn from commune populations, in one GeoPackage (Lambert-93). Both sides",
        "read the same GeoPackage and write every establishment with its nearest building to a",
        "GeoPackage; fibrepro also writes its statistics and priority clusters (memory layers)",
        "and computes the DBSCAN clusters (200 m, 5 points). Each side runs in a fresh process,",
        f"the two sides one after the other, {RUNS} times: median wall time of the algorithm,",
        "median peak resident memory of the process (ru_maxrss).",
        f"Machine: {os.cpu_count()} cores, QGIS from Debian bookworm. Command:",
        "`.venv/bin/python bench/fibre_pro.py`.",
        "",
        "How fibrepro gets there: point layers of a GeoPackage are read in bulk through GDAL's",
        "Arrow stream (`coverage/ogr_points.py`), the nearest building comes from a numpy grid",
        "(`coverage/points.py`), and when the establishments go to a GeoPackage table the rows",
        "are inserted in one SQLite statement with a packed R-tree spatial index",
        "(`processing/bulk_geopackage.py`) instead of QGIS's writer feature by feature.",
        "",
        "| establishments | eligible points | fibrepro (s) | peak (MB) | join by nearest (s) "
        "| peak (MB) | speed-up |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for establishments, buildings, plugin, native in rows:
        lines.append(
            f"| {establishments:,} | {buildings:,} | {plugin['seconds']:.1f} | "
            f"{plugin['peak_mb']:.0f} | {native['seconds']:.1f} | {native['peak_mb']:.0f} | "
            f"{native['seconds'] / plugin['seconds']:.1f}x |"
        )
    largest = max(rows, key=lambda row: row[0] * row[1])
    ratio = largest[3]["seconds"] / largest[2]["seconds"]
    lines += [
        "",
        f"Goal ({GOAL_RATIO}x at {largest[0]:,} × {largest[1]:,}): "
        + ("met" if ratio >= GOAL_RATIO else "not met")
        + f" ({ratio:.1f}x).",
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--side"]:
        run_side(*sys.argv[2:5])
    else:
        numbers = [int(a) for a in sys.argv[1:]]
        main(list(zip(numbers[::2], numbers[1::2])) or SIZES)
