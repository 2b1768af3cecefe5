"""Running the algorithms in tests: log recorder, output layers, QGIS in French, a small disk,
qgis_process."""

import sqlite3
import subprocess
from contextlib import contextmanager

import processing
from qgis.core import QgsProcessingFeedback, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from tdathack_plugin.toolbelt.i18n import install_translator

# Debian's /usr/bin/qgis_process wrapper passes an option its binary refuses
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


class Recorder(QgsProcessingFeedback):
    """Keeps what the algorithm writes to the log; can cancel once progress passes a value."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.lines = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, warning):
        self.lines.append(warning)

    def pushCommandInfo(self, info):
        self.lines.append(info)

    def reportError(self, error, fatalError=False):
        self.lines.append(error)


def output_layers(algorithm, parameters, outputs, tmp_path=None, feedback=None) -> list:
    """The layers of `outputs` after one run: GeoPackages in tmp_path, else temporary layers.

    `parameters` may also name an output, to send it elsewhere.
    """
    destinations = {
        name: str(tmp_path / f"{name.lower()}.gpkg") if tmp_path else "TEMPORARY_OUTPUT"
        for name in outputs
    }
    result = processing.run(algorithm, {**destinations, **parameters}, feedback=feedback)
    return [
        QgsVectorLayer(result[name], name, "ogr") if isinstance(result[name], str) else result[name]
        for name in outputs
    ]


@contextmanager
def in_french():
    """QGIS, and the plugin's messages, in French for the block."""
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    translator = install_translator()
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


@contextmanager
def loaded_in_french(algorithm, parameters, field):
    """The output layer holding `field`, as QGIS in French loads it after a run (then removed)."""
    with in_french():
        try:
            processing.runAndLoadResults(algorithm, parameters)
            yield next(
                layer
                for layer in QgsProject.instance().mapLayers().values()
                if layer.fields().lookupField(field) >= 0
            )
        finally:
            QgsProject.instance().removeAllMapLayers()


def small_disk(monkeypatch, pages: int) -> None:
    """The bulk GeoPackage writer's SQLite connections can grow a file to `pages` pages only."""
    from tdathack_plugin.processing import bulk_geopackage

    connect = sqlite3.connect

    def limited(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(bulk_geopackage.sqlite3, "connect", limited)


def run_algorithm(env, algorithm: str, parameters: dict) -> subprocess.CompletedProcess:
    """`qgis_process run` of an algorithm, a list value given as one --NAME= per item."""
    arguments = [
        f"--{name}={one}"
        for name, value in parameters.items()
        for one in (value if isinstance(value, list) else [value])
    ]
    return subprocess.run(
        [QGIS_PROCESS, "run", algorithm, *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
