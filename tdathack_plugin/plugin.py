"""The plugin class QGIS loads: Processing provider, Web menu entry and toolbar."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from .ods import http
from .processing.provider import TDatHackProvider
from .toolbelt.about import HOMEPAGE, MENU_TITLE, PROVIDER_ID
from .toolbelt.i18n import install_translator, tr
from .toolbelt.icons import PLUGIN_ICON

TOOLBAR_NAME = "tdathackToolbar"


class TDatHackPlugin:
    """Provider in initProcessing() (so qgis_process sees it), menu and toolbar in initGui()."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.provider = None
        self.toolbar = None
        self.actions = []

    def initProcessing(self):  # noqa: N802 (QGIS API)
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            self.provider = TDatHackProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(MENU_TITLE)
        self.toolbar.setObjectName(TOOLBAR_NAME)
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
