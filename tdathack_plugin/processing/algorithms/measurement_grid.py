"""tdathack:measurementgrid — measured quality (bitrate, signal) summarised on a regular grid."""

import itertools

import numpy as np
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...coverage.grid import GRID_TYPES, cell_id, cell_polygon, cells_of
from ...coverage.operators import operator_name, sorted_operators
from ...coverage.percentiles import INSUFFICIENT, NOT_ENOUGH_DATA, SUFFICIENT, summarise
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from .. import bulk_sources
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..qgis_points import plain
from ..run_steps import Steps, stop_if_cancelled
from ..styles import RendererSetter, categorized_renderer
from ..values import Tally, number_from
from .base import TDatHackAlgorithm

STATUS_COLOURS = {SUFFICIENT: "#1a9641", INSUFFICIENT: "#d7191c", NOT_ENOUGH_DATA: "#bdbdbd"}
MIN_CELL_SIZE = 0.01  # metres: cell numbers of smaller cells overflow over a country
PROGRESS_EVERY = 10000  # measures read between two looks at the cancel button


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
        self.add_source(
            self.INPUT,
            self.tr("Measurement points (Arcep QoS campaign, crowdsourcing)"),
            [qgis_enums.SOURCE_POINT],
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.VALUE_FIELD,
                self.tr("Measured value field (bitrate, signal...)"),
                parentLayerParameterName=self.INPUT,
                type=qgis_enums.FIELD_NUMERIC,
            )
        )
        self.add_field(
            self.OPERATOR_FIELD, self.tr("Operator field (one grid per operator)"), self.INPUT
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GRID_TYPE,
                self.tr("Grid type"),
                options=[self.tr("Square"), self.tr("Hexagon")],
                defaultValue=0,
            )
        )
        double, integer = qgis_enums.NUMBER_DOUBLE, qgis_enums.NUMBER_INTEGER
        size = self.tr("Cell size (metres: side of a square, width of a hexagon)")
        self.addParameter(QgsProcessingParameterNumber(self.CELL_SIZE, size, double, 500))
        threshold = self.tr("Threshold: a measure under it is insufficient (unit of the value)")
        self.addParameter(QgsProcessingParameterNumber(self.THRESHOLD, threshold, double, 8))
        count = self.tr("Minimum number of measures per cell")
        self.addParameter(
            QgsProcessingParameterNumber(self.MIN_COUNT, count, integer, 5, minValue=1)
        )
        self.addMetricCrsParameter()
        self.add_sink(self.OUTPUT, self.tr("Measured quality grid"), qgis_enums.SOURCE_POLYGON)

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        source = inputs.source(self.INPUT, points=True)
        fields = source.fields()
        value_field = inputs.field(self.VALUE_FIELD, fields, self.INPUT, required=True)
        operator_field = inputs.field(self.OPERATOR_FIELD, fields, self.INPUT)
        grid_type = GRID_TYPES[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        size = self.cell_size(inputs)
        threshold = inputs.number(self.THRESHOLD, positive=False)
        min_count = self.parameterAsInt(parameters, self.MIN_COUNT, context)
        crs = self.computation_crs(parameters, context, source, feedback)

        steps = Steps(2, feedback)
        measures = Measures(inputs, self.INPUT, source, (value_field, operator_field))
        measures.read(crs, steps)
        cells = measures.cells(grid_type, size)
        feedback.pushInfo(
            self.tr("{n} measures in {c} cells.").format(n=len(measures.values), c=len(cells))
        )
        steps.next()
        with OutputSinks(self, parameters, context) as outputs:
            dest_id = outputs.create(self.OUTPUT, grid_fields(), qgis_enums.WKB_POLYGON, crs)
            summaries = summarise(cells.values, cells.starts, threshold, min_count)
            for number in range(len(cells)):
                if number % PROGRESS_EVERY == 0:
                    stop_if_cancelled(steps)
                    steps.setProgress(100 * number / len(cells))
                feature = cells.feature(number, grid_type, size, summaries)
                outputs.add(self.OUTPUT, feature)
        RendererSetter.attach(context, dest_id, lambda: status_renderer(threshold, min_count))
        return {self.OUTPUT: dest_id}

    def cell_size(self, inputs) -> float:
        """CELL_SIZE, refused under MIN_CELL_SIZE."""
        size = inputs.number(self.CELL_SIZE)
        if size < MIN_CELL_SIZE:
            raise QgsProcessingException(
                self.tr("{parameter} must be at least {least} m, not {size:g}.").format(
                    parameter=inputs.label(self.CELL_SIZE), least=MIN_CELL_SIZE, size=size
                )
            )
        return size


class Measures:
    """The usable measures of a layer: points in the metric CRS, values and operator names."""

    def __init__(self, inputs, name: str, source, fields: tuple):
        """fields: the value field's name and the operator field's (None or "" without)."""
        self.inputs, self.name, self.source = inputs, name, source
        self.value_field, self.operator_field = value_field, operator_field = fields
        self.value_index = self.source.fields().indexOf(value_field)
        self.operator_index = self.source.fields().indexOf(operator_field) if operator_field else -1
        self.xs, self.ys, self.values, self.operators = [], [], [], []

    def read(self, crs, feedback) -> None:
        """Reads every measure with a point and a number (a multipoint counts once per part),
        in bulk when it can; refuses a layer without any."""
        skipped = Tally(
            tr("{n} measures without a point or a number were skipped (features {ids}).")
        )
        table = self._in_bulk(crs)
        if table is None:
            self._read_features(crs, feedback, skipped)
        else:
            self._take(table, skipped)
        skipped.warn(self.inputs.feedback)
        if not len(self.values):
            raise QgsProcessingException(tr("No measure with a point and a value."))

    def _in_bulk(self, crs):
        """(feature ids, points, {field: values}) read by bulk_sources, or None."""
        if self.name in self.inputs.made_layers:  # points made from a table: QGIS
            return None
        fields = [f for f in (self.value_field, self.operator_field) if f]
        return bulk_sources.points_in_bulk(self.inputs, self.name, crs, [fields])

    def _take(self, table, skipped) -> None:
        """The measures of points read in bulk, as _read_features() takes them."""
        fids, xy, columns = table
        column = columns[self.value_field]
        if self.source.fields().field(self.value_field).type() == field_types.STRING:
            values = np.array([number_from(v)[0] for v in column], dtype=float)
        else:
            values = np.array(column, dtype=float)  # None: NaN
        usable = np.isfinite(values) & np.isfinite(xy).all(axis=1)
        skipped.add_many(fids[~usable])
        self.xs, self.ys, self.values = xy[usable, 0], xy[usable, 1], values[usable]
        if self.operator_index >= 0:
            operators = columns[self.operator_field]
            names = {v: operator_name(v) for v in set(operators)}
            self.operators = [names[v] for v in itertools.compress(operators, usable.tolist())]

    def _read_features(self, crs, feedback, skipped) -> None:
        """read() through QGIS, feature by feature."""
        indexes = [i for i in (self.value_index, self.operator_index) if i >= 0]
        total = self.source.featureCount() or 1
        for number, feature in enumerate(self.inputs.features(self.source, crs, indexes)):
            if number % PROGRESS_EVERY == 0:
                stop_if_cancelled(feedback)
                feedback.setProgress(100 * number / total)
            value, _text = number_from(feature[self.value_index])  # "N/A" in a text column
            geometry = feature.geometry()
            if value is None or geometry.isEmpty():
                skipped.add(feature.id())
                continue
            for point in geometry.constGet().vertices():
                self.xs.append(point.x())
                self.ys.append(point.y())
                self.values.append(value)
                if self.operator_index >= 0:
                    self.operators.append(operator_name(plain(feature[self.operator_index])))

    def cells(self, grid_type: str, size: float) -> "Cells":
        """The measures grouped by operator, then cell; the operator is NULL without an
        operator field."""
        names = sorted_operators(self.operators) if self.operator_index >= 0 else [NULL]
        codes = np.array(
            [names.index(o) for o in self.operators]
            if self.operator_index >= 0
            else [0] * len(self.values)
        )
        first, second = cells_of(self.xs, self.ys, grid_type, size)
        values = np.asarray(self.values, dtype=float)
        order = np.lexsort((values, second, first, codes))
        keys = np.stack((codes[order], first[order], second[order]), axis=1)
        starts = np.concatenate(([0], np.flatnonzero(np.any(np.diff(keys, axis=0), axis=1)) + 1))
        return Cells(names, keys[starts], values[order], starts)


class Cells:
    """Groups of measures: (operator code, first, second) keys, their values sorted within
    each group, and where each group starts."""

    def __init__(self, names: list, keys: np.ndarray, values: np.ndarray, starts: np.ndarray):
        self.names, self.keys, self.values, self.starts = names, keys, values, starts

    def __len__(self) -> int:
        return len(self.starts)

    def feature(self, number: int, grid_type: str, size: float, summaries) -> QgsFeature:
        """The cell of group number, with its summary."""
        code, first, second = self.keys[number].tolist()
        feature = QgsFeature()
        feature.setGeometry(cell_polygon(first, second, grid_type, size))
        feature.setAttributes(
            [
                cell_id(first, second),
                self.names[code],
                int(summaries.n[number]),
                float(summaries.median[number]),
                float(summaries.p10[number]),
                float(summaries.share_below[number]),
                str(summaries.status[number]),
            ]
        )
        return feature


def grid_fields() -> QgsFields:
    return field_types.fields_of(
        ("cell_id", field_types.STRING),
        ("operator", field_types.STRING),
        ("n", field_types.INT),
        ("median", field_types.DOUBLE),
        ("p10", field_types.DOUBLE),
        ("share_below", field_types.DOUBLE),
        ("status", field_types.STRING),
    )


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
