"""The report as a PDF through a QGIS print layout: key figures, maps, the table of units."""

from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QFont

from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr, user_language
from .page import Numbers, figure_items, title, unit_columns, unit_rows

MM = qgis_enums.LAYOUT_MILLIMETERS
MARGIN = 10.0
WIDTH, HEIGHT = 297.0, 210.0  # A4 landscape


def _label(layout, text: str, x, y, width, height, size: float = 10, bold: bool = False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24; setFont() is deprecated from then on
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        text_format.setSizeUnit(qgis_enums.RENDER_POINTS)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(width, height, MM))
    layout.addLayoutItem(label)
    return label


def _page(layout) -> int:
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def _map(layout, page: int, heading: str, settings, legend_layer):
    """One page: a heading, the map (right) and its legend (left)."""
    top = layout.pageCollection().page(page).pos().y()
    _label(layout, heading, MARGIN, top + MARGIN, WIDTH - 2 * MARGIN, 10, 14, True)
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(100, top + 25, MM))
    item.attemptResize(QgsLayoutSize(WIDTH - 100 - MARGIN, HEIGHT - 25 - MARGIN, MM))
    item.setCrs(settings.destinationCrs())
    item.setLayers(settings.layers())
    item.setKeepLayerSet(True)
    item.zoomToExtent(settings.extent())
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    root.addLayer(legend_layer)
    legend.model().setRootGroup(root)
    legend.setLinkedMap(item)
    legend.attemptMove(QgsLayoutPoint(MARGIN, top + 25, MM))
    layout.addLayoutItem(legend)
    return root  # the legend model does not own its root


def export_pdf(path: str, diagnostic, territory: str, maps) -> None:
    """maps: [(heading, QgsMapSettings, layer shown in the legend)]."""
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.setName(title(territory))
    fmt = Numbers(user_language())
    _page(layout)
    _label(layout, title(territory), MARGIN, MARGIN, WIDTH - 2 * MARGIN, 12, 18, True)
    figures = "\n".join(f"{text}  {label}" for _k, label, text, _v in figure_items(diagnostic, fmt))
    _label(layout, figures, MARGIN, 30, WIDTH - 2 * MARGIN, HEIGHT - 40, 12)
    legend_roots = [  # kept alive until the export
        _map(layout, _page(layout), heading, settings, legend_layer)
        for heading, settings, legend_layer in maps
    ]

    page = _page(layout)
    top = layout.pageCollection().page(page).pos().y()
    _label(
        layout,
        tr("Territory units, by inhabitants in zone blanche"),
        MARGIN,
        top + MARGIN,
        WIDTH - 2 * MARGIN,
        10,
        14,
        True,
    )
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    table.setColumns([QgsLayoutTableColumn(heading) for heading, _numeric in unit_columns()])
    for _unit, cells in unit_rows(diagnostic, fmt):
        table.addRow([text for text, _value in cells])
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(MARGIN, top + 25, MM))
    frame.attemptResize(QgsLayoutSize(WIDTH - 2 * MARGIN, HEIGHT - 25 - MARGIN, MM))
    table.addFrame(frame)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)

    result = QgsLayoutExporter(layout).exportToPdf(path, QgsLayoutExporter.PdfExportSettings())
    del legend_roots
    if result != QgsLayoutExporter.ExportResult.Success:
        raise QgsProcessingException(
            tr("The PDF could not be written to {path}.").format(path=path)
        )
