"""tdathack:measurementgrid — measured quality (bitrate, signal) summarised on a regular grid."""

import numpy as np
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...coverage.grid import GRID_TYPES, cell_id, cell_polygon, cells_of
from ...coverage.operators import operator_name, sorted_operators
from ...coverage.percentiles import INSUFFICIENT, NOT_ENOUGH_DATA, SUFFICIENT, summarise
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..styles import RendererSetter, categorized_renderer
from ..values import Tally, number_from
from .base import TDatHackAlgorithm

STATUS_COLOURS = {SUFFICIENT: "#1a9641", INSUFFICIENT: "#d7191c", NOT_ENOUGH_DATA: "#bdbdbd"}
MIN_CELL_SIZE = 0.01  # metres: cell numbers of smaller cells overflow over a country


class MeasurementGridAlgorithm(TDatHackAlgorithm):
    NAME = "measurementgrid"
    GROUP = "mobile"
    TAGS = tr_noop("qos,measure,bitrate,speed,signal,crowdsourcing,grid,hexagon,median")
    DISPLAY_NAME = tr_noop("Measured quality per grid cell")

    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
    OPERATOR_FIELD = "OPERATOR_FIELD"
    GRID_TYPE = "GRID_TYPE"
    CELL_SIZE = "CELL_SIZE"
    THRESHOLD = "THRESHOLD"
    MIN_COUNT = "MIN_COUNT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Measurement points (Arcep QoS campaign, crowdsourcing)"),
                [qgis_enums.SOURCE_POINT],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.VALUE_FIELD,
                self.tr("Measured value field (bitrate, signal...)"),
                parentLayerParameterName=self.INPUT,
                type=qgis_enums.FIELD_NUMERIC,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.OPERATOR_FIELD,
                self.tr("Operator field (one grid per operator)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GRID_TYPE,
                self.tr("Grid type"),
                options=[self.tr("Square"), self.tr("Hexagon")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL_SIZE,
                self.tr("Cell size (metres: side of a square, width of a hexagon)"),
                qgis_enums.NUMBER_DOUBLE,
                defaultValue=500,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold: a measure under it is insufficient (unit of the value)"),
                qgis_enums.NUMBER_DOUBLE,
                defaultValue=8,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_COUNT,
                self.tr("Minimum number of measures per cell"),
                qgis_enums.NUMBER_INTEGER,
                defaultValue=5,
                minValue=1,
            )
        )
        self.addMetricCrsParameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Measured quality grid"),
                qgis_enums.SOURCE_POLYGON,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        source = inputs.source(self.INPUT, points=True)
        fields = source.fields()
        value_field = inputs.field(self.VALUE_FIELD, fields, self.INPUT, required=True)
        value_index = fields.indexOf(value_field)
        operator_field = inputs.field(self.OPERATOR_FIELD, fields, self.INPUT)
        operator_index = fields.indexOf(operator_field) if operator_field else -1
        grid_type = GRID_TYPES[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        size = inputs.number(self.CELL_SIZE)
        if size < MIN_CELL_SIZE:
            raise QgsProcessingException(
                self.tr("{parameter} must be at least {least} m, not {size:g}.").format(
                    parameter=inputs.label(self.CELL_SIZE), least=MIN_CELL_SIZE, size=size
                )
            )
        threshold = inputs.number(self.THRESHOLD, positive=False)
        min_count = self.parameterAsInt(parameters, self.MIN_COUNT, context)
        crs = self.metricCrs(parameters, context, source)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))

        xs, ys, values, operators, skipped = self.read(
            source, value_index, operator_index, crs, context, feedback
        )
        skipped.warn(feedback)
        if not values:
            raise QgsProcessingException(self.tr("No measure with a point and a value."))
        names = sorted_operators(operators) if operator_index >= 0 else [NULL]
        codes = np.array(
            [names.index(o) for o in operators] if operator_index >= 0 else [0] * len(values)
        )
        first, second = cells_of(xs, ys, grid_type, size)
        values = np.asarray(values, dtype=float)
        order = np.lexsort((second, first, codes))
        keys = np.stack((codes[order], first[order], second[order]), axis=1)
        starts = np.flatnonzero(np.any(np.diff(keys, axis=0) != 0, axis=1)) + 1
        groups = np.split(order, starts)
        feedback.pushInfo(
            self.tr("{n} measures in {c} cells.").format(n=len(values), c=len(groups))
        )

        outputs = OutputSinks(self, parameters, context)
        dest_id = outputs.create(self.OUTPUT, grid_fields(), qgis_enums.WKB_POLYGON, crs)
        try:
            for number, group in enumerate(groups):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled: no output was written."))
                cell = (int(first[group[0]]), int(second[group[0]]))
                summary = summarise(values[group], threshold, min_count)
                feature = QgsFeature()
                feature.setGeometry(cell_polygon(*cell, grid_type, size))
                feature.setAttributes(
                    [
                        cell_id(*cell),
                        names[codes[group[0]]],
                        summary.n,
                        summary.median,
                        summary.p10,
                        summary.share_below,
                        summary.status,
                    ]
                )
                outputs.add(self.OUTPUT, feature)
                feedback.setProgress(50 + 50 * (number + 1) / len(groups))
        except BaseException:
            outputs.discard()
            raise
        outputs.close()
        RendererSetter.attach(context, dest_id, lambda: status_renderer(threshold, min_count))
        return {self.OUTPUT: dest_id}

    def read(self, source, value_index, operator_index, crs, context, feedback):
        """Coordinates in the metric CRS, values and operator names of the usable measures."""
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        request.setSubsetOfAttributes([i for i in (value_index, operator_index) if i >= 0])
        flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
        xs, ys, values, operators = [], [], [], []
        skipped = Tally(
            self.tr("{n} measures without a point or a number were skipped (features {ids}).")
        )
        total = source.featureCount() or 1
        for number, feature in enumerate(source.getFeatures(request, flags)):
            if number % 10000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled: no output was written."))
                feedback.setProgress(50 * number / total)
            value, _text = number_from(feature[value_index])  # "N/A" in a text column: skipped
            geometry = feature.geometry()
            if value is None or geometry.isEmpty():
                skipped.add(feature.id())
                continue
            for point in geometry.constGet().vertices():  # a multipoint counts once per part
                xs.append(point.x())
                ys.append(point.y())
                values.append(value)
                if operator_index >= 0:
                    operators.append(operator_name(feature[operator_index]))
        return xs, ys, values, operators, skipped


def grid_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (
        ("cell_id", field_types.STRING),
        ("operator", field_types.STRING),
        ("n", field_types.INT),
        ("median", field_types.DOUBLE),
        ("p10", field_types.DOUBLE),
        ("share_below", field_types.DOUBLE),
        ("status", field_types.STRING),
    ):
        fields.append(QgsField(name, kind))
    return fields


def status_label(status: str, threshold: float, min_count: int) -> str:
    if status == SUFFICIENT:
        return tr("Sufficient: median ≥ {t}").format(t=f"{threshold:g}")
    if status == INSUFFICIENT:
        return tr("Insufficient: median < {t}").format(t=f"{threshold:g}")
    return tr("Not enough data: fewer than {n} measures").format(n=min_count)


def status_renderer(threshold: float, min_count: int) -> QgsCategorizedSymbolRenderer:
    return categorized_renderer(
        "status",
        [
            (status, colour, status_label(status, threshold, min_count))
            for status, colour in STATUS_COLOURS.items()
        ],
    )
