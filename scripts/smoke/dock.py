"""--code script of scripts/dock_check.sh: the Opendatasoft dock as a user meets it in a real QGIS.

The dock is opened from the plugin's menu action, where and as big as QGIS puts a new dock,
then set to the 300 px width QGIS gives it on a 1280 × 800 screen. Against two local portals
(a demo one, and one serving the test faults) it records in $SMOKE_REPORT what a user would
trip over: controls out of view or cut, and what is left on screen after each kind of error. It
saves the dock's pictures in $DOCK_SHOTS (the guide's come from the French run at 100 %).
"""

import json
import os
import sys
import traceback

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins
from qgis_session import quit_qgis

sys.path.insert(0, os.environ["TDATHACK_ROOT"])

from tdathack_plugin.toolbelt.i18n import tr
from tests.dock_helpers import (
    cut_texts,
    out_of_view,
    settle,
    shows_nothing_of_before,
    wait_until,
)
from tests.ods_portal.server import Portal

REPORT = os.environ["SMOKE_REPORT"]
SHOTS = os.environ["DOCK_SHOTS"]
DOCK_WIDTH = 300
ERRORS = ("no-such-dataset", "tdathack-private", "tdathack-rate-limited", "tdathack-server-error")


def shot(dock, name):
    dock.grab().save(os.path.join(SHOTS, f"{name}.png"))


def search(browser, text):
    browser.searchEdit.setText(text)
    browser.search()
    settle(browser)


def open_dock(demo):
    """The dock as the menu opens it, on the demo portal, then at the default width."""
    plugin = plugins["tdathack_plugin"]
    store = plugin.dock.browser.store
    store.add(tr("Local demo portal"), demo.url)  # in the language of QGIS
    plugin.dock.browser._fill_portals()
    plugin.dock_action.trigger()
    dock = plugin.dock
    settle(dock.browser)
    as_opened = [dock.width(), dock.height()]
    iface.mainWindow().resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    dock.browser.select_portal(demo.url)
    settle(dock.browser)
    return dock, as_opened


def layout_checks(dock, report):
    """Every action in reach, with the filters closed and open; texts whole or in tooltips."""
    browser = dock.browser
    browser.facetsGroup.setCollapsed(False)
    search(browser, "paris")
    browser.set_facet("theme", "Equipements, Services, Social")
    settle(browser)
    shot(dock, "search")
    search(browser, "wi-fi")
    browser.select_row(0)
    settle(browser)
    for facets_open in (False, True):
        browser.facetsGroup.setCollapsed(not facets_open)
        settle(browser)
        report[f"out_of_view_filters_{'open' if facets_open else 'closed'}"] = out_of_view(dock)
    report["cut_texts"] = cut_texts(browser)
    browser.facetsGroup.setCollapsed(True)
    for tab, name in ((browser.detailsTab, "details"), (browser.previewTab, "preview")):
        browser.tabs.setCurrentWidget(tab)
        settle(browser)
        shot(dock, name)


def loading_check(dock, demo, report):
    """A load in progress, then canceled: nothing is added."""
    browser = dock.browser
    browser.tabs.setCurrentWidget(browser.loadTab)
    demo.export_seconds = 3
    browser.load()
    wait_until(lambda: browser.progressBar.isVisible() and browser.cancelButton.isEnabled())
    wait_until(lambda: any("/exports/" in path for _m, path, _h in demo.requests))
    shot(dock, "loading")
    browser.cancelButton.click()
    settle(browser)
    demo.export_seconds = 0
    report["canceled"] = {
        "status": browser.loadStatus.text(),
        "layers": len(QgsProject.instance().mapLayers()),
    }


def error_checks(dock, demo, faults, report):
    """After a success, each kind of error: what is still shown, and gone at the next success."""
    browser = dock.browser
    browser.ask_api_key = lambda portal, error: None
    states = {}
    for dataset_id in ERRORS:
        browser.select_portal(demo.url)
        search(browser, "vélib")
        browser.select_row(0)
        browser.tabs.setCurrentWidget(browser.previewTab)
        settle(browser)
        search(browser, f"{faults.url}/explore/dataset/{dataset_id}/")
        shot(dock, f"error-{dataset_id}")
        state = {
            "error_shown": browser.errorBox.isVisible() and bool(browser.errorLabel.text()),
            "nothing_of_before": shows_nothing_of_before(browser),
        }
        browser.select_portal(demo.url)
        search(browser, "vélib")
        state["cleared_by_next_success"] = browser.errorBox.isHidden()
        states[dataset_id] = state
    report["errors_after_success"] = states


def run():
    with open(REPORT, encoding="utf-8") as stream:
        report = json.load(stream)
    demo, faults = Portal(faults=False), Portal()
    demo.start()
    faults.start()
    try:
        dock, as_opened = open_dock(demo)
        report["dock_as_opened"] = as_opened
        report["dock_checked"] = [dock.width(), dock.height()]
        report["minimum"] = [dock.minimumSizeHint().width(), dock.minimumSizeHint().height()]
        layout_checks(dock, report)
        loading_check(dock, demo, report)
        error_checks(dock, demo, faults, report)
        report["done"] = True
    except Exception:  # the report says what failed: QGIS must still quit
        report["failure"] = traceback.format_exc()
    finally:
        demo.stop()
        faults.stop()
    with open(REPORT, encoding="utf-8") as stream:  # the Python errors logged meanwhile
        report["errors"] = json.load(stream)["errors"]
    with open(REPORT, "w", encoding="utf-8") as stream:
        json.dump(report, stream, indent=2, ensure_ascii=False)
    quit_qgis()


iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
QTimer.singleShot(3000, run)
