"""Shared fixtures. The QGIS application comes from pytest-qgis (offscreen, GUI enabled)."""

import gc
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))
# QGIS's own Processing plugin (Debian: python3-qgis-common), imported by the tests.
sys.path.append("/usr/share/qgis/python/plugins")

import pytest  # noqa: E402
from qgis.PyQt import sip  # noqa: E402
from qgis.PyQt.QtWidgets import QMenu  # noqa: E402

_EXIT_STATUS = pytest.StashKey[int]()


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave with pytest's status once its summary is written, without Python's finalisation.

    After exitQgis(), Python's last garbage collection can still destroy a Qt or GDAL object
    whose library has been torn down, and QGIS 3.40 then crashes now and then (exit code 139
    although every test passed). The results are written by now; nothing is left to lose.
    """
    status = config.stash.get(_EXIT_STATUS, None)
    if status is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


@pytest.fixture(autouse=True, scope="session")
def layers_freed_before_qgis_exits(qgis_app):
    """Delete the layers Python still owns while GDAL is alive, before pytest-qgis's exitQgis().

    QGIS 3.22 never releases a Python exception raised in processAlgorithm() (its SIP error
    handler keeps it), so the callers' frames and the layers they hold stay alive; PyQt would
    destroy them at Python's exit, after exitQgis(), and crash in GDAL's close (exit code 139
    although every test passed).
    """
    yield
    from qgis.core import QgsMapLayer

    for layer in [o for o in gc.get_objects() if isinstance(o, QgsMapLayer)]:
        if not sip.isdeleted(layer) and sip.ispyowned(layer):
            sip.delete(layer)


@pytest.fixture(autouse=True)
def exceptions_in_qt_slots():
    """A Python exception raised in a Qt slot (a signal's callback, in any thread) fails the
    test, with its traceback. PyQt's default answers it with qFatal(): the whole run aborted,
    its message lost in pytest's capture. QGIS's own hook shows it in a dialog instead."""
    caught = []
    previous = sys.excepthook
    sys.excepthook = lambda *exception: caught.append(exception)
    yield
    sys.excepthook = previous
    if caught:
        pytest.fail("".join(traceback.format_exception(*caught[0])), pytrace=False)


@pytest.fixture(autouse=True, scope="session")
def layer_tree_view(qgis_iface):
    """A real layer tree view behind pytest-qgis's iface, as QGIS has: from QGIS 3.34 on,
    Processing hands iface.layerTreeView() to C++ when it loads results (a mock is refused)."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    yield view
    sip.delete(view)  # with its model, while QGIS is alive


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
    qgis_iface.locator_filters = []
    qgis_iface.registerLocatorFilter = qgis_iface.locator_filters.append
    qgis_iface.deregisterLocatorFilter = qgis_iface.locator_filters.remove
    qgis_iface.options_factories = []
    qgis_iface.registerOptionsWidgetFactory = qgis_iface.options_factories.append
    qgis_iface.unregisterOptionsWidgetFactory = qgis_iface.options_factories.remove
    qgis_iface.drop_handlers = []
    qgis_iface.registerCustomDropHandler = qgis_iface.drop_handlers.append
    qgis_iface.unregisterCustomDropHandler = qgis_iface.drop_handlers.remove
    for messages in qgis_iface.messageBar().messages.values():
        messages.clear()
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


@pytest.fixture
def linked_profile(tmp_path):
    """Environment for qgis_process: a throw-away QGIS profile with the plugin folder linked in
    (not yet enabled)."""
    from tdathack_plugin.toolbelt.about import PLUGIN_DIR

    plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / PLUGIN_DIR.name).symlink_to(PLUGIN_DIR)
    return dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")


@pytest.fixture
def qgis_profile(linked_profile):
    """linked_profile with the plugin enabled."""
    import subprocess

    from tdathack_plugin.toolbelt.about import PLUGIN_DIR

    subprocess.run(
        ["/usr/bin/qgis_process.bin", "plugins", "enable", PLUGIN_DIR.name],
        env=linked_profile,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return linked_profile


@pytest.fixture
def portal_store(ods_portal):
    """The dock's portal list and state in settings of their own, the local portal selected."""
    from qgis.core import QgsProject, QgsSettings

    from tdathack_plugin.ui.portals import PortalStore
    from tests.dock_helpers import TEST_GROUP

    store = PortalStore(TEST_GROUP)
    QgsSettings().remove(TEST_GROUP)
    QgsSettings().remove(store.state_group)
    store.add("Local portal", ods_portal.url)
    store.set_state("portal", ods_portal.url)
    yield store
    QgsSettings().remove(TEST_GROUP)
    QgsSettings().remove(store.state_group)
    QgsProject.instance().removeAllMapLayers()


MASTER_PASSWORD = "tdathack-tests-master"


@pytest.fixture(scope="module")
def auth_manager(qgis_app):
    """The QGIS authentication database of the test profile, unlocked."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        pytest.skip("QGIS authentication system disabled")
    manager.setPasswordHelperEnabled(False)
    if not manager.setMasterPassword(MASTER_PASSWORD, True):
        pytest.skip("the test profile already has another master password")
    return manager


@pytest.fixture(scope="module")
def bad_input_files(tmp_path_factory, tdathack_provider):
    """{name: path} of the everyday-mistake inputs (tests/bad_inputs_data.py), with the outputs
    of mobilegaps that the report reads."""
    import processing

    from tests import bad_inputs_data

    folder = tmp_path_factory.mktemp("inputs")
    paths = bad_inputs_data.build(folder)
    paths["zones_out"], paths["stats"] = str(folder / "zones_out.gpkg"), str(folder / "stats.gpkg")
    paths["zones_out_other"] = bad_inputs_data.zones_of_another_run(folder)
    processing.run(
        "tdathack:mobilegaps",
        {
            "COVERAGE": [paths["coverage"]],
            "TERRITORY": paths["territory"],
            "TERRITORY_ID_FIELD": "code",
            "OUTPUT_ZONES": paths["zones_out"],
            "OUTPUT_STATS": paths["stats"],
        },
    )
    return paths


@pytest.fixture(scope="module")
def postgis(auth_manager):
    """A fresh PostGIS database (tests/postgis_db.py) for a test module, dropped after it."""
    from .postgis_db import new_database

    database = new_database()
    yield database
    database.drop()
