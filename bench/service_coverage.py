"""Benchmark: tdathack:servicecoverage against the native chain (buffer + dissolve, join
attributes by location, distance to nearest hub) on 2,000 hotspots and clustered demand points.

Usage: .venv/bin/python bench/service_coverage.py [--sizes 100000 1000000]
Each side runs in its own process (peak memory = that process's maximum resident set size);
both write their demand output to a GeoPackage. Figures go to docs/benchmarks/service_coverage.md.
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_env import start as start_qgis

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks" / "service_coverage.md"
HOTSPOTS = 2000


def run_side(side, folder):
    """One side, in this process: prints {seconds, peak_mb, covered} as JSON."""
    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    from tests.native_chains import wifi_points_native

    folder = Path(folder)
    hotspots, demand = str(folder / "hotspots.gpkg"), str(folder / "demand.gpkg")
    output = str(folder / f"{side}.gpkg")
    started = time.perf_counter()
    if side == "plugin":
        result = processing.run(
            "tdathack:servicecoverage",
            {
                "SERVICES": hotspots,
                "DEMAND": demand,
                "SERVICE_ID_FIELD": "hid",
                "RADIUS": 100,
                "SEGMENTS": 16,
                "OUTPUT_DEMAND": output,
                "OUTPUT_COVERAGE": str(folder / "plugin_coverage.gpkg"),
                "OUTPUT_STATS": str(folder / "plugin_stats.gpkg"),
            },
        )
        layer, covered_field = QgsVectorLayer(result["OUTPUT_DEMAND"]), "covered"
    else:
        layer = QgsVectorLayer(wifi_points_native(hotspots, demand, "hid", output))
        covered_field = "in_reach_hid"
    seconds = time.perf_counter() - started
    covered = sum(1 for f in layer.getFeatures() if f[covered_field] not in (None, False, ""))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_mb,
                "covered": covered,
                "features": layer.featureCount(),
            }
        )
    )


def measure(side, folder):
    done = subprocess.run(
        [sys.executable, __file__, "--side", side, "--data", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--side")
    parser.add_argument("--data")
    arguments = parser.parse_args()
    if arguments.side:
        run_side(arguments.side, arguments.data)
        return
    start_qgis()
    from tests.clustered_points import generate

    rows = []
    for size in arguments.sizes:
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            generate(folder, HOTSPOTS, size)
            plugin = measure("plugin", folder)
            native = measure("native", folder)
            assert plugin["features"] == native["features"] == size
            assert plugin["covered"] == native["covered"], (plugin, native)
            rows.append((size, plugin, native))
            print(
                f"{size:>9,} points: plugin {plugin['seconds']:.1f} s, native "
                f"{native['seconds']:.1f} s, x{native['seconds'] / plugin['seconds']:.1f}",
                flush=True,
            )
    write_report(rows)


def write_report(rows):
    lines = [
        "# Benchmark: tdathack:servicecoverage",
        "",
        f"{HOTSPOTS:,} hotspots and clustered demand points (seeded numpy, Paris extent, "
        "Lambert-93; `tests/clustered_points.py`), reach 100 m, 16 segments per quarter circle, "
        "no zones. Native chain: `native:buffer` (dissolved) → `native:joinattributesbylocation`"
        " → `qgis:distancetonearesthubpoints`, intermediate layers in memory "
        "(`tests/native_chains.py:wifi_points_native`). Both sides write the demand output to a "
        "GeoPackage and run in their own process; peak memory is the process's maximum resident "
        "set size. Both find the same covered points. Machine: 2 cores, QGIS 3.22.16, Debian "
        "bookworm. Run: `.venv/bin/python bench/service_coverage.py`.",
        "",
        "| demand points | plugin (s) | native chain (s) | speed-up | plugin peak (MB) "
        "| native peak (MB) | covered |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, plugin, native in rows:
        lines.append(
            f"| {size:,} | {plugin['seconds']:.1f} | {native['seconds']:.1f} "
            f"| {native['seconds'] / plugin['seconds']:.1f}x | {plugin['peak_mb']:.0f} "
            f"| {native['peak_mb']:.0f} | {plugin['covered']:,} |"
        )
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(REPORT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
