"""Run as a script: threads ask one CoverageSources which sources cover many points at once,
as the tiles of mobilegaps do. Exits 0 when every answer equals the one-thread answer; a
crash (GEOS objects used by two threads at once) kills the process instead."""

import math
import os
import random
import sys
from concurrent.futures import ThreadPoolExecutor

ROUNDS, THREADS, POINTS = 10, 4, 4_000


def blob(x: float, y: float, radius: float, vertices: int = 2_000):
    """A wavy disc: enough vertices for GEOS to index it when prepared."""
    from qgis.core import QgsGeometry, QgsPointXY

    ring = []
    for i in range(vertices):
        t = 2 * math.pi * i / vertices
        r = radius * (1 + 0.3 * math.sin(7 * t))
        ring.append(QgsPointXY(x + r * math.cos(t), y + r * math.sin(t)))
    return QgsGeometry.fromPolygonXY([ring])


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsPoint

    app = QgsApplication([], False)
    app.initQgis()
    from tdathack_plugin.coverage.overlay import CoverageSources

    rng = random.Random(1)
    discs = [(rng.uniform(0, 5e3), rng.uniform(0, 5e3), 3e3) for _ in range(4)]
    points = [QgsPoint(rng.uniform(-3e3, 8e3), rng.uniform(-3e3, 8e3)) for _ in range(POINTS)]

    def covering(first: int) -> list:
        return [sources.covering(p) for p in points[first::THREADS]]

    rounds = []
    for _ in range(ROUNDS):  # each round on new sources: GEOS prepares parts on first use
        sources = CoverageSources({f"operator {k}": [blob(*disc)] for k, disc in enumerate(discs)})
        sources.prepare()
        with ThreadPoolExecutor(THREADS) as pool:
            rounds.append(list(pool.map(covering, range(THREADS))))
    expected = [covering(first) for first in range(THREADS)]  # one thread
    if any(found != expected for found in rounds):
        print("a thread got another answer")
        return 1
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
