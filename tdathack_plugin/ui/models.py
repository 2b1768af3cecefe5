"""Small Qt models of the dock: catalogue results and preview records."""

import pickle
from collections.abc import Sequence
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsWkbTypes
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
)
from qgis.PyQt.QtGui import QStandardItemModel

from ..ods import layers
from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr, user_language

_ICONS = {
    qgis_enums.POINT_GEOMETRY: "/mIconPointLayer.svg",
    qgis_enums.LINE_GEOMETRY: "/mIconLineLayer.svg",
    qgis_enums.POLYGON_GEOMETRY: "/mIconPolygonLayer.svg",
}


def geometry_icon(dataset):
    """The QGIS layer icon of the dataset's geometry type (table icon without geometry)."""
    return QgsApplication.getThemeIcon(_geometry_icon_name(dataset))


def _geometry_icon_name(dataset) -> str:
    if not dataset.is_geo:
        return "/mIconTableLayer.svg"
    kind = QgsWkbTypes.geometryType(layers.geometry_type(dataset))
    if kind not in _ICONS and dataset.geometry_field.type == "geo_point_2d":
        kind = qgis_enums.POINT_GEOMETRY
    return _ICONS.get(kind, "/mIconGeometryCollectionLayer.svg")


def user_locale() -> QLocale:
    """The locale of the QGIS interface (dates, thousands separators)."""
    return QLocale(user_language())


def short_date(iso_text: str, locale=None) -> str:
    """An ISO 8601 date or date-time as a short date in the user's locale ('' if unreadable)."""
    date = QDate.fromString((iso_text or "")[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return ""
    return (locale or user_locale()).toString(date, QLocale.FormatType.ShortFormat)


def records_text(count: int, locale=None) -> str:
    return tr("{count} records").format(count=(locale or user_locale()).toString(int(count)))


class PackedDatasets(Sequence):
    """Datasets kept pickled, read back when asked for: a catalogue of tens of thousands stays a
    list of bytes, which Python's garbage collector does not walk (as objects, their fields and
    tuples made each full collection freeze QGIS for a quarter of a second)."""

    def __init__(self):
        self._packed = []

    def __len__(self):
        return len(self._packed)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [pickle.loads(packed) for packed in self._packed[index]]
        return pickle.loads(self._packed[index])

    def extend(self, packed) -> None:
        self._packed.extend(packed)


@dataclass(frozen=True)
class ResultRow:
    """What the result list shows of a dataset, made in any thread (result_rows)."""

    dataset_id: str
    packed: bytes  # the pickled Dataset
    text: str
    tooltip: str
    icon: str  # a QGIS theme icon


def result_rows(datasets) -> list:
    """The ResultRows of datasets, in order: made in the task that read them, so that the main
    thread has only to insert them."""
    locale, rows = user_locale(), []
    for dataset in datasets:
        count = records_text(dataset.records_count, locale)
        details = [dataset.publisher, count, short_date(dataset.modified, locale)]
        text = f"{dataset.title}\n{' · '.join(d for d in details if d)}"
        packed = pickle.dumps(dataset, pickle.HIGHEST_PROTOCOL)
        tooltip = f"{text}\n{dataset.dataset_id}"  # the whole text, cut in a narrow dock
        icon = _geometry_icon_name(dataset)
        rows.append(ResultRow(dataset.dataset_id, packed, text, tooltip, icon))
    return rows


class DatasetListModel(QStandardItemModel):
    """Catalogue results: title, then publisher, record count and modification date.

    The rows are Qt items: the list view lays out and paints tens of thousands of them without
    calling Python (a Python model's rowCount() is called for every row at each page added).
    The datasets themselves are kept packed (`datasets`, a PackedDatasets).
    """

    def __init__(self, parent=None):
        super().__init__(0, 1, parent)
        self.datasets = PackedDatasets()
        self.total = 0
        self._known = set()

    def reset(self, rows, total: int) -> None:
        """The list of these ResultRows, of `total` in all."""
        self.setRowCount(0)
        self.datasets, self._known, self.total = PackedDatasets(), set(), total
        self.append(rows)

    def append(self, rows) -> None:
        """The next page's ResultRows (those already listed are skipped)."""
        new = [row for row in rows if row.dataset_id not in self._known]
        if not new:
            return
        self._known.update(row.dataset_id for row in new)
        self.datasets.extend(row.packed for row in new)
        first, icons = self.rowCount(), {}
        self.insertRows(first, len(new))
        for number, row in enumerate(new, first):  # no item wrapper kept alive in Python
            if row.icon not in icons:
                icons[row.icon] = QgsApplication.getThemeIcon(row.icon)
            roles = {
                Qt.ItemDataRole.DisplayRole: row.text,
                Qt.ItemDataRole.ToolTipRole: row.tooltip,
                Qt.ItemDataRole.DecorationRole: icons[row.icon],
            }
            self.setItemData(self.index(number, 0), roles)

    def dataset_at(self, row: int):
        """The dataset of a row (None for no row)."""
        return self.datasets[row] if 0 <= row < len(self.datasets) else None

    def has_more(self) -> bool:
        return len(self.datasets) < self.total

    def stop_paging(self) -> None:
        """No more pages for this list (the portal refused the next one)."""
        self.total = len(self.datasets)


def cell_text(value) -> str:
    """A record value as preview text (points as lat, lon; shapes by their type)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        if "lat" in value and "lon" in value:
            return f"{value['lat']}, {value['lon']}"
        geometry = value.get("geometry", value)
        return str(geometry.get("type", "")) if isinstance(geometry, dict) else ""
    if isinstance(value, list):
        return ", ".join(cell_text(v) for v in value)
    return str(value)


class RecordsModel(QAbstractTableModel):
    """Preview records, one column per field (labels as headers, names as tooltips)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields = []
        self.rows = []

    def reset(self, fields, records) -> None:
        self.beginResetModel()
        self.fields = list(fields)
        self.rows = [[cell_text(record.get(f.name)) for f in self.fields] for record in records]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self.fields):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fields[section].label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.fields[section].name
        return None
