"""Run one benchmark side in its own process and read its wall time and peak memory."""

import os
import subprocess
import sys
import time


def run_side(argv, env=None):
    """(seconds, peak resident memory in MB, stdout) of a child process; raises on failure."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out, err = process.stdout.read(), process.stderr.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])}... failed ({process.returncode}):\n{err[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, out


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


PYTHON = sys.executable
