"""How the real-QGIS checks end: always, and saying why when QGIS would not.

`watch()` (from the PYQGIS_STARTUP hook) guards the whole run: a modal dialog left open for
`DIALOG_SECONDS` is written in the report with its title and text, and QGIS is stopped; past
$SMOKE_SECONDS, Python's threads are dumped to QGIS's output (build/qgis.log) and QGIS is stopped.
`quit_qgis()` cancels the background tasks and forgets the project's changes before leaving, so
that QGIS asks nothing on the way out (running tasks, unsaved project).
"""

import faulthandler
import json
import os
import sys
import time

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

DIALOG_SECONDS = 20
TASKS_SECONDS = 30
_watch = {"timer": None, "dialog": None, "since": 0.0}


def record(problem: str):
    """Add `problem` to the report's errors, which fail the check."""
    path = os.environ["SMOKE_REPORT"]
    try:
        with open(path, encoding="utf-8") as stream:
            report = json.load(stream)
    except (OSError, ValueError):
        report = {"errors": []}
    report.setdefault("errors", []).append(problem)
    with open(path, "w", encoding="utf-8") as stream:
        json.dump(report, stream, indent=2, ensure_ascii=False)


def _describe(dialog) -> str:
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    return f"{type(dialog).__name__} {dialog.windowTitle()!r} {text!r}".strip()


def _look_for_dialogs():
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog is not _watch["dialog"]:
        _watch["dialog"], _watch["since"] = dialog, time.monotonic()
        return
    if time.monotonic() - _watch["since"] > DIALOG_SECONDS:
        message = f"[blocked] a dialog stayed open {DIALOG_SECONDS} s: {_describe(dialog)}"
        print(message, file=sys.stderr, flush=True)
        record(message)
        os._exit(3)


def watch():
    """Stop QGIS, saying why, if a dialog blocks the run or the run outlasts $SMOKE_SECONDS."""
    faulthandler.dump_traceback_later(int(os.environ.get("SMOKE_SECONDS", "200")), exit=True)
    timer = QTimer()
    timer.timeout.connect(_look_for_dialogs)
    timer.start(1000)
    _watch["timer"] = timer


def quit_qgis():
    """Leave QGIS once its background tasks are over, with nothing to save."""
    manager = QgsApplication.taskManager()
    manager.cancelAll()
    deadline = time.monotonic() + TASKS_SECONDS
    while manager.countActiveTasks() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    if manager.countActiveTasks():
        record(f"[tasks] still running at exit: {[t.description() for t in manager.activeTasks()]}")
    QgsProject.instance().setDirty(False)
    from qgis.utils import iface

    iface.actionExit().trigger()
