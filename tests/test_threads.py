"""coverage.threads: GEOS work goes to threads only where QGIS gives each thread its own GEOS
context (3.38); before, it runs in the calling thread, lazily, with errors where they belong."""

import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsGeometry

from tdathack_plugin.coverage import threads


def test_threads_only_from_qgis_3_38():
    safe = Qgis.versionInt() >= 33800
    assert threads.threads_are_safe() is safe
    with threads.geos_pool() as pool:
        assert isinstance(pool, ThreadPoolExecutor if safe else threads.InlineExecutor)
    assert threads.workers() >= 1 if safe else threads.workers() == 1


def test_before_3_38_the_work_runs_in_the_calling_thread(monkeypatch):
    monkeypatch.setattr(threads, "threads_are_safe", lambda: False)
    done = []

    def area_of(side):
        done.append(threading.get_ident())
        return QgsGeometry.fromWkt(f"POLYGON((0 0, {side} 0, {side} {side}, 0 {side}, 0 0))").area()

    with threads.geos_pool() as pool:
        results = pool.map(area_of, [1, 2, 3])
        assert done == []  # nothing is done before it is asked for
        assert next(results) == 1.0
        assert done == [threading.get_ident()]
        failed = pool.submit(lambda: 1 / 0)
    assert list(results) == [4.0, 9.0]
    with pytest.raises(ZeroDivisionError):
        failed.result()


def test_threads_may_share_the_coverage_sources():
    """Tiles ask the same prepared coverage from several threads. Before the lock in
    CoverageSources, QGIS 3.40 aborted 9 runs in 10 of this script ("double free or
    corruption"), and mobilegaps on national coverage 8 in 40."""
    script = Path(__file__).with_name("shared_sources_threads.py")
    env = {**os.environ, "PYTHONPATH": str(script.parent.parent), "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"exit {done.returncode}: {done.stdout}{done.stderr[-2000:]}"
