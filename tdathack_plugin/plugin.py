"""The plugin class QGIS loads: Processing provider, Web menu entry, toolbar, Opendatasoft
browser dock, Browser panel provider and locator filter."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from .ods import http
from .processing.provider import TDatHackProvider
from .toolbelt.about import HOMEPAGE, MENU_TITLE, PROVIDER_ID
from .toolbelt.i18n import install_translator, tr
from .toolbelt.icons import ODS_ICON, PLUGIN_ICON
from .ui.browser import DatasetLoads, OdsDataItemProvider, OdsDropHandler
from .ui.dock import OdsBrowserDock
from .ui.locator import OdsLocatorFilter
from .ui.options_page import OptionsFactory
from .ui.portals import PortalStore

TOOLBAR_NAME = "tdathackToolbar"


class TDatHackPlugin:
    """Provider in initProcessing() (so qgis_process sees it), menu and toolbar in initGui()."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.provider = None
        self.toolbar = None
        self.actions = []
        self.options_factory = None
        self.dock = None
        self.dock_action = None
        self.loads = None
        self.browser_provider = None
        self.drop_handler = None
        self.locator_filter = None

    def initProcessing(self):
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            self.provider = TDatHackProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(MENU_TITLE)
        self.toolbar.setObjectName(TOOLBAR_NAME)
        store = PortalStore()
        self._add_dock(store)
        self.loads = DatasetLoads(self.iface.messageBar(), store)
        self.browser_provider = OdsDataItemProvider(self.loads)
        QgsApplication.dataItemProviderRegistry().addProvider(self.browser_provider)
        self.drop_handler = OdsDropHandler(self.loads)
        self.iface.registerCustomDropHandler(self.drop_handler)
        self.locator_filter = OdsLocatorFilter(self.show_dataset, store)
        self.iface.registerLocatorFilter(self.locator_filter)
        self.options_factory = OptionsFactory(store)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self._add_action(
            QIcon(PLUGIN_ICON),
            tr("T.Dat'Hack algorithms"),
            tr("Show the T.Dat'Hack algorithms in the Processing toolbox"),
            self.show_algorithms,
        )
        self._add_action(
            QgsApplication.getThemeIcon("/mActionHelpContents.svg"),
            tr("T.Dat'Hack help"),
            tr("Open the T.Dat'Hack user guide"),
            self.open_help,
            in_toolbar=False,
        )

    def _add_dock(self, store):
        """The Opendatasoft dock, where and as big as the user left it (hidden by default)."""
        self.dock = OdsBrowserDock(self.iface, store, self.iface.mainWindow())
        area = store.state("dock_area", int(Qt.DockWidgetArea.RightDockWidgetArea))
        self.iface.addDockWidget(Qt.DockWidgetArea(area), self.dock)
        geometry = store.state("dock_geometry", "")
        if store.state("dock_floating", False):
            self.dock.setFloating(True)
        if geometry:
            self.dock.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        self.dock.setVisible(store.state("dock_visible", False))
        self.dock_action = self._add_action(
            QIcon(ODS_ICON),
            tr("Opendatasoft browser"),
            tr("Find and load datasets of Opendatasoft portals"),
            lambda _checked: self.dock.toggleUserVisible(),
        )
        self.dock_action.setCheckable(True)
        self.dock_action.setChecked(not self.dock.isHidden())
        self.dock.visibilityChanged.connect(self.dock_action.setChecked)

    def _remove_dock(self):
        store = self.dock.browser.store
        window = self.iface.mainWindow()
        store.set_state("dock_visible", self.dock.isUserVisible())
        store.set_state("dock_floating", self.dock.isFloating())
        store.set_state("dock_area", int(window.dockWidgetArea(self.dock)))
        store.set_state("dock_geometry", bytes(self.dock.saveGeometry().toBase64()).decode())
        self.dock.close_tasks()
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.dock = None
        self.dock_action = None

    def show_dataset(self, portal: str, dataset_id: str):
        """Show a dataset in the dock (from the locator)."""
        self.dock.setUserVisible(True)
        self.dock.raise_()
        self.dock.browser.open_dataset(dataset_id, portal)

    def _add_action(self, icon, text, tip, slot, in_toolbar=True):
        action = QAction(icon, text, self.iface.mainWindow())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.iface.addPluginToWebMenu(MENU_TITLE, action)
        if in_toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        if self.browser_provider is not None:
            QgsApplication.dataItemProviderRegistry().removeProvider(self.browser_provider)
            self.browser_provider = None
        self.loads = None
        if self.dock is not None:
            self._remove_dock()
        for action in self.actions:
            self.iface.removePluginWebMenu(MENU_TITLE, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        http.uninstall()
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    @staticmethod
    def show_algorithms():
        """Open the Processing toolbox filtered on this provider's algorithms."""
        from qgis.utils import plugins

        toolbox = getattr(plugins.get("processing"), "toolbox", None)
        if toolbox is None:
            return
        toolbox.setUserVisible(True)
        toolbox.searchBox.setText(PROVIDER_ID)

    @staticmethod
    def open_help():
        QDesktopServices.openUrl(QUrl(HOMEPAGE))
