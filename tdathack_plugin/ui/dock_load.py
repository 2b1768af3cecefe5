"""The Load tab of the dock: filter, map extent, fields and output file of the chosen dataset
(a LoadRequest for ui/loader.py), then where the load stands. Ctrl+Enter loads from anywhere
in the tab; what goes wrong is shown in the browser's one error box."""

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QListWidgetItem, QShortcut, QToolButton, QWidget

from ..ods import errors, odsql
from ..toolbelt.i18n import tr
from .loader import LoadRequest

LOAD_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class LoadPanel(QObject):
    """Turns the options into a LoadRequest, runs it with the browser's loader, shows its state."""

    def __init__(self, browser):
        super().__init__(browser)
        self.browser = browser
        self.loader = browser.loader
        self.filter_for = None  # the dataset the filter was written for
        browser.geopackageFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        browser.geopackageFile.setFilter("GeoPackage (*.gpkg)")
        _file_widget_in_tab_order(browser)
        browser.progressBar.hide()
        browser.geopackageRadio.toggled.connect(browser.geopackageFile.setEnabled)
        browser.loadButton.clicked.connect(self.load)
        for keys in LOAD_KEYS:
            shortcut = QShortcut(QKeySequence(keys), browser.loadTab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._load_by_key)
        browser.cancelButton.clicked.connect(self.loader.cancel)
        self.loader.checking.connect(self._checking)
        self.loader.running.connect(self._running)
        self.loader.progressChanged.connect(lambda value: browser.progressBar.setValue(int(value)))
        self.loader.failed.connect(self._failed)
        self.loader.canceled.connect(self._canceled)
        self.loader.loaded.connect(self._done)

    def display(self, dataset):
        """The options of `dataset` (None: none), every field checked; the filter is kept for
        the same dataset only. A load in progress keeps its status."""
        browser = self.browser
        if not self.loader.busy():
            browser.loadStatus.setText("")
        browser.fieldsList.clear()
        if dataset is None:
            return
        if dataset.dataset_id != self.filter_for:
            browser.whereEdit.clear()  # a filter names the fields of its own dataset
            self.filter_for = dataset.dataset_id
        browser.extentCheck.setEnabled(dataset.is_geo and browser.canvas() is not None)
        if not browser.extentCheck.isEnabled():
            browser.extentCheck.setChecked(False)
        for field in dataset.attribute_fields:
            item = QListWidgetItem(
                f"{field.label} ({field.name})" if field.label != field.name else field.name
            )
            item.setData(Qt.ItemDataRole.UserRole, field.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            browser.fieldsList.addItem(item)

    def checked_fields(self) -> list:
        fields = self.browser.fieldsList
        items = [fields.item(i) for i in range(fields.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def request(self):
        """What the tab asks for, or None (with the reason shown) when incomplete."""
        browser, dataset = self.browser, self.browser.dataset
        if dataset is None:
            return None
        checked = self.checked_fields()
        if browser.fieldsList.count() and not checked:
            return self._incomplete(tr("Choose at least one field."))
        fields = () if len(checked) == browser.fieldsList.count() else tuple(checked)
        output = ""
        if browser.geopackageRadio.isChecked():
            output = browser.geopackageFile.filePath().strip()
            if not output:
                return self._incomplete(tr("Choose the GeoPackage file to write."))
            if not output.lower().endswith(".gpkg"):
                output += ".gpkg"
        extent, crs = self._extent()
        return LoadRequest(
            portal=browser.portal(),
            dataset=dataset,
            authcfg=browser.store.authcfg(browser.portal()),
            where=browser.whereEdit.toPlainText().strip(),
            extent=extent,
            extent_crs=crs,
            fields=fields,
            output=output,
        )

    def _incomplete(self, reason) -> None:
        """Nothing to load yet: say why."""
        self.browser.show_error(reason, "load")

    def _extent(self):
        """The map extent and its CRS when only what is in view is asked for, else None, None."""
        canvas = self.browser.canvas()
        if not self.browser.extentCheck.isChecked() or canvas is None:
            return None, None
        extent = canvas.extent()
        crs = canvas.mapSettings().destinationCrs()
        if not crs.authid():  # a custom CRS: send the extent in longitude/latitude
            extent = odsql.to_wgs84(extent, crs, QgsProject.instance().transformContext())
            crs = QgsCoordinateReferenceSystem(odsql.WGS84)
        return extent, crs

    def _load_by_key(self):
        if self.browser.loadButton.isEnabled() and self.browser.tabs.isEnabled():
            self.load()

    def load(self):
        request = self.request()
        if request is not None:
            self.loader.load(request)

    def _set_loading(self, loading: bool, status=""):
        browser = self.browser
        browser.loadButton.setEnabled(not loading)
        browser.cancelButton.setEnabled(loading)
        browser.progressBar.setVisible(loading)
        browser.loadStatus.setText(status)

    def _checking(self):
        self.browser.progressBar.setRange(0, 0)
        self._set_loading(True, tr("Checking the filter with the portal…"))

    def _running(self):
        self.browser.progressBar.setRange(0, 100)
        self.browser.progressBar.setValue(0)
        title = self.loader.request.dataset.title
        self._set_loading(True, tr("Downloading {title}…").format(title=title))

    def _failed(self, message, error):
        if isinstance(error, errors.QueryError):
            message = tr("The portal rejected the filter: {reason} Nothing was downloaded.").format(
                reason=_sentence(error.portal_message)
            )
        self._set_loading(False, tr("Nothing was loaded."))
        if isinstance(error, errors.AuthenticationError):
            self.browser.handle_error(error, self.load, "load")
        else:
            self.browser.show_error(message, "load")

    def _canceled(self):
        self._set_loading(False, tr("Canceled: nothing was loaded."))

    def _done(self, layer):
        self.browser.clear_error("load")
        self._set_loading(
            False,
            tr("{count} features loaded in the layer '{name}'.").format(
                count=layer.featureCount(), name=layer.name()
            ),
        )


def _file_widget_in_tab_order(browser):
    """The file box's own line edit and button between the GeoPackage choice and Load (the
    .ui tab order cannot place a compound widget)."""
    chain = [browser.geopackageRadio, browser.geopackageFile.lineEdit()]
    chain += browser.geopackageFile.findChildren(QToolButton)
    chain.append(browser.loadButton)
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


def _sentence(text: str) -> str:
    """The portal's message as a sentence of ours (ending with a full stop)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."
