"""PYQGIS_STARTUP hook of `make smoke`: records every Python error QGIS logs, from the start.

It runs before plugins load, so an error in the plugin's import or initGui() is caught too. It
also starts the watch that ends a blocked or endless run (qgis_session.py).
"""

import json
import os
import sys

from qgis.core import Qgis, QgsApplication
from qgis_session import record, watch


def _on_message(message, tag, level):
    if tag == "Python error" or (level == Qgis.MessageLevel.Critical and "python" in tag.lower()):
        record(f"[{tag}] {message}")


def _on_exception(kind, value, traceback):
    record(f"[exception] {kind.__name__}: {value}")
    sys.__excepthook__(kind, value, traceback)


with open(os.environ["SMOKE_REPORT"], "w", encoding="utf-8") as report:
    json.dump({"errors": []}, report)
QgsApplication.messageLog().messageReceived.connect(_on_message)
sys.excepthook = _on_exception
watch()
