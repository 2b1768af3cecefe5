"""Small Qt models of the dock: catalogue results and preview records."""

from qgis.core import QgsApplication, QgsWkbTypes
from qgis.PyQt.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
)

from ..ods import layers
from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr, user_language

DATASET_ROLE = Qt.ItemDataRole.UserRole + 1
_ICONS = {
    qgis_enums.POINT_GEOMETRY: "/mIconPointLayer.svg",
    qgis_enums.LINE_GEOMETRY: "/mIconLineLayer.svg",
    qgis_enums.POLYGON_GEOMETRY: "/mIconPolygonLayer.svg",
}


def geometry_icon(dataset):
    """The QGIS layer icon of the dataset's geometry type (table icon without geometry)."""
    if not dataset.is_geo:
        return QgsApplication.getThemeIcon("/mIconTableLayer.svg")
    kind = QgsWkbTypes.geometryType(layers.geometry_type(dataset))
    if kind not in _ICONS and dataset.geometry_field.type == "geo_point_2d":
        kind = qgis_enums.POINT_GEOMETRY
    return QgsApplication.getThemeIcon(_ICONS.get(kind, "/mIconGeometryCollectionLayer.svg"))


def user_locale() -> QLocale:
    """The locale of the QGIS interface (dates, thousands separators)."""
    return QLocale(user_language())


def short_date(iso_text: str) -> str:
    """An ISO 8601 date or date-time as a short date in the user's locale ('' if unreadable)."""
    date = QDate.fromString((iso_text or "")[:10], Qt.DateFormat.ISODate)
    return user_locale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else ""


def records_text(count: int) -> str:
    return tr("{count} records").format(count=user_locale().toString(int(count)))


class DatasetListModel(QAbstractListModel):
    """Catalogue results: title, then publisher, record count and modification date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.datasets = []
        self.total = 0

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.datasets)

    def reset(self, datasets, total: int) -> None:
        self.beginResetModel()
        self.datasets = list(datasets)
        self.total = total
        self.endResetModel()

    def append(self, datasets) -> None:
        known = {d.dataset_id for d in self.datasets}
        new = [d for d in datasets if d.dataset_id not in known]
        if not new:
            return
        first = len(self.datasets)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.datasets.extend(new)
        self.endInsertRows()

    def has_more(self) -> bool:
        return len(self.datasets) < self.total

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        dataset = self.datasets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = [dataset.publisher, records_text(dataset.records_count)]
            details.append(short_date(dataset.modified))
            return f"{dataset.title}\n{' · '.join(d for d in details if d)}"
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, which a narrow dock elides
            return f"{self.data(index)}\n{dataset.dataset_id}"
        if role == Qt.ItemDataRole.DecorationRole:
            return geometry_icon(dataset)
        if role == DATASET_ROLE:
            return dataset
        return None


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
