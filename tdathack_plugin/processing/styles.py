"""Styles applied to algorithm outputs when QGIS loads them (legends follow the QGIS language)."""

from typing import ClassVar

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
)
from qgis.PyQt.QtGui import QColor

from ..toolbelt.i18n import tr

# From zone blanche (no operator) to every operator: red, oranges, yellow, green.
RAMP = ("#d7191c", "#fdae61", "#fee08b", "#d9ef8b", "#a6d96a", "#1a9641")


def _colour(count: int, expected: int) -> QColor:
    if count == 0:
        return QColor(RAMP[0])
    if count >= expected:
        return QColor(RAMP[-1])
    middle = RAMP[1:-1]
    return QColor(middle[min(len(middle) - 1, (count - 1) * len(middle) // max(1, expected - 1))])


def operator_count_label(count: int, expected: int) -> str:
    if count == 0:
        return tr("Zone blanche: no operator")
    if count >= expected:
        if expected == 1:
            return tr("Covered by the operator")
        return tr("All {n} operators").format(n=expected)
    return tr("Zone grise: {k}/{n} operators").format(k=count, n=expected)


def fill_symbol(colour: str) -> QgsFillSymbol:
    """A polygon of that colour with a thin grey outline."""
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#6b6b6b", "outline_width": "0.1"}
    )


def line_symbol(colour: str) -> QgsLineSymbol:
    return QgsLineSymbol.createSimple({"color": colour, "width": "0.9"})


def categorized_renderer(expression: str, categories, symbol=fill_symbol):
    """A categorized renderer from (value, colour, label) triples, `symbol(colour)` for each."""
    return QgsCategorizedSymbolRenderer(
        expression,
        [QgsRendererCategory(value, symbol(colour), label) for value, colour, label in categories],
    )


def operator_count_renderer(
    field: str, expected: int, symbol=fill_symbol
) -> QgsCategorizedSymbolRenderer:
    """Categories 0..expected operators, red (zone blanche) to green (every operator)."""
    ramp_end = max(expected, 1)
    return categorized_renderer(
        field,
        [
            (count, _colour(count, ramp_end).name(), operator_count_label(count, ramp_end))
            for count in range(expected + 1)
        ],
        symbol,
    )


class LayerFinisher(QgsProcessingLayerPostProcessorInterface):
    """Finishes an output layer QGIS loads, with `finish(layer)` (kept alive until used)."""

    _alive: ClassVar[set] = set()

    def __init__(self, finish):
        super().__init__()
        self.finish = finish

    @classmethod
    def attach(cls, context, dest_id, finish):
        if not context.willLoadLayerOnCompletion(dest_id):
            return
        finisher = cls(finish)
        cls._alive.add(finisher)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(finisher)

    def postProcessLayer(self, layer, context, feedback):
        self.finish(layer)
        layer.triggerRepaint()
        LayerFinisher._alive.discard(self)


class RendererSetter:
    """Gives a loaded output layer its renderer."""

    @staticmethod
    def attach(context, dest_id, make_renderer):
        LayerFinisher.attach(context, dest_id, lambda layer: layer.setRenderer(make_renderer()))
