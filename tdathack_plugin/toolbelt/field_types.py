"""Attribute types for QgsField on every QGIS: QMetaType.Type from QGIS 3.38, which deprecates
the QVariant.Type constructors, and QVariant.Type before (QGIS 4 / Qt 6 knows only QMetaType)."""

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    STRING = QMetaType.Type.QString
    INT = QMetaType.Type.Int
    LONG = QMetaType.Type.LongLong
    DOUBLE = QMetaType.Type.Double
    BOOL = QMetaType.Type.Bool
    DATE = QMetaType.Type.QDate
    DATETIME = QMetaType.Type.QDateTime
    MAP = QMetaType.Type.QVariantMap
    LIST = QMetaType.Type.QVariantList
else:
    from qgis.PyQt.QtCore import QVariant

    STRING = QVariant.String
    INT = QVariant.Int
    LONG = QVariant.LongLong
    DOUBLE = QVariant.Double
    BOOL = QVariant.Bool
    DATE = QVariant.Date
    DATETIME = QVariant.DateTime
    MAP = QVariant.Map
    LIST = QVariant.List
