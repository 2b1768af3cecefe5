"""The portal bar of the dock: choose, add, rename or remove an Opendatasoft portal, give its
API key, and the local demo portal when the options ask for it."""

from qgis.core import QgsApplication
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QObject, QSignalBlocker, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
)

from ..ods import errors
from ..ods.client import OdsClient, portal_root
from ..toolbelt import settings
from ..toolbelt.i18n import tr


class PortalBar(QObject):
    """The portal list of the browser widget and its menu.

    `changed` when the user switches to another portal, `key_changed` when this portal's API key
    was given again.
    """

    changed = pyqtSignal()
    key_changed = pyqtSignal()

    def __init__(self, browser):
        super().__init__(browser)
        self.browser = browser
        self.store = browser.store
        self.combo = browser.portalCombo
        browser.portalButton.setIcon(QgsApplication.getThemeIcon("/mActionOptions.svg"))
        self.menu = QMenu(browser)
        browser.portalButton.setMenu(self.menu)
        self.menu.addAction(tr("Add a portal…"), self.add)
        self.menu.addAction(tr("Rename this portal…"), self.rename)
        self.menu.addAction(tr("Remove this portal"), self.remove)
        self.menu.addSeparator()
        self.menu.addAction(tr("API key of this portal…"), self.set_api_key)
        self.fill()
        self.combo.currentIndexChanged.connect(lambda _i: self._switched())

    def fill(self, keep=""):
        """List the stored portals again, `keep` selected."""
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for portal in self.store.portals():
                self.combo.addItem(portal.name, portal.url)
                self.combo.setItemData(
                    self.combo.count() - 1, portal.url, Qt.ItemDataRole.ToolTipRole
                )
        if keep:
            self.select(keep)
        self._describe()

    def restore(self):
        """The portal the user last chose, without searching yet."""
        with QSignalBlocker(self.combo):
            self.select(self.store.state("portal", ""))

    def look_for_demo(self):
        """Offer the local demo portal when the options ask for it and it answers."""
        if not settings.demo_portal():
            return
        demo_url = self.browser.demo_url
        self.browser.runner.start(
            "demo",
            tr("Looking for the local demo portal"),
            lambda feedback: OdsClient(demo_url, "", feedback).search(limit=0),
            lambda _page, error: self._demo_found(demo_url, error),
        )

    def _demo_found(self, demo_url, error):
        if error is not None or self.combo.findData(demo_url) >= 0:
            return
        with QSignalBlocker(self.combo):
            self.combo.addItem(tr("Local demo portal"), demo_url)
        if self.store.state("portal", "") == demo_url:
            self.select(demo_url)

    def current(self) -> str:
        return self.combo.currentData() or ""

    def select(self, url: str) -> bool:
        """Select a listed portal; False when it is not in the list."""
        index = self.combo.findData(url)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
        self._describe()
        return index >= 0

    def _describe(self):
        """The portal's whole name and address as the box's tooltip (a narrow dock cuts it)."""
        name, url = self.combo.currentText(), self.current()
        self.combo.setToolTip(f"{name}\n{url}" if url else tr("Opendatasoft portal"))

    def reveal(self, url: str):
        """Select a portal, added to the list when missing (a pasted address, the locator)."""
        if not self.select(url):
            added = self.store.add(QUrl(url).host(), url)
            self.fill(keep=added.url)

    def _switched(self):
        self._describe()
        self.store.set_state("portal", self.current())
        self.changed.emit()

    def client(self, feedback=None) -> OdsClient:
        """A client of the current portal with its API key configuration (if any)."""
        return self.task_client()(feedback)

    def task_client(self):
        """feedback -> a client of the current portal, for a task: the portal and its key
        configuration are read now, on the main thread (widgets are not for worker threads)."""
        portal = self.current()
        authcfg = self.store.authcfg(portal)
        return lambda feedback: OdsClient(portal, authcfg, feedback)

    def add(self):
        url, ok = QInputDialog.getText(
            self.browser,
            tr("Add a portal"),
            tr("Address of the Opendatasoft portal (e.g. https://data.example.fr):"),
        )
        if not ok or not url.strip():
            return
        try:
            root = portal_root(url)
        except errors.OdsError as error:
            self.browser.show_error(error)
            return
        name, ok = QInputDialog.getText(
            self.browser, tr("Add a portal"), tr("Name shown in the list:"), text=QUrl(root).host()
        )
        if ok:
            portal = self.store.add(name, root)
            self.fill(keep=portal.url)
            self._switched()

    def rename(self):
        url = self.current()
        name, ok = QInputDialog.getText(
            self.browser,
            tr("Rename the portal"),
            tr("Name shown in the list:"),
            text=self.combo.currentText(),
        )
        if ok and name.strip() and url != self.browser.demo_url:
            self.store.rename(url, name)
            self.fill(keep=url)

    def remove(self):
        url = self.current()
        answer = QMessageBox.question(
            self.browser,
            tr("Remove the portal"),
            tr("Remove {portal} from the list?").format(portal=url),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.remove(url)
            self.fill()
            self._switched()

    def set_api_key(self) -> bool:
        """Ask for the authentication configuration holding this portal's API key."""
        authcfg = self.browser.ask_api_key(self.current(), None)
        if authcfg is None:
            return False
        self.store.set_authcfg(self.current(), authcfg)
        self.key_changed.emit()
        return True


def api_key_dialog(parent, store, portal: str, error):
    """The authentication configuration id the user picks ('' for none), None if canceled.

    The dialog lets the user create a configuration (on QGIS 3.22: method Basic, API key as
    password); `error`, when given, says why the key is asked for.
    """
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("API key of {portal}").format(portal=portal))
    layout = QVBoxLayout(dialog)
    text = tr(
        "Choose or create the authentication configuration holding your API key of this "
        "portal (method Basic, the key as password, any user name). The key stays in the "
        "QGIS authentication database."
    )
    if error is not None:
        text = f"{error}\n\n{text}"
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    select = QgsAuthConfigSelect(dialog)
    select.setConfigId(store.authcfg(portal))
    layout.addWidget(select)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return select.configId()
