"""The Details tab of the dock: what the catalogue says about the chosen dataset, its fields,
zoom to its extent and open its page on the portal."""

from html import escape

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QObject, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ..ods.rich_text import sanitize
from ..toolbelt.i18n import tr
from .models import records_text, short_date

FIELD_COLUMN_MAX = 110  # px: names and types stay readable, labels get the rest


class DetailsPanel(QObject):
    """Shows the chosen dataset's description and fields."""

    def __init__(self, browser):
        super().__init__(browser)
        self.browser = browser
        table = browser.fieldsTable
        table.setColumnCount(3)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        browser.zoomButton.clicked.connect(self.zoom_to_dataset)
        browser.openPortalButton.clicked.connect(self.open_on_portal)

    def display(self, dataset):
        """Describe `dataset` (None: empty)."""
        if dataset is None:
            self.browser.detailsBrowser.clear()
            self.browser.fieldsTable.setRowCount(0)
            return
        self.browser.detailsBrowser.setHtml(details_html(dataset))
        self._fill_fields(dataset.fields)
        canvas = self.browser.canvas()
        self.browser.zoomButton.setEnabled(bool(dataset.bbox) and canvas is not None)

    def _fill_fields(self, fields):
        table = self.browser.fieldsTable
        table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            for column, text in enumerate((field.name, field.label, field.type)):
                table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), FIELD_COLUMN_MAX))

    def zoom_to_dataset(self):
        canvas, dataset = self.browser.canvas(), self.browser.dataset
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
        dataset = self.browser.dataset
        if dataset is not None:
            page = self.browser.client().dataset_page(dataset.dataset_id)
            QDesktopServices.openUrl(QUrl(page))


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
    # One line per fact, label first: a two-column table breaks words in a narrow dock.
    facts = "<br>".join(
        tr("{label}: {value}").format(label=f"<b>{label}</b>", value=value)
        for label, value in rows
        if value
    )
    return f"<h3>{escape(dataset.title)}</h3><p>{facts}</p><hr>{sanitize(dataset.description)}"


def _link(text: str, url: str) -> str:
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'
    return escape(text)
