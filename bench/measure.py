"""Run one benchmark side in its own process and read its wall time and peak memory."""

import os
import subprocess
import sys
import tempfile
import time


def run_side(argv, env=None, timeout=None):
    """(seconds, peak resident memory in MB, stdout) of a child process.

    Raises RuntimeError when it fails, TimeoutError when it runs longer than timeout seconds.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(argv, stdout=out, stderr=err, text=True, env=env)
        status, usage = _wait(process, timeout)
        out.seek(0)
        err.seek(0)
        out, err = out.read(), err.read()
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{argv_text(argv)}... failed ({process.returncode}):\n{err[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, out


def _wait(process, timeout):
    """Wait for the child and return (status, its resource usage); kill it after timeout."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            return status, usage
        if deadline is not None and time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            raise TimeoutError(argv_text(process.args))
        time.sleep(0.05)


def argv_text(argv) -> str:
    return " ".join(str(a) for a in argv[:4])


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


PYTHON = sys.executable
