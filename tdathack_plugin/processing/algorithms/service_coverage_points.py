"""tdathack:servicecoverage's demand points read in bulk (bulk_sources), measured at once and
written in bulk (a GeoPackage table) or through QGIS (any other output)."""

from functools import partial
from typing import Optional

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPoint

from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from .. import bulk_sources
from ..run_steps import stop_if_cancelled


def points_in_bulk(demand, crs) -> Optional[tuple]:
    """(feature ids, coordinates in crs, {field: values}) of every demand feature, each a single
    point, with all its fields; None when QGIS must read the layer (the log says why)."""
    if demand.geometry_type != qgis_enums.POINT_GEOMETRY or demand.as_text:
        return None
    if demand.inputs.made_layers.get(demand.name) is not None:
        return None  # points made from a table's coordinate columns
    names = demand.source.fields().names()
    table = bulk_sources.points_in_bulk(demand.inputs, demand.name, crs, [names])
    if table is not None and np.isnan(table[1]).any():  # QGIS tells null from empty
        bulk_sources.read_through_qgis(
            demand.inputs, demand.name, tr("some of its features have no point")
        )
        return None
    return table


def write_points(outputs, name, output_fields, table, measured, nearest_ids, feedback) -> None:
    """Every demand point with its fields and its measures (covered, covered_share,
    distance_m, nearest_id) written to the output name."""
    fids, xy, values = table
    columns = list(values.values())
    columns += [
        measured.covered.tolist(),
        [None] * len(fids),  # covered_share: a point is covered or not
        measured.distance.tolist(),
        nearest_ids,
    ]
    outputs.add_points(
        name,
        output_fields.names(),
        columns,
        xy,
        partial(_writing, feedback),
        partial(_features, output_fields, columns, xy),
    )


def _writing(feedback, share: float) -> None:
    stop_if_cancelled(feedback)
    feedback.setProgress(100 * share)


def _features(output_fields, columns, xy):
    """The output's features, for an output QGIS writes."""
    for row, (x, y) in zip(zip(*columns), xy.tolist()):
        feature = QgsFeature(output_fields)
        feature.setAttributes(list(row))
        feature.setGeometry(QgsGeometry(QgsPoint(x, y)))
        yield feature
