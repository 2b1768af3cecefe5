"""The Opendatasoft browser dock: find a dataset, read about it, preview it, load it.

The widget lays out ods_browser.ui and gives each part the user sees to a panel: the portal
bar (dock_portals.py), the search and its results (dock_search.py), the Details, Preview and
Load tabs (dock_details.py, dock_preview.py, dock_load.py). It holds what they share: the
portal store, the background tasks, the chosen dataset and the error line. Every request runs
in a QgsTask (ui/tasks.py); widgets change only in the task's callback, on the main thread.
Loading goes through ui/loader.py, i.e. the tdathack:downloaddataset algorithm. The texts come
from tr() (French and English).
"""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QByteArray
from qgis.PyQt.QtGui import QIcon, QKeySequence
from qgis.PyQt.QtWidgets import QWidget

from ..ods import errors
from ..toolbelt.i18n import tr
from ..toolbelt.icons import ODS_ICON
from .dock_details import DetailsPanel
from .dock_load import LOAD_KEYS, LoadPanel
from .dock_portals import PortalBar, api_key_dialog
from .dock_preview import PreviewPanel
from .dock_search import SearchPanel
from .loader import DatasetLoader
from .portals import DEMO_URL, PortalStore
from .tasks import TaskRunner

UI_FILE = Path(__file__).with_name("ods_browser.ui")
# As QGIS's own message bar shows a critical message.
ERROR_STYLE = (
    "QFrame#errorBox { background-color: #fdecea; border: 1px solid #d65253; border-radius: 3px; }"
    " QLabel#errorLabel { color: #5f1c1b; }"
)
# The splits the user can move (remembered), and their first shares: the result list and the
# tabs; the description and the field table.
SPLITTERS = {"splitter": (2, 3), "detailsSplitter": (3, 1)}


class OdsBrowserWidget(QWidget):
    """The content of the dock (usable alone, e.g. in tests and screenshots)."""

    def __init__(self, iface, store=None, parent=None):
        super().__init__(parent)
        uic.loadUi(str(UI_FILE), self)
        self.iface = iface
        self.store = store or PortalStore()
        self.runner = TaskRunner()
        bar = iface.messageBar() if iface else None
        # A failed load shows in the error box, or in QGIS's message bar if the dock is closed.
        self.loader = DatasetLoader(bar, self, failures_in_bar=lambda: not self.isVisible())
        self.dataset = None  # the dataset chosen in the results
        self.error_source = ""  # the kind of request the error shown came from
        self.started = False
        self.demo_url = DEMO_URL
        self.portal_bar = PortalBar(self)
        self.search_panel = SearchPanel(self)
        self.details_panel = DetailsPanel(self)
        self.preview_panel = PreviewPanel(self)
        self.load_panel = LoadPanel(self)
        self.results = self.search_panel.results
        self.preview = self.preview_panel.model
        self.errorBox.setStyleSheet(ERROR_STYLE)
        self.errorBox.hide()
        self.errorCloseButton.clicked.connect(lambda: self.show_error(""))
        for name, shares in SPLITTERS.items():
            for index, share in enumerate(shares):
                getattr(self, name).setStretchFactor(index, share)
        self._set_texts()
        self.portal_bar.changed.connect(self.search_panel.start_over)
        self.portal_bar.key_changed.connect(self.search)
        self.search_panel.selected.connect(self._select)
        self.search_panel.opened.connect(lambda: self.tabs.setCurrentWidget(self.detailsTab))
        self._restore()

    def _set_texts(self):
        """The texts of the form's own widgets (lists and menus get theirs from their panel)."""
        self.searchEdit.setPlaceholderText(tr("Search or paste an address"))
        self.searchEdit.setToolTip(
            tr("Words to search the catalogue for, or the address of a dataset page (Enter)")
        )
        self.searchEdit.setShowSearchIcon(True)
        self.errorCloseButton.setIcon(QgsApplication.getThemeIcon("/mIconClose.svg"))
        self.errorCloseButton.setToolTip(tr("Dismiss"))
        self.portalButton.setToolTip(tr("Manage portals"))
        self.sortCombo.setToolTip(tr("Sort the results"))
        self.geoOnlyCheck.setText(tr("Geographic"))
        self.geoOnlyCheck.setToolTip(tr("Only datasets with a geometry (map layers)"))
        self.facetsGroup.setTitle(tr("Filters"))
        self.themeLabel.setText(tr("Theme"))
        self.keywordLabel.setText(tr("Keyword"))
        self.publisherLabel.setText(tr("Publisher"))
        self.tabs.setTabText(0, tr("Details"))
        self.tabs.setTabText(1, tr("Preview"))
        self.tabs.setTabText(2, tr("Load"))
        self.zoomButton.setIcon(QgsApplication.getThemeIcon("/mActionZoomToLayer.svg"))
        self.zoomButton.setToolTip(tr("Zoom the map to the dataset extent"))
        self.openPortalButton.setIcon(QgsApplication.getThemeIcon("/mActionLink.svg"))
        self.openPortalButton.setToolTip(tr("Open the dataset page in the web browser"))
        self.fieldsTable.setHorizontalHeaderLabels([tr("Name"), tr("Label"), tr("Type")])
        self.whereLabel.setText(tr("Filter (ODSQL, optional)"))
        self.whereEdit.setPlaceholderText(tr('e.g. ardt = 11 or operateur = "Orange"'))
        self.extentCheck.setText(tr("Current map extent only"))
        self.extentCheck.setToolTip(tr("Only what is in the current map extent"))
        self.fieldsLabel.setText(tr("Fields"))
        self.temporaryRadio.setText(tr("Temporary file"))
        self.geopackageRadio.setText(tr("GeoPackage file"))
        self.geopackageFile.setDialogTitle(tr("Save the dataset as"))
        self.loadButton.setText(tr("Load"))
        keys = QKeySequence(LOAD_KEYS[0]).toString(QKeySequence.SequenceFormat.NativeText)
        self.loadButton.setToolTip(
            tr("Download the dataset and add it to the map ({keys})").format(keys=keys)
        )
        self.cancelButton.setText(tr("Cancel"))

    def _restore(self):
        """Portal, sort, geographic-only, search text and layout as the user left them."""
        self.portal_bar.restore()
        self.search_panel.restore()
        for name, shares in SPLITTERS.items():
            state = self.store.state(name, "")
            if state:
                getattr(self, name).restoreState(QByteArray.fromBase64(state.encode()))
            else:
                getattr(self, name).setSizes([100 * share for share in shares])

    def start(self):
        """First search and, when the options ask for it, look for the local demo portal (when
        the dock is first shown)."""
        self.started = True
        self.portal_bar.look_for_demo()
        if self.query is None:
            self.search()

    def close_tasks(self):
        """Stop everything before the widget is deleted (plugin unload); keep the layout."""
        for name in SPLITTERS:
            state = getattr(self, name).saveState().toBase64()
            self.store.set_state(name, bytes(state).decode())
        self.search_panel.timer.stop()
        self.runner.close()
        self.loader.close()

    # --- what the panels share ----------------------------------------------------------

    def portal(self) -> str:
        return self.portal_bar.current()

    def select_portal(self, url: str) -> bool:
        return self.portal_bar.select(url)

    def _fill_portals(self, keep=""):
        """List the stored portals again (tests add one behind the widget's back)."""
        self.portal_bar.fill(keep)

    def client(self, feedback=None):
        """A client of the current portal with its API key configuration (if any)."""
        return self.portal_bar.client(feedback)

    def task_client(self):
        """feedback -> a client of the current portal, made in a task (see PortalBar)."""
        return self.portal_bar.task_client()

    def canvas(self):
        return self.iface.mapCanvas() if self.iface is not None else None

    def _select(self, dataset):
        self.dataset = dataset
        self.tabs.setEnabled(dataset is not None or self.loader.busy())  # Cancel stays in reach
        self.details_panel.display(dataset)
        self.load_panel.display(dataset)
        self.preview_panel.display(dataset)

    def ask_api_key(self, portal: str, error):
        """The authentication configuration id the user picks ('' for none), None if canceled
        (tests replace this method)."""
        return api_key_dialog(self, self.store, portal, error)

    def handle_error(self, error, retry, source="search") -> None:
        """Show an error; on a 401/403 offer to set the API key, then try again."""
        if isinstance(error, errors.AuthenticationError):
            authcfg = self.ask_api_key(self.portal(), error)
            if authcfg:
                self.store.set_authcfg(self.portal(), authcfg)
                retry()
                return
        self.show_error(error, source)

    def show_error(self, error, source="search") -> None:
        """The one place errors appear ('' clears it); `source`: the kind of request it came
        from (search, page, preview, load), whose next success clears it."""
        self.error_source = source if str(error) else ""
        self.errorLabel.setText(str(error))
        self.errorBox.setVisible(bool(str(error)))

    def clear_error(self, source) -> None:
        """A request of this kind succeeded: its error goes (a search's success clears any, as
        the user started anew; a preview read does not clear a refused filter)."""
        if source == "search" or source == self.error_source:
            self.show_error("")

    # --- what the user does, as tests and the plugin ask for it -------------------------

    @property
    def query(self):
        """The search the results answer (None for a dataset opened by its identifier)."""
        return self.search_panel.query

    def search(self):
        self.search_panel.search()

    def set_facet(self, facet: str, value: str) -> None:
        self.search_panel.set_facet(facet, value)

    def select_row(self, row: int):
        self.search_panel.select_row(row)

    def open_dataset(self, dataset_id: str, portal: str = ""):
        """Show one dataset, found by its identifier (locator, pasted page address)."""
        if portal:
            self.portal_bar.reveal(portal)
        self.search_panel.open_dataset(dataset_id)

    def zoom_to_dataset(self):
        self.details_panel.zoom_to_dataset()

    def load(self):
        self.load_panel.load()


class OdsBrowserDock(QgsDockWidget):
    """The dock QGIS shows: the browser widget, its place and size remembered."""

    OBJECT_NAME = "TDatHackOdsBrowserDock"

    def __init__(self, iface, store=None, parent=None):
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(tr("Opendatasoft"))
        self.setWindowIcon(QIcon(ODS_ICON))
        self.browser = OdsBrowserWidget(iface, store, self)
        self.setWidget(self.browser)
        self.visibilityChanged.connect(self._shown)

    def _shown(self, visible: bool):
        if visible and not self.browser.started:
            self.browser.start()

    def close_tasks(self):
        self.browser.close_tasks()
