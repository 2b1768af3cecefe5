"""A pool of threads for GEOS work, where QGIS makes it safe.

GEOS releases Python's GIL while it works, so threads put every core to work. From QGIS 3.38
each thread has a GEOS context of its own (qgis/QGIS#57082); before, all threads share one,
which GEOS does not allow (QGIS found a wrong point-in-polygon answer that way): there the
work runs in the calling thread, one task after the other.
"""

from concurrent.futures import Executor, Future, ThreadPoolExecutor

from qgis.core import Qgis
from qgis.PyQt.QtCore import QThread

OWN_CONTEXT_FROM = 33800  # Qgis.versionInt() of QGIS 3.38


def threads_are_safe() -> bool:
    return Qgis.versionInt() >= OWN_CONTEXT_FROM


def workers() -> int:
    """Threads working at once: one per core where threads are safe, else one."""
    return max(1, QThread.idealThreadCount()) if threads_are_safe() else 1


def geos_pool() -> Executor:
    """A pool of workers() threads, or one that runs each task in the calling thread."""
    return ThreadPoolExecutor(max_workers=workers()) if threads_are_safe() else InlineExecutor()


class InlineExecutor(Executor):
    """Runs each task when it is submitted, in the calling thread."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # handed to whoever asks the future, as a thread would
            future.set_exception(error)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Lazily, as the caller asks for each result (a cancel stops the rest)."""
        return map(fn, *iterables)
