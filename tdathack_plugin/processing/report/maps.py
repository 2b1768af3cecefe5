"""Map images rendered by QGIS itself, for the HTML report (PNG) and the PDF layout."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ...coverage.classes import BLANCHE
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..styles import RAMP, operator_count_renderer

WIDTH = 1000  # px
OTHER = "other"
SITE_COLOUR = "#2b83ba"


def memory_copy(source, crs, context, name: str) -> QgsVectorLayer:
    """The features of a Processing source in a memory layer of this thread, in `crs`."""
    geometry = QgsWkbTypes.displayString(source.wkbType())
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid()}", name, "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS  # drawn as they are
    layer.dataProvider().addFeatures(list(source.getFeatures(request, flags)))
    layer.updateExtents()
    return layer


def style_coverage(layer: QgsVectorLayer, expected: int) -> None:
    """Red (zone blanche) to green (every operator), as tdathack:mobilegaps' loaded output."""
    layer.setRenderer(operator_count_renderer("n_operators", expected))


def style_blanche(layer: QgsVectorLayer) -> None:
    """Zones blanches in red, every other zone in light grey."""
    categories = [
        QgsRendererCategory(BLANCHE, _fill(RAMP[0]), tr("Zone blanche: no operator")),
        QgsRendererCategory(OTHER, _fill("#e6e6e6"), tr("Covered by at least one operator")),
    ]
    expression = f"CASE WHEN \"class\" = '{BLANCHE}' THEN '{BLANCHE}' ELSE '{OTHER}' END"
    layer.setRenderer(QgsCategorizedSymbolRenderer(expression, categories))


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#6b6b6b", "outline_width": "0.1"}
    )


def style_sites(layer: QgsVectorLayer) -> None:
    """Blue triangles labelled with their rank."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "triangle", "color": SITE_COLOUR, "size": "4", "outline_color": "#ffffff"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    text = QgsTextFormat()
    text.setSize(10)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1)
    text.setBuffer(buffer)
    labels = QgsPalLayerSettings()
    labels.fieldName = "rank"
    labels.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)


def map_settings(layers, extent, crs, width: int = WIDTH) -> QgsMapSettings:
    """Settings drawing `layers` (top first) over `extent` with a 5 % margin."""
    extent = extent.buffered(0.05 * max(extent.width(), extent.height()))
    height = max(1, round(width * extent.height() / max(extent.width(), 1e-9)))
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(width, min(height, 2 * width)))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#ffffff"))
    settings.setFlag(qgis_enums.MAP_ANTIALIASING, True)
    settings.setFlag(qgis_enums.MAP_DRAW_LABELING, True)
    return settings


def render_png(settings: QgsMapSettings) -> bytes:
    """Render in the calling thread (its layers must belong to it) and encode as PNG."""
    image = QImage(settings.outputSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(settings.backgroundColor())
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def legend(layer: QgsVectorLayer) -> list:
    """[(colour, label)] of a categorized layer, for an HTML legend."""
    return [
        (category.symbol().color().name(), category.label())
        for category in layer.renderer().categories()
    ]
