"""PYQGIS_STARTUP hook of `make smoke`: records every Python error QGIS logs, from the start.

It runs before plugins load, so an error in the plugin's import or initGui() is caught too.
"""

import json
import os
import sys

from qgis.core import Qgis, QgsApplication

REPORT = os.environ["SMOKE_REPORT"]
errors = []


def _save():
    with open(REPORT, "w", encoding="utf-8") as stream:
        json.dump({"errors": errors}, stream, indent=2)


def _on_message(message, tag, level):
    if tag == "Python error" or (level == Qgis.MessageLevel.Critical and "python" in tag.lower()):
        errors.append(f"[{tag}] {message}")
        _save()


def _on_exception(kind, value, traceback):
    errors.append(f"[exception] {kind.__name__}: {value}")
    _save()
    sys.__excepthook__(kind, value, traceback)


QgsApplication.messageLog().messageReceived.connect(_on_message)
sys.excepthook = _on_exception
_save()
