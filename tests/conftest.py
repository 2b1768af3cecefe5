"""Shared fixtures. The QGIS application comes from pytest-qgis (offscreen, GUI enabled)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))
# QGIS's own Processing plugin (Debian: python3-qgis-common), imported by the tests.
sys.path.append("/usr/share/qgis/python/plugins")

import pytest  # noqa: E402
from qgis.PyQt.QtWidgets import QMenu  # noqa: E402


@pytest.fixture
def iface(qgis_iface):
    """pytest-qgis's iface completed with what QGIS's real one does for plugins.

    The stub lacks the Web menu and docks, and its addToolBar() does not put the toolbar
    in the main window: these behave here as in QGIS, so tests can see what a plugin leaves.
    """
    window = qgis_iface.mainWindow()
    web_menu = window.menuBar().findChild(QMenu, "mWebMenu")
    if web_menu is None:
        web_menu = window.menuBar().addMenu("&Web")
        web_menu.setObjectName("mWebMenu")

    def plugin_menu(name, create):
        for action in web_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return web_menu.addMenu(name) if create else None

    def add_plugin_to_web_menu(name, action):
        plugin_menu(name, True).addAction(action)

    def remove_plugin_web_menu(name, action):
        menu = plugin_menu(name, False)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            web_menu.removeAction(menu.menuAction())

    def add_tool_bar(name):
        toolbar = window.addToolBar(name)
        return toolbar

    qgis_iface.addPluginToWebMenu = add_plugin_to_web_menu
    qgis_iface.removePluginWebMenu = remove_plugin_web_menu
    qgis_iface.addToolBar = add_tool_bar
    qgis_iface.webMenu = lambda: web_menu
    qgis_iface.addDockWidget = window.addDockWidget
    qgis_iface.removeDockWidget = window.removeDockWidget
    yield qgis_iface


@pytest.fixture(scope="module")
def ods_portal():
    """The local Opendatasoft-compatible portal (tests/ods_portal) on 127.0.0.1, per module."""
    from tests.ods_portal import running_portal

    with running_portal() as portal:
        yield portal


@pytest.fixture(scope="module")
def tdathack_provider(qgis_processing):
    """The plugin's Processing provider, registered for one test module."""
    from qgis.core import QgsApplication

    from tdathack_plugin.processing.provider import TDatHackProvider

    provider = TDatHackProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)
