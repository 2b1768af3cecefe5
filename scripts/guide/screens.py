"""--code script of `make guide-screenshots`: the user guide's pictures, taken in a real QGIS.

Loads the demo outputs styled as the plugin styles them, opens the Processing toolbox on the
T.Dat'Hack algorithms and the mobilegaps dialog, and saves PNGs to $GUIDE_IMAGES with the suffix
$GUIDE_LANG (fr, en).
"""

import os
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins
from qgis_session import quit_qgis

IMAGES = Path(os.environ["GUIDE_IMAGES"])
LANG = os.environ["GUIDE_LANG"]
DEMO = Path(os.environ["DEMO_OUTPUT"])
steps = []


def save(widget, name):
    widget.grab().save(str(IMAGES / f"{name}.{LANG}.png"))


def load_demo():
    from tdathack_plugin.processing.styles import operator_count_renderer

    communes = QgsVectorLayer(str(DEMO / "communes-aveyron.gpkg"), "communes", "ogr")
    zones = QgsVectorLayer(str(DEMO / "mobile-zones.gpkg"), "mobile-zones", "ogr")
    zones.setRenderer(operator_count_renderer("n_operators", 4))
    communes.renderer().symbol().setColor(communes.renderer().symbol().color().fromRgb(0, 0, 0, 0))
    QgsProject.instance().addMapLayers([zones, communes])
    iface.setActiveLayer(zones)
    iface.zoomToActiveLayer()


def map_window():
    save(iface.mainWindow(), "qgis-mobile-zones")


def toolbox():
    plugins["tdathack_plugin"].show_algorithms()
    QTimer.singleShot(800, lambda: save(iface.mainWindow(), "toolbox"))


def dialog():
    import processing

    window = processing.createAlgorithmDialog("tdathack:mobilegaps")
    window.resize(1000, 720)
    window.show()
    steps.append(window)
    QTimer.singleShot(1200, lambda: save(window, "dialog-mobilegaps"))


def run(index=0):
    plugins["tdathack_plugin"].dock.setUserVisible(False)  # the guide shows the map
    actions = [load_demo, map_window, toolbox, dialog, quit_qgis]
    actions[index]()
    if index + 1 < len(actions):
        QTimer.singleShot(2500, lambda: run(index + 1))


iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
QTimer.singleShot(2000, run)
