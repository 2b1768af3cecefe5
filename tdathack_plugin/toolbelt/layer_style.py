"""A readable default look for downloaded layers, chosen from their geometry type."""

from qgis.core import QgsSingleSymbolRenderer, QgsSymbol
from qgis.PyQt.QtGui import QColor

from . import qgis_enums

FILL = "#1d4e89"
ACCENT = "#f28c28"


def apply_style(layer) -> None:
    """Points: orange dots; lines: blue; polygons: light blue fill with a blue outline."""
    kind = layer.geometryType()
    if kind not in (
        qgis_enums.POINT_GEOMETRY,
        qgis_enums.LINE_GEOMETRY,
        qgis_enums.POLYGON_GEOMETRY,
    ):
        return
    symbol = QgsSymbol.defaultSymbol(kind)
    if kind == qgis_enums.POINT_GEOMETRY:
        symbol.setColor(QColor(ACCENT))
        symbol.setSize(2.4)
        symbol.symbolLayer(0).setStrokeColor(QColor("white"))
    elif kind == qgis_enums.LINE_GEOMETRY:
        symbol.setColor(QColor(FILL))
        symbol.setWidth(0.6)
    else:
        fill = QColor(FILL)
        fill.setAlpha(60)
        symbol.setColor(fill)
        symbol.symbolLayer(0).setStrokeColor(QColor(FILL))
        symbol.symbolLayer(0).setStrokeWidth(0.4)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()
