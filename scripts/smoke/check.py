"""--code script of `make smoke`: check the plugin, open its menu, take a screenshot, quit."""

import json
import os

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import active_plugins, iface
from qgis_session import quit_qgis

REPORT = os.environ["SMOKE_REPORT"]
SCREENSHOT = os.environ["SMOKE_SCREENSHOT"]
PLUGIN = "tdathack_plugin"


def plugin_submenu():
    for action in iface.webMenu().actions():
        if action.menu() is not None and "T.Dat'Hack" in action.text():
            return action.menu()
    return None


def open_menus():
    web = iface.webMenu()
    bar = iface.mainWindow().menuBar()
    web.popup(bar.mapToGlobal(bar.actionGeometry(web.menuAction()).bottomLeft()))
    submenu = plugin_submenu()
    if submenu is not None:
        web.setActiveAction(submenu.menuAction())
        submenu.popup(web.geometry().topRight())
    QTimer.singleShot(1500, finish)


def finish():
    QApplication.primaryScreen().grabWindow(0).save(SCREENSHOT)
    with open(REPORT, encoding="utf-8") as stream:
        report = json.load(stream)
    submenu = plugin_submenu()
    report.update(
        active=PLUGIN in active_plugins,
        menu=[a.text() for a in submenu.actions()] if submenu else [],
        screenshot=SCREENSHOT,
    )
    with open(REPORT, "w", encoding="utf-8") as stream:
        json.dump(report, stream, indent=2)
    quit_qgis()


iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
QTimer.singleShot(3000, open_menus)
