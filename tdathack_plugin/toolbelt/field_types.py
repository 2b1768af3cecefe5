"""Attribute types for QgsField on every QGIS: QMetaType.Type from QGIS 3.38, which deprecates
the QVariant.Type constructors, and QVariant.Type before (QGIS 4 / Qt 6 knows only QMetaType)."""

from qgis.core import Qgis, QgsField, QgsFields
from qgis.PyQt import QtCore


def _type(meta_type: str, variant: str):
    """QMetaType.Type.<meta_type> from QGIS 3.38, QVariant.<variant> before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        return getattr(QtCore.QMetaType.Type, meta_type)
    return getattr(QtCore.QVariant, variant)


STRING = _type("QString", "String")
INT = _type("Int", "Int")
LONG = _type("LongLong", "LongLong")
DOUBLE = _type("Double", "Double")
BOOL = _type("Bool", "Bool")
DATE = _type("QDate", "Date")
DATETIME = _type("QDateTime", "DateTime")
MAP = _type("QVariantMap", "Map")
LIST = _type("QVariantList", "List")


def fields_of(*columns) -> QgsFields:
    """The fields of those columns, in order: a QgsField, or (name, one of the types above)."""
    fields = QgsFields()
    for column in columns:
        fields.append(column if isinstance(column, QgsField) else QgsField(*column))
    return fields
