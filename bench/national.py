"""Benchmark of tdathack:mobilegaps with national coverage files, as Arcep publishes them.

Coverage: one Arcep-like multipolygon per operator over metropolitan France (about 1.2 to 1.5
million vertices each, see national_data.py). Territories: Aveyron's real communes, then the
national commune cells of one département, of a region (Occitanie) and of the whole country.
Each run is its own process (wall time of the algorithm, peak memory of the process).

Check: at every scale, 20 random communes (seeded) against a brute-force overlay of each commune
with each operator's coverage: the largest difference of a class area, relative to the commune's
area.

Usage: .venv/bin/python bench/national.py [--scales aveyron,departement,region,france]
       [--repeat 2]
"""

import argparse
import json
import math
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import national_data
from measure import PYTHON, median, run_side
from qgis_env import lambert_request
from qgis_env import start as start_qgis

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
AVEYRON = ROOT / "sample_data" / "admin" / "communes-12-aveyron.geojson"
OCCITANIE = ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")
SCALES = {
    "aveyron": None,
    "departement": ("12",),
    "region": OCCITANIE,
    "france": (),
}
CLASSES = ("blanche", "grise", "all")
CHECKED_COMMUNES = 20
GOALS = {"departement_s": 3.0, "france_s": 60.0, "growth": 2.1, "peak_mb": 2048}


def prepare(scale, workdir):
    """The national coverage (cached) and the scale's territory, as files in workdir."""
    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    sys.path.insert(0, str(ROOT))
    from tests import aveyron

    folder = national_data.cache_folder()
    coverage = national_data.coverage(folder)
    territory = Path(workdir) / "territory.gpkg"
    if SCALES[scale] is None:
        aveyron.with_population(QgsVectorLayer(str(AVEYRON), "a", "ogr"), str(territory))
    else:
        codes = ",".join(f"'{code}'" for code in SCALES[scale])
        processing.run(
            "native:extractbyexpression",
            {
                "INPUT": str(national_data.communes(folder)),
                "EXPRESSION": f'"dep" IN ({codes})' if codes else "TRUE",
                "OUTPUT": str(territory),
            },
        )
    layer = QgsVectorLayer(str(territory), "t", "ogr")
    print(json.dumps({"communes": layer.featureCount(), "coverage": str(coverage)}))


def plugin(workdir, coverage):
    """tdathack:mobilegaps on the territory: seconds, class totals and per-commune classes."""
    start_qgis()
    import processing
    from qgis.core import Qgis, QgsVectorLayer

    from tdathack_plugin.coverage.threads import workers

    territory = str(Path(workdir) / "territory.gpkg")
    start = time.perf_counter()
    result = processing.run(
        "tdathack:mobilegaps",
        {
            "COVERAGE": [coverage],
            "TERRITORY": territory,
            "TERRITORY_ID_FIELD": "code",
            "POPULATION": territory,
            "POPULATION_FIELD": "population",
            "OUTPUT_ZONES": str(Path(workdir) / "zones.gpkg"),
            "OUTPUT_STATS": str(Path(workdir) / "stats.gpkg"),
        },
    )
    seconds = time.perf_counter() - start
    stats = list(QgsVectorLayer(result["OUTPUT_STATS"], "s", "ogr").getFeatures())
    per_commune = {f["zone_id"]: [f[f"area_{k}_km2"] for k in CLASSES] for f in stats}
    totals = [sum(areas[i] for areas in per_commune.values()) for i in range(len(CLASSES))]
    qgis = {"qgis": Qgis.QGIS_VERSION, "threads": workers()}
    print(json.dumps({"seconds": seconds, "totals": totals, "per_commune": per_commune, **qgis}))


def brute_force(workdir, coverage, codes):
    """Classes of some communes by plain GEOS overlays, one commune and one operator at a time."""
    start_qgis()
    from qgis.core import QgsGeometry, QgsVectorLayer

    request = lambert_request()
    operators = [f.geometry() for f in QgsVectorLayer(coverage, "c", "ogr").getFeatures(request)]
    territory = QgsVectorLayer(str(Path(workdir) / "territory.gpkg"), "t", "ogr")
    found = {}
    for commune in territory.getFeatures(request):
        if commune["code"] not in codes:
            continue
        unit = commune.geometry()
        box = QgsGeometry.fromRect(unit.boundingBox().buffered(10))
        covered = [unit.intersection(g.clipped(box.boundingBox()).makeValid()) for g in operators]
        union = QgsGeometry.unaryUnion(covered)
        every = covered[0]
        for part in covered[1:]:
            every = every.intersection(part)
        blanche = unit.area() - union.area()
        found[commune["code"]] = [
            blanche / 1e6,
            (union.area() - every.area()) / 1e6,
            every.area() / 1e6,
        ]
    print(json.dumps(found))


def side(argv):
    _wall, peak_mb, out = run_side(argv)
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak_mb
    return result


def relative(a, b):
    return abs(a - b) / max(abs(b), 1e-9)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="aveyron,departement,region,france")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "national.md"))
    args = parser.parse_args()
    me = str(Path(__file__).resolve())
    rows = []
    for scale in args.scales.split(","):
        with tempfile.TemporaryDirectory(prefix=f"bench-national-{scale}-") as workdir:
            prepared = side([PYTHON, me, "prepare", scale, workdir])
            coverage = prepared["coverage"]
            runs = [side([PYTHON, me, "plugin", workdir, coverage]) for _ in range(args.repeat)]
            per_commune = runs[-1]["per_commune"]
            codes = sorted(random.Random(scale).sample(sorted(per_commune), CHECKED_COMMUNES))
            truth = side([PYTHON, me, "brute", workdir, coverage, ",".join(codes)])
            worst = max(
                abs(per_commune[code][i] - truth[code][i]) / sum(truth[code])
                for code in codes
                for i in range(len(CLASSES))
            )
            rows.append(
                {
                    "scale": scale,
                    "communes": prepared["communes"],
                    "seconds": median([r["seconds"] for r in runs]),
                    "peak_mb": max(r["peak_mb"] for r in runs),
                    "totals": runs[-1]["totals"],
                    "brute_force_rel_diff": worst,
                    "qgis": runs[-1]["qgis"],
                    "threads": runs[-1]["threads"],
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    write_report(rows, args)


def growth(rows):
    """Time factor per doubling of communes, between the smallest and the largest national scale."""
    national = [r for r in rows if r["scale"] != "aveyron"]
    if len(national) < 2:
        return math.nan
    first, last = national[0], national[-1]
    return (last["seconds"] / first["seconds"]) ** (
        1 / math.log2(last["communes"] / first["communes"])
    )


def write_report(rows, args):
    lines = [
        "# Benchmark: tdathack:mobilegaps with national coverage files",
        "",
        "Generated by `bench/national.py` (`make bench`) on this 2-core machine. Coverage: one",
        "Arcep-like national multipolygon per operator (4G, 1.2 to 1.5 million vertices, about",
        "1,000 parts and thousands of holes each; `bench/national_data.py`). Territories:",
        "Aveyron's real communes, and national commune cells (one per INSEE commune, within the",
        "IGN département outlines). Seconds: the algorithm, reading included, QGIS start-up",
        f"excluded; median of {args.repeat} runs. MB: peak resident memory of the process.",
        f"QGIS {rows[0]['qgis']}, GEOS work on {rows[0]['threads']} thread(s) (one per core from",
        "QGIS 3.38, where each thread has its own GEOS context; before, one).",
        f"Checked: {CHECKED_COMMUNES} random communes per scale against a brute-force overlay (the",
        "largest difference of a class area, relative to the commune's area).",
        "",
        "| scale | communes | seconds | peak MB | km² blanche | km² grise | km² all operators "
        "| max diff / commune area, brute force |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        totals = " | ".join(f"{value:.3f}" for value in r["totals"])
        lines.append(
            f"| {r['scale']} | {r['communes']} | {r['seconds']:.2f} | {r['peak_mb']:.0f} | "
            f"{totals} | {r['brute_force_rel_diff']:.1e} |"
        )
    by_scale = {r["scale"]: r for r in rows}
    lines += [
        "",
        f"Growth per doubling of communes: {growth(rows):.2f}x (goal: at most "
        f"{GOALS['growth']}x).",
        "",
    ]
    for scale, goal in (("departement", GOALS["departement_s"]), ("france", GOALS["france_s"])):
        if scale in by_scale:
            met = "met" if by_scale[scale]["seconds"] < goal else "NOT met"
            lines.append(
                f"- {scale}: {by_scale[scale]['seconds']:.1f} s, goal under {goal:.0f} s: "
                f"{met}."
            )
    peak = max(r["peak_mb"] for r in rows)
    lines.append(
        f"- peak memory {peak:.0f} MB, goal under {GOALS['peak_mb']} MB: "
        f"{'met' if peak < GOALS['peak_mb'] else 'NOT met'}."
    )
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "plugin":
        plugin(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "brute":
        brute_force(sys.argv[2], sys.argv[3], set(sys.argv[4].split(",")))
    else:
        main()
