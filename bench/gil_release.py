"""Does QGIS release Python's GIL? The same work done by one thread, then split between two.

A call that releases the GIL runs on both cores at once: two threads take about half the time
of one. A call that holds it gains nothing, or loses (the threads take turns). What the plugin
could split across the 2 cores: GEOS work (buffers, unions), coordinate transforms, reading
features, numpy. Figures go to docs/benchmarks/gil_release.md.

Usage: .venv/bin/python bench/gil_release.py
"""

import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_env import start as start_qgis

REPORT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks" / "gil_release.md"


def one_and_two_threads(work, size) -> tuple:
    """(seconds for work(2 × size) in one thread, seconds for work(size) in each of two)."""
    start = time.perf_counter()
    work(2 * size)
    one = time.perf_counter() - start
    threads = [threading.Thread(target=work, args=(size,)) for _ in range(2)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return one, time.perf_counter() - start


def cases() -> list:
    """[(what, work(n), n)] once QGIS runs."""
    import numpy as np
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsLineString,
        QgsPoint,
        QgsPointXY,
        QgsProject,
        QgsVectorLayer,
    )

    disc = QgsGeometry.fromPointXY(QgsPointXY(0, 0)).buffer(100, 64)
    squares = [
        QgsGeometry.fromPointXY(QgsPointXY(i % 300 * 3, i // 300 * 3)).buffer(2.5, 8)
        for i in range(4000)
    ]
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=a:integer", "points", "memory")
    features = []
    for number in range(200_000):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(number, number)))
        feature.setAttributes([number])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    line = QgsLineString([QgsPoint(600000 + i, 6400000 + i) for i in range(100_000)])
    values = np.random.default_rng(1).random(3_000_000)

    def buffers(n):
        for _ in range(n):
            disc.buffer(10, 16)

    def union(n):
        for _ in range(n):
            QgsGeometry.unaryUnion(squares)

    def read(n):
        for _ in range(n):
            for _feature in layer.getFeatures():
                pass

    def transformed(n):
        for _ in range(n):
            copy = line.clone()
            copy.transform(transform)

    def sort(n):
        for _ in range(n):
            np.sort(values)

    return [
        ("GEOS buffer of a 256-vertex disc (QgsGeometry.buffer)", buffers, 3000),
        ("GEOS union of 4,000 squares (QgsGeometry.unaryUnion)", union, 2),
        ("reading 200,000 points of a memory layer (getFeatures)", read, 1),
        ("PROJ transform of 100,000 points (QgsLineString.transform)", transformed, 5),
        ("numpy sort of 3 million numbers (control: releases the GIL)", sort, 3),
    ]


def main() -> None:
    start_qgis()
    rows = []
    for what, work, size in cases():
        one, two = one_and_two_threads(work, size)
        rows.append((what, one, two))
        print(f"{what}: {one:.2f} s / {two:.2f} s = {one / two:.2f}x", flush=True)
    lines = [
        "# Does QGIS release Python's GIL?",
        "",
        "The same work in one thread, then split between two threads, in one process",
        f"(`bench/gil_release.py`, {os.cpu_count()} cores, QGIS from Debian bookworm). Two",
        "threads near 2x faster: the call releases the GIL and both cores work; near 1x or",
        "below: it holds the GIL.",
        "",
        "| work | one thread (s) | two threads (s) | speed-up |",
        "|---|---:|---:|---:|",
        *(f"| {what} | {one:.2f} | {two:.2f} | {one / two:.2f}x |" for what, one, two in rows),
        "",
    ]
    REPORT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
