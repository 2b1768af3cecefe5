"""Benchmark of tdathack:mobilegaps against the native QGIS chain (and GeoPandas when available).

Three scales: Aveyron (285 communes), Bretagne (1,232), Bretagne + Pays de la Loire + Centre-Val
de Loire (4,280). Coverage is estimated from the 2018 Arcep 4G sites (5 km discs per operator,
tdathack:coveragefromsites) and population is INSEE's per commune; every side reads the same
files. Each side runs in its own process (wall time, peak memory of that process).

Usage: .venv/bin/python bench/mobile_gaps.py [--scales aveyron,bretagne,three-regions]
       [--repeat 3] [--native-timeout 3600]
"""

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import PYTHON, median, run_side
from qgis_env import lambert_request
from qgis_env import start as start_qgis

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SAMPLE = ROOT / "sample_data"
SCALES = {
    "aveyron": [SAMPLE / "admin" / "communes-12-aveyron.geojson"],
    "bretagne": [BENCH / "data" / "communes-bretagne.geojson"],
    "three-regions": [
        BENCH / "data" / f"communes-{r}.geojson"
        for r in ("bretagne", "pays-de-la-loire", "centre-val-de-loire")
    ],
}
GEOPANDAS_PYTHON = BENCH / ".venv-geopandas" / "bin" / "python"
CLASSES = ("blanche", "grise", "all")
GOAL_FLOOR = 1.5  # at most this many times the GEOS floor, at every scale


def prepare(scale, workdir):
    """Communes with population, and the estimated coverage, as GeoPackages in workdir."""
    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    sys.path.insert(0, str(ROOT))
    from tests import aveyron

    layers = [QgsVectorLayer(str(path), path.stem, "ogr") for path in SCALES[scale]]
    merged = processing.run(
        "native:mergevectorlayers",
        {"LAYERS": layers, "CRS": "EPSG:4326", "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    aveyron.with_population(merged, str(Path(workdir) / "communes.gpkg"))
    aveyron.coverage_4g(str(Path(workdir) / "communes.gpkg"), str(Path(workdir) / "coverage.gpkg"))
    communes = QgsVectorLayer(str(Path(workdir) / "communes.gpkg"), "c", "ogr")
    print(json.dumps({"communes": communes.featureCount()}))


def plugin(workdir):
    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    start = time.perf_counter()
    result = processing.run(
        "tdathack:mobilegaps",
        {
            "COVERAGE": [str(Path(workdir) / "coverage.gpkg")],
            "TERRITORY": str(Path(workdir) / "communes.gpkg"),
            "TERRITORY_ID_FIELD": "code",
            "POPULATION": str(Path(workdir) / "communes.gpkg"),
            "POPULATION_FIELD": "population",
            "OUTPUT_ZONES": str(Path(workdir) / "plugin_zones.gpkg"),
            "OUTPUT_STATS": str(Path(workdir) / "plugin_stats.gpkg"),
        },
    )
    seconds = time.perf_counter() - start
    stats = QgsVectorLayer(result["OUTPUT_STATS"], "s", "ogr")
    totals = {k: sum(f[f"area_{k}_km2"] for f in stats.getFeatures()) for k in CLASSES}
    totals.update({f"pop_{k}": sum(f[f"pop_{k}"] for f in stats.getFeatures()) for k in CLASSES})
    print(json.dumps({"seconds": seconds, "totals": totals}))


def native(workdir):
    start_qgis()
    from qgis.core import QgsVectorLayer

    sys.path.insert(0, str(ROOT))
    from tests.native_chains import mobile_gaps_native

    start = time.perf_counter()
    coverage = QgsVectorLayer(str(Path(workdir) / "coverage.gpkg"), "coverage", "ogr")
    communes = QgsVectorLayer(str(Path(workdir) / "communes.gpkg"), "communes", "ogr")
    per_commune = mobile_gaps_native(coverage, "operator", communes, "code", "population")
    seconds = time.perf_counter() - start
    totals = {k: sum(v[k][0] for v in per_commune.values()) / 1e6 for k in CLASSES}
    totals.update({f"pop_{k}": sum(v[k][1] for v in per_commune.values()) for k in CLASSES})
    print(json.dumps({"seconds": seconds, "totals": totals}))


def floor(workdir):
    """The least an exact overlay costs here: noding every outline once and polygonizing."""
    start_qgis()
    from qgis.core import QgsGeometry, QgsVectorLayer

    request = lambert_request()
    outlines = [
        QgsGeometry(feature.geometry().constGet().boundary())
        for name in ("communes", "coverage")
        for feature in QgsVectorLayer(str(Path(workdir) / f"{name}.gpkg"), name, "ogr").getFeatures(
            request
        )
    ]
    start = time.perf_counter()
    QgsGeometry.polygonize([QgsGeometry.unaryUnion(outlines)])
    print(json.dumps({"seconds": time.perf_counter() - start}))


def side(argv, timeout=None):
    """Run one side; its JSON result with its own timing and the process's peak memory.

    None when it did not finish within `timeout` seconds.
    """
    try:
        _wall, peak_mb, out = run_side(argv, timeout=timeout)
    except TimeoutError:
        return None
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak_mb
    return result


def growth_per_doubling(sizes, times):
    """Time factor per doubling of the territory, between the smallest and largest scale."""
    if len(sizes) < 2 or times[0] <= 0:
        return float("nan")
    return (times[-1] / times[0]) ** (1 / math.log2(sizes[-1] / sizes[0]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="aveyron,bretagne,three-regions")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--native-timeout", type=float, default=3600)
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "mobile_gaps.md"))
    args = parser.parse_args()
    me = str(Path(__file__).resolve())
    rows, sizes, plugin_times = [], [], []
    for scale in args.scales.split(","):
        with tempfile.TemporaryDirectory(prefix=f"bench-{scale}-") as workdir:
            _t, _m, out = run_side([PYTHON, me, "prepare", scale, workdir])
            communes = json.loads(out.strip().splitlines()[-1])["communes"]
            runs = [side([PYTHON, me, "plugin", workdir]) for _ in range(args.repeat)]
            plugin_time = median([r["seconds"] for r in runs])
            plugin_mem = max(r["peak_mb"] for r in runs)
            ours = runs[-1]["totals"]
            native_run = side([PYTHON, me, "native", workdir], args.native_timeout)
            least = side([PYTHON, me, "floor", workdir])["seconds"]
            gpd = (
                side([str(GEOPANDAS_PYTHON), str(BENCH / "geopandas_mobile_gaps.py"), workdir])
                if GEOPANDAS_PYTHON.exists()
                else None
            )
            native_time = native_run["seconds"] if native_run else None
            worst = max(  # nan when no other side finished in time
                (
                    abs(ours[k] - other["totals"][k]) / max(abs(other["totals"][k]), 1e-9)
                    for other in (native_run, gpd)
                    if other
                    for k in ours
                ),
                default=math.nan,
            )
            rows.append(
                {
                    "scale": scale,
                    "communes": communes,
                    "plugin_s": plugin_time,
                    "plugin_mb": plugin_mem,
                    "native_s": native_time,
                    "native_mb": native_run["peak_mb"] if native_run else None,
                    "ratio": native_time / plugin_time if native_time else None,
                    "gpd_s": gpd["seconds"] if gpd else None,
                    "gpd_mb": gpd["peak_mb"] if gpd else None,
                    "max_rel_diff": worst,
                    "floor_s": least,
                }
            )
            sizes.append(communes)
            plugin_times.append(plugin_time)
            print(json.dumps(rows[-1]), flush=True)
    write_report(rows, growth_per_doubling(sizes, plugin_times), args)


def write_report(rows, growth, args):
    lines = [
        "# Benchmark: tdathack:mobilegaps",
        "",
        "Generated by `bench/mobile_gaps.py` (`make bench`); all sides in one run, same machine,",
        "each in its own process; seconds are the computation itself (reading the inputs",
        "included, QGIS start-up excluded), MB the peak resident memory of the process.",
        f"Plugin: median of {args.repeat} runs; native chain and GeoPandas: one run.",
        "Inputs: communes + INSEE population, coverage estimated from the 2018 Arcep 4G sites",
        "(5 km discs per operator).",
        "GEOS floor: noding the outlines of every commune and coverage polygon together once and",
        "polygonizing them (`QgsGeometry.unaryUnion` + `polygonize`), the least an exact overlay",
        "of the whole territory costs with QGIS's geometry engine; the plugin does this tile by",
        "tile of neighbouring communes (`coverage/arrangement.py`) and classifies the faces.",
        "",
        "| scale | communes | plugin s | plugin MB | native chain s | native MB | native / plugin "
        "| GeoPandas s | GeoPandas MB | max rel. diff of class totals | GEOS floor s "
        "| plugin / floor |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        gpd = (
            f"{r['gpd_s']:.1f} | {r['gpd_mb']:.0f}"
            if r["gpd_s"] is not None
            else "not installed | -"
        )
        native = (
            f"{r['native_s']:.1f} | {r['native_mb']:.0f} | {r['ratio']:.1f}x"
            if r["native_s"] is not None
            else f"> {args.native_timeout:.0f} (stopped) | - | > "
            f"{args.native_timeout / r['plugin_s']:.0f}x"
        )
        lines.append(
            f"| {r['scale']} | {r['communes']} | {r['plugin_s']:.2f} | {r['plugin_mb']:.0f} | "
            f"{native} | {gpd} | {r['max_rel_diff']:.1e} | {r['floor_s']:.2f} | "
            f"{r['plugin_s'] / r['floor_s']:.2f}x |"
        )
    over = [r for r in rows if r["plugin_s"] > GOAL_FLOOR * r["floor_s"]]
    verdict = f"Goal (at most {GOAL_FLOOR}x the GEOS floor at every scale): " + (
        "not met at "
        + ", ".join(f"{r['scale']} ({r['plugin_s'] / r['floor_s']:.2f}x)" for r in over)
        + "."
        if over
        else "met ("
        + ", ".join(f"{r['scale']} {r['plugin_s'] / r['floor_s']:.2f}x" for r in rows)
        + ")."
    )
    lines += [
        "",
        f"Plugin time growth per doubling of the territory: {growth:.2f}x (goal: at most 2.3x).",
        "",
        verdict,
        "",
    ]
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("prepare", "plugin", "native", "floor"):
        sides = {"prepare": prepare, "plugin": plugin, "native": native, "floor": floor}
        sides[sys.argv[1]](*sys.argv[2:])
    else:
        main()
