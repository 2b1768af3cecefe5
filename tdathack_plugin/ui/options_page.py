"""The plugin's page in Settings › Options: portals, the network timeout, the default
computation CRS and the local demo portal."""

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..ods.client import portal_root
from ..toolbelt import settings
from ..toolbelt.about import HOMEPAGE
from ..toolbelt.i18n import tr
from ..toolbelt.icons import PLUGIN_ICON
from .portals import PortalStore

TITLE = "T.Dat'Hack"
URL_ROLE = Qt.ItemDataRole.UserRole  # a portal item's address


class OptionsFactory(QgsOptionsWidgetFactory):
    """Adds the page to QGIS's Options dialog (registered by the plugin)."""

    def __init__(self, store: PortalStore = None):
        super().__init__(TITLE, QIcon(PLUGIN_ICON))
        self.store = store or PortalStore()

    def createWidget(self, parent):
        return OptionsPage(self.store, parent)


class OptionsPage(QgsOptionsPageWidget):
    """Applied when the user presses OK in the Options dialog; nothing is saved before."""

    def __init__(self, store: PortalStore, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("tdathackOptions")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Opendatasoft portals</b> offered by the dock")))
        self.portals = QListWidget()
        for portal in store.portals():
            item = QListWidgetItem(f"{portal.name} — {portal.url}")
            item.setData(URL_ROLE, portal.url)
            item.setToolTip(portal.url)
            self.portals.addItem(item)
        layout.addWidget(self.portals)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_button.clicked.connect(self._ask_portal)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self._added, self._removed = [], []

        form = QFormLayout()
        self.timeout = QSpinBox()
        self.timeout.setRange(5, 3600)
        self.timeout.setSuffix(tr(" s"))
        self.timeout.setValue(settings.network_timeout_seconds())
        self.timeout.setToolTip(
            tr(
                "QGIS's network timeout (also in Settings › Options › Network): a request "
                "without data for this long is abandoned. Big exports may need more."
            )
        )
        form.addRow(tr("Network timeout"), self.timeout)
        self.metric_crs = QgsProjectionSelectionWidget()
        self.metric_crs.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.metric_crs.setNotSetText(tr("Chosen from the data"))
        default = settings.default_metric_crs()
        self.metric_crs.setCrs(QgsCoordinateReferenceSystem(default))
        self.metric_crs.setToolTip(
            tr(
                "Used by the algorithms when METRIC_CRS is not given, and only where the data "
                "lies within its area of use; otherwise the official projection of the "
                "territory (Lambert-93, RGR92…) is chosen."
            )
        )
        form.addRow(tr("Default computation CRS"), self.metric_crs)
        self.demo = QCheckBox(tr("Offer the local demo portal (make portal, 127.0.0.1:8765)"))
        self.demo.setChecked(settings.demo_portal())
        form.addRow("", self.demo)
        layout.addLayout(form)
        help_label = QLabel(f'<a href="{HOMEPAGE}">{tr("Help")}</a>')
        help_label.setOpenExternalLinks(True)
        layout.addWidget(help_label)

    def _ask_portal(self):
        url, ok = QInputDialog.getText(self, tr("Add a portal"), tr("Portal address"))
        if ok and url.strip():
            self.add_portal("", url)

    def add_portal(self, name: str, url: str) -> None:
        """Lists a portal (its root address), saved when the dialog is accepted."""
        root = portal_root(url)
        if any(self.portals.item(i).data(URL_ROLE) == root for i in range(self.portals.count())):
            return
        item = QListWidgetItem(f"{name or root} — {root}")
        item.setData(URL_ROLE, root)
        self.portals.addItem(item)
        self._added.append((name, root))

    def remove_selected(self) -> None:
        for item in self.portals.selectedItems():
            self._removed.append(item.data(URL_ROLE))
            self.portals.takeItem(self.portals.row(item))

    def apply(self):
        for url in self._removed:
            self.store.remove(url)
        for name, url in self._added:
            if url not in self._removed:
                self.store.add(name, url)
        self._added, self._removed = [], []
        settings.set_network_timeout_seconds(self.timeout.value())
        crs = self.metric_crs.crs()
        settings.set_default_metric_crs(crs.authid() if crs.isValid() else "")
        settings.set_demo_portal(self.demo.isChecked())
