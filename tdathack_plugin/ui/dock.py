"""The Opendatasoft browser dock: find a dataset, read about it, preview it, load it.

Every request runs in a QgsTask (ui/tasks.py); widgets change only in the task's callback,
on the main thread. Loading goes through ui/loader.py, i.e. the tdathack:downloaddataset
algorithm. The layout comes from ods_browser.ui, the texts from tr() (French and English).
"""

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsAuthConfigSelect, QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..ods import errors, odsql
from ..ods.client import OdsClient, portal_root
from ..toolbelt import settings
from ..toolbelt.i18n import tr
from ..toolbelt.icons import ODS_ICON
from .loader import DatasetLoader, LoadRequest
from .models import DATASET_ROLE, DatasetListModel, RecordsModel, records_text, short_date
from .portals import DEMO_URL, PortalStore
from .rich_text import sanitize
from .tasks import TaskRunner

UI_FILE = Path(__file__).with_name("ods_browser.ui")
DEBOUNCE_MS = 400
PREVIEW_ROWS = 20
FACETS = ("theme", "keyword", "publisher")
SORTS = ("", "modified desc", "title")  # relevance, last modified first, title
DATASET_PAGE = re.compile(r"/explore/dataset/([^/?#]+)")
ERROR_STYLE = "color: #b00020;"
FIELD_COLUMN_MAX = 110  # px: names and types stay readable, labels get the rest


@dataclass(frozen=True)
class Query:
    """A catalogue search as the user set it up."""

    text: str
    refine: tuple
    geo_only: bool
    order_by: str


class OdsBrowserWidget(QWidget):
    """The content of the dock (usable alone, e.g. in tests and screenshots)."""

    def __init__(self, iface, store=None, parent=None):
        super().__init__(parent)
        uic.loadUi(str(UI_FILE), self)
        self.iface = iface
        self.store = store or PortalStore()
        self.runner = TaskRunner()
        self.loader = DatasetLoader(iface.messageBar() if iface else None, self)
        self.results = DatasetListModel(self)
        self.preview = RecordsModel(self)
        self.query = None
        self.dataset = None
        self.preview_of = None
        self.started = False
        self.demo_url = DEMO_URL
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(DEBOUNCE_MS)
        self._setup_widgets()
        self._set_texts()
        self._connect()
        self._restore()

    # --- set-up -------------------------------------------------------------------------

    def _setup_widgets(self):
        self.resultsView.setModel(self.results)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.previewTable.setModel(self.preview)
        self.fieldsTable.setColumnCount(3)
        header = self.fieldsTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.geopackageFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.geopackageFile.setFilter("GeoPackage (*.gpkg)")
        self.errorLabel.setStyleSheet(ERROR_STYLE)
        self.filterMessage.setStyleSheet(ERROR_STYLE)
        self.errorLabel.hide()
        self.filterMessage.hide()
        self.progressBar.hide()
        self.portalButton.setIcon(QgsApplication.getThemeIcon("/mActionOptions.svg"))
        self.portalMenu = QMenu(self)
        self.portalButton.setMenu(self.portalMenu)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._fill_portals()

    def _set_texts(self):
        self.searchEdit.setPlaceholderText(tr("Search datasets (or paste a dataset page address)"))
        self.searchEdit.setShowSearchIcon(True)
        self.portalCombo.setToolTip(tr("Opendatasoft portal"))
        self.portalButton.setToolTip(tr("Manage portals"))
        self.portalMenu.clear()
        self.portalMenu.addAction(tr("Add a portal…"), self.add_portal)
        self.portalMenu.addAction(tr("Rename this portal…"), self.rename_portal)
        self.portalMenu.addAction(tr("Remove this portal"), self.remove_portal)
        self.portalMenu.addSeparator()
        self.portalMenu.addAction(tr("API key of this portal…"), self.set_api_key)
        self.sortCombo.clear()
        for label, order in zip((tr("Relevance"), tr("Last modified"), tr("Title")), SORTS):
            self.sortCombo.addItem(label, order)
        self.sortCombo.setToolTip(tr("Sort the results"))
        self.geoOnlyCheck.setText(tr("Geographic only"))
        self.geoOnlyCheck.setToolTip(tr("Only datasets with a geometry (map layers)"))
        self.facetsGroup.setTitle(tr("Filters"))
        self.themeLabel.setText(tr("Theme"))
        self.keywordLabel.setText(tr("Keyword"))
        self.publisherLabel.setText(tr("Publisher"))
        self.tabs.setTabText(0, tr("Details"))
        self.tabs.setTabText(1, tr("Preview"))
        self.tabs.setTabText(2, tr("Load"))
        self.zoomButton.setText(tr("Zoom to extent"))
        self.zoomButton.setToolTip(tr("Zoom the map to the dataset extent"))
        self.openPortalButton.setText(tr("Open on the portal"))
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
        self.loadButton.setToolTip(tr("Download the dataset and add it to the map"))
        self.cancelButton.setText(tr("Cancel"))

    def _connect(self):
        self.searchEdit.textChanged.connect(lambda _text: self.search_timer.start())
        self.searchEdit.returnPressed.connect(self.search)
        self.search_timer.timeout.connect(self.search)
        self.sortCombo.currentIndexChanged.connect(lambda _i: self.search())
        self.geoOnlyCheck.toggled.connect(lambda _on: self.search())
        for combo in self._facet_combos():
            combo.activated.connect(lambda _i: self.search())
        self.portalCombo.currentIndexChanged.connect(lambda _i: self._portal_changed())
        self.resultsView.selectionModel().currentChanged.connect(
            lambda current, _previous: self._select(current.data(DATASET_ROLE))
        )
        self.resultsView.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.tabs.currentChanged.connect(lambda _i: self._fetch_preview())
        self.zoomButton.clicked.connect(self.zoom_to_dataset)
        self.openPortalButton.clicked.connect(self.open_on_portal)
        self.geopackageRadio.toggled.connect(self.geopackageFile.setEnabled)
        self.loadButton.clicked.connect(self.load)
        self.cancelButton.clicked.connect(self.loader.cancel)
        self.loader.checking.connect(self._load_checking)
        self.loader.running.connect(self._load_running)
        self.loader.progressChanged.connect(lambda value: self.progressBar.setValue(int(value)))
        self.loader.failed.connect(self._load_failed)
        self.loader.canceled.connect(self._load_canceled)
        self.loader.loaded.connect(self._load_done)

    def _restore(self):
        """Portal, sort, geographic-only and search text as the user left them."""
        self.portalCombo.blockSignals(True)
        self.select_portal(self.store.state("portal", ""))
        self.portalCombo.blockSignals(False)
        self.sortCombo.blockSignals(True)
        self.sortCombo.setCurrentIndex(max(0, self.sortCombo.findData(self.store.state("sort"))))
        self.sortCombo.blockSignals(False)
        self.geoOnlyCheck.blockSignals(True)
        self.geoOnlyCheck.setChecked(self.store.state("geo_only", True))
        self.geoOnlyCheck.blockSignals(False)
        self.searchEdit.blockSignals(True)
        self.searchEdit.setText(self.store.state("text", ""))
        self.searchEdit.blockSignals(False)
        splitter = self.store.state("splitter", "")
        if splitter:
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))

    def start(self):
        """First search and, when the options ask for it, look for the local demo portal (when
        the dock is first shown)."""
        self.started = True
        if settings.demo_portal():
            self.runner.start(
                "demo",
                tr("Looking for the local demo portal"),
                lambda feedback: OdsClient(self.demo_url, "", feedback).search(limit=0),
                self._demo_found,
            )
        if self.query is None:
            self.search()

    def close_tasks(self):
        """Stop everything before the widget is deleted (plugin unload); keep the layout."""
        self.store.set_state("splitter", bytes(self.splitter.saveState().toBase64()).decode())
        self.search_timer.stop()
        self.runner.close()
        self.loader.close()

    # --- portals ------------------------------------------------------------------------

    def _fill_portals(self, keep=""):
        self.portalCombo.blockSignals(True)
        self.portalCombo.clear()
        for portal in self.store.portals():
            self.portalCombo.addItem(portal.name, portal.url)
            self.portalCombo.setItemData(
                self.portalCombo.count() - 1, portal.url, Qt.ItemDataRole.ToolTipRole
            )
        self.portalCombo.blockSignals(False)
        if keep:
            self.select_portal(keep)

    def _demo_found(self, _page, error):
        if error is not None or self.portalCombo.findData(self.demo_url) >= 0:
            return
        self.portalCombo.blockSignals(True)
        self.portalCombo.addItem(tr("Local demo portal"), self.demo_url)
        self.portalCombo.blockSignals(False)
        if self.store.state("portal", "") == self.demo_url:
            self.select_portal(self.demo_url)

    def portal(self) -> str:
        return self.portalCombo.currentData() or ""

    def select_portal(self, url: str) -> bool:
        index = self.portalCombo.findData(url)
        if index >= 0 and index != self.portalCombo.currentIndex():
            self.portalCombo.setCurrentIndex(index)
        return index >= 0

    def _portal_changed(self):
        self.store.set_state("portal", self.portal())
        self._clear_facets()
        self.search()

    def client(self, feedback=None) -> OdsClient:
        """A client of the current portal with its API key configuration (if any)."""
        return OdsClient(self.portal(), self.store.authcfg(self.portal()), feedback)

    def add_portal(self):
        url, ok = QInputDialog.getText(
            self,
            tr("Add a portal"),
            tr("Address of the Opendatasoft portal (e.g. https://data.example.fr):"),
        )
        if not ok or not url.strip():
            return
        try:
            root = portal_root(url)
        except errors.OdsError as error:
            self.show_error(error)
            return
        name, ok = QInputDialog.getText(
            self, tr("Add a portal"), tr("Name shown in the list:"), text=QUrl(root).host()
        )
        if ok:
            portal = self.store.add(name, root)
            self._fill_portals(keep=portal.url)
            self._portal_changed()

    def rename_portal(self):
        url = self.portal()
        name, ok = QInputDialog.getText(
            self,
            tr("Rename the portal"),
            tr("Name shown in the list:"),
            text=self.portalCombo.currentText(),
        )
        if ok and name.strip() and url != self.demo_url:
            self.store.rename(url, name)
            self._fill_portals(keep=url)

    def remove_portal(self):
        url = self.portal()
        answer = QMessageBox.question(
            self, tr("Remove the portal"), tr("Remove {portal} from the list?").format(portal=url)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.remove(url)
            self._fill_portals()
            self._portal_changed()

    def set_api_key(self) -> bool:
        """Ask for the authentication configuration holding this portal's API key."""
        authcfg = self.ask_api_key(self.portal(), None)
        if authcfg is None:
            return False
        self.store.set_authcfg(self.portal(), authcfg)
        self.search()
        return True

    def ask_api_key(self, portal: str, error):
        """The authentication configuration id the user picks ('' for none), None if canceled.

        Tests replace this method; the dialog lets the user create a configuration (on
        QGIS 3.22: method Basic, API key as password).
        """
        dialog = QDialog(self)
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
        select.setConfigId(self.store.authcfg(portal))
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

    def _handle_error(self, error, retry) -> None:
        """Show an error; on a 401/403 offer to set the API key, then try again."""
        if isinstance(error, errors.AuthenticationError):
            authcfg = self.ask_api_key(self.portal(), error)
            if authcfg:
                self.store.set_authcfg(self.portal(), authcfg)
                retry()
                return
        self.show_error(error)

    def show_error(self, error) -> None:
        self.errorLabel.setText(str(error))
        self.errorLabel.setVisible(bool(str(error)))

    # --- search -------------------------------------------------------------------------

    def _facet_combos(self):
        return (self.themeCombo, self.keywordCombo, self.publisherCombo)

    def current_query(self) -> Query:
        refine = tuple(
            (facet, combo.currentData())
            for facet, combo in zip(FACETS, self._facet_combos())
            if combo.currentData()
        )
        return Query(
            self.searchEdit.text().strip(),
            refine,
            self.geoOnlyCheck.isChecked(),
            self.sortCombo.currentData() or "",
        )

    def search(self):
        """Search the catalogue again (first page and facets)."""
        self.search_timer.stop()
        text = self.searchEdit.text().strip()
        self.store.set_state("text", text)
        self.store.set_state("geo_only", self.geoOnlyCheck.isChecked())
        self.store.set_state("sort", self.sortCombo.currentData() or "")
        page = DATASET_PAGE.search(text)
        if page and "://" in text:
            self.open_dataset(page.group(1), portal_root(text))
            return
        query = self.current_query()
        self.query = query
        self.runner.cancel("page")
        self.countLabel.setText(tr("Searching…"))

        def fetch(feedback):
            client = self.client(feedback)
            page = client.search(query.text, query.refine, query.geo_only, query.order_by)
            facets = client.facets(FACETS, query.text, query.refine, query.geo_only)
            return page, facets

        self.runner.start(
            "search",
            tr("Searching {portal}").format(portal=self.portal()),
            fetch,
            lambda result, error: self._searched(query, result, error),
        )

    def _searched(self, query, result, error):
        if error is not None:
            self.countLabel.setText("")
            self._handle_error(error, self.search)
            return
        self.show_error("")
        page, facets = result
        self.results.reset(page.results, page.total_count)
        self._fill_facets(facets, dict(query.refine))
        self._show_count()
        self._select(None)

    def _show_count(self):
        total = self.results.total
        if total == 0:
            self.countLabel.setText(tr("No dataset found."))
        else:
            self.countLabel.setText(
                tr("{count} datasets").format(count=total) if total > 1 else tr("1 dataset")
            )

    def _clear_facets(self):
        for combo in self._facet_combos():
            combo.clear()

    def _fill_facets(self, facets, selected):
        titles = (tr("All themes"), tr("All keywords"), tr("All publishers"))
        for facet, combo, title in zip(FACETS, self._facet_combos(), titles):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(title, "")
            for value, count in facets.get(facet, []):
                combo.addItem(f"{value} ({count})", value)
            current = selected.get(facet, "")
            if current and combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def set_facet(self, facet: str, value: str) -> None:
        """Choose a facet value (as the user does in the combo box) and search."""
        combo = self._facet_combos()[FACETS.index(facet)]
        combo.setCurrentIndex(combo.findData(value))
        self.search()

    def _scrolled(self, value):
        bar = self.resultsView.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() // 2:
            self.fetch_more()

    def fetch_more(self):
        """The next page of results (called when the list is scrolled to its end)."""
        if self.query is None or not self.results.has_more() or "page" in self.runner.tasks:
            return
        if "search" in self.runner.tasks:
            return
        query, offset = self.query, len(self.results.datasets)

        def fetch(feedback):
            return self.client(feedback).search(
                query.text, query.refine, query.geo_only, query.order_by, offset=offset
            )

        self.runner.start(
            "page",
            tr("Searching {portal}").format(portal=self.portal()),
            fetch,
            lambda page, error: self._paged(query, page, error),
        )

    def _paged(self, query, page, error):
        if query != self.query:
            return
        if error is not None:
            self.show_error(error)
            return
        self.results.append(page.results)

    def open_dataset(self, dataset_id: str, portal: str = ""):
        """Show one dataset, found by its identifier (locator, pasted page address)."""
        if portal and not self.select_portal(portal):
            added = self.store.add(QUrl(portal).host(), portal)
            self._fill_portals(keep=added.url)
        self.runner.cancel("search")
        self.query = None

        def done(dataset, error):
            if error is not None:
                self._handle_error(error, lambda: self.open_dataset(dataset_id))
                return
            self.show_error("")
            self.results.reset([dataset], 1)
            self._show_count()
            index = self.results.index(0)
            self.resultsView.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

        self.runner.start(
            "search",
            tr("Reading {dataset}").format(dataset=dataset_id),
            lambda feedback: self.client(feedback).dataset(dataset_id),
            done,
        )

    # --- details and preview ------------------------------------------------------------

    def _select(self, dataset):
        self.dataset = dataset
        self.tabs.setEnabled(dataset is not None)
        self.filterMessage.hide()
        self.loadStatus.setText("")
        if dataset is None:
            self.detailsBrowser.clear()
            self.fieldsTable.setRowCount(0)
            self.preview.reset([], [])
            self.previewLabel.setText("")
            self.preview_of = None
            self.fieldsList.clear()
            return
        self.detailsBrowser.setHtml(details_html(dataset))
        self.fieldsTable.setRowCount(len(dataset.fields))
        for row, field in enumerate(dataset.fields):
            for column, text in enumerate((field.name, field.label, field.type)):
                self.fieldsTable.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2):
            self.fieldsTable.resizeColumnToContents(column)
            width = self.fieldsTable.columnWidth(column)
            self.fieldsTable.setColumnWidth(column, min(width, FIELD_COLUMN_MAX))
        self.zoomButton.setEnabled(bool(dataset.bbox) and self._canvas() is not None)
        self.extentCheck.setEnabled(dataset.is_geo and self._canvas() is not None)
        if not self.extentCheck.isEnabled():
            self.extentCheck.setChecked(False)
        self.fieldsList.clear()
        for field in dataset.attribute_fields:
            item = QListWidgetItem(
                f"{field.label} ({field.name})" if field.label != field.name else field.name
            )
            item.setData(Qt.ItemDataRole.UserRole, field.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.fieldsList.addItem(item)
        self._fetch_preview()

    def select_row(self, row: int):
        """Select a result (as a click does)."""
        self.resultsView.selectionModel().setCurrentIndex(
            self.results.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _fetch_preview(self):
        dataset = self.dataset
        if dataset is None or self.tabs.currentWidget() is not self.previewTab:
            return
        key = (self.portal(), dataset.dataset_id)
        if self.preview_of == key:
            return
        self.preview_of = key
        self.preview.reset([], [])
        self.previewLabel.setText(tr("Loading the first records…"))

        def done(page, error):
            if self.preview_of != key:
                return
            if error is not None:
                self.preview_of = None
                self.previewLabel.setText(str(error))
                if isinstance(error, errors.AuthenticationError):
                    self._handle_error(error, self._fetch_preview)
                return
            self.preview.reset(dataset.attribute_fields, page.results)
            self.previewLabel.setText(
                tr("First {shown} of {total}.").format(
                    shown=len(page.results), total=records_text(page.total_count)
                )
            )

        self.runner.start(
            "preview",
            tr("Preview of {dataset}").format(dataset=dataset.dataset_id),
            lambda feedback: self.client(feedback).records(dataset.dataset_id, limit=PREVIEW_ROWS),
            done,
        )

    def _canvas(self):
        return self.iface.mapCanvas() if self.iface is not None else None

    def zoom_to_dataset(self):
        canvas, dataset = self._canvas(), self.dataset
        if canvas is None or dataset is None or not dataset.bbox:
            return
        box = QgsRectangle(*dataset.bbox)
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            canvas.mapSettings().destinationCrs(),
            QgsProject.instance(),
        )
        extent = transform.transformBoundingBox(box)
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refresh()

    def open_on_portal(self):
        if self.dataset is not None:
            QDesktopServices.openUrl(QUrl(self.client().dataset_page(self.dataset.dataset_id)))

    # --- load ---------------------------------------------------------------------------

    def checked_fields(self) -> list:
        items = [self.fieldsList.item(i) for i in range(self.fieldsList.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def load_request(self):
        """What the Load tab asks for, or None (with the reason shown) when incomplete."""
        dataset = self.dataset
        if dataset is None:
            return None
        checked = self.checked_fields()
        if self.fieldsList.count() and not checked:
            self.loadStatus.setText(tr("Choose at least one field."))
            return None
        fields = () if len(checked) == self.fieldsList.count() else tuple(checked)
        output = ""
        if self.geopackageRadio.isChecked():
            output = self.geopackageFile.filePath().strip()
            if not output:
                self.loadStatus.setText(tr("Choose the GeoPackage file to write."))
                return None
            if not output.lower().endswith(".gpkg"):
                output += ".gpkg"
        extent, crs = None, None
        canvas = self._canvas()
        if self.extentCheck.isChecked() and canvas is not None:
            extent = canvas.extent()
            crs = canvas.mapSettings().destinationCrs()
            if not crs.authid():  # a custom CRS: send the extent in longitude/latitude
                extent = odsql.to_wgs84(extent, crs, QgsProject.instance().transformContext())
                crs = QgsCoordinateReferenceSystem(odsql.WGS84)
        return LoadRequest(
            portal=self.portal(),
            dataset=dataset,
            authcfg=self.store.authcfg(self.portal()),
            where=self.whereEdit.toPlainText().strip(),
            extent=extent,
            extent_crs=crs,
            fields=fields,
            output=output,
        )

    def load(self):
        self.filterMessage.hide()
        request = self.load_request()
        if request is not None:
            self.loader.load(request)

    def _set_loading(self, loading: bool):
        self.loadButton.setEnabled(not loading)
        self.cancelButton.setEnabled(loading)
        self.progressBar.setVisible(loading)
        self.loadScroll.ensureWidgetVisible(self.loadStatus)

    def _load_checking(self):
        self._set_loading(True)
        self.progressBar.setRange(0, 0)
        self.loadStatus.setText(tr("Checking the filter with the portal…"))

    def _load_running(self):
        self._set_loading(True)
        self.progressBar.setRange(0, 100)
        self.progressBar.setValue(0)
        self.loadStatus.setText(
            tr("Downloading {title}…").format(title=self.loader.request.dataset.title)
        )

    def _load_failed(self, message, error):
        self._set_loading(False)
        if isinstance(error, errors.QueryError):
            self.filterMessage.setText(error.portal_message)
            self.filterMessage.show()
            self.loadStatus.setText(tr("The portal rejected the filter: nothing was downloaded."))
        elif isinstance(error, errors.AuthenticationError):
            self.loadStatus.setText(message)
            self._handle_error(error, self.load)
        else:
            self.loadStatus.setText(message)

    def _load_canceled(self):
        self._set_loading(False)
        self.loadStatus.setText(tr("Canceled: nothing was loaded."))

    def _load_done(self, layer):
        self._set_loading(False)
        self.loadStatus.setText(
            tr("{count} features loaded in the layer '{name}'.").format(
                count=layer.featureCount(), name=layer.name()
            )
        )


def details_html(dataset) -> str:
    """The details pane: what the catalogue says, the description sanitised."""
    rows = [
        (tr("Publisher"), escape(dataset.publisher)),
        (tr("Licence"), _link(dataset.license, dataset.license_url)),
        (tr("Modified"), escape(short_date(dataset.modified))),
        (tr("Records"), escape(records_text(dataset.records_count))),
        (tr("Themes"), escape(", ".join(dataset.themes))),
        (tr("Keywords"), escape(", ".join(dataset.keywords))),
        (tr("Identifier"), escape(dataset.dataset_id)),
    ]
    table = "".join(
        f"<tr><td nowrap><b>{label}</b></td><td>{value}</td></tr>" for label, value in rows if value
    )
    return (
        f"<h3>{escape(dataset.title)}</h3><table cellspacing='2'>{table}</table>"
        f"<hr>{sanitize(dataset.description)}"
    )


def _link(text: str, url: str) -> str:
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'
    return escape(text)


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
