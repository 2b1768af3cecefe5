"""Point sources QGIS must read itself, in one pass of getFeatures into arrays: feature ids,
coordinates of single points taken as they come, what is kept of the attributes; any other
geometry (none, a multipoint) is kept for QGIS's geometry API."""

import math
from typing import NamedTuple

import numpy as np
from qgis.PyQt.QtCore import QVariant

from .run_steps import stop_if_cancelled

CHECKED = 10_000  # features read between two looks at the cancel button


class Features(NamedTuple):
    """One pass over features, in their order: ids, (n, 2) coordinates of the single points
    (NaN for an empty one and for the others), the other geometries by position, and what
    was kept of each feature's attributes."""

    ids: np.ndarray
    xy: np.ndarray
    others: dict
    kept: list


def read(features, feedback, keep=None) -> Features:
    """Features of an iterable of QgsFeature; keep(feature): what to keep of its attributes
    (nothing without keep)."""
    ids, xs, ys, others, kept = [], [], [], {}, []
    for number, feature in enumerate(features):
        if number % CHECKED == 0:
            stop_if_cancelled(feedback)
        ids.append(feature.id())
        geometry = feature.geometry()
        point = geometry.constGet()
        try:  # a single point: the usual case, with the least work
            x, y = point.x(), point.y()
        except AttributeError:  # no geometry, or not a point
            x = y = math.nan
            others[number] = geometry
        xs.append(x)
        ys.append(y)
        if keep is not None:
            kept.append(keep(feature))
    xy = np.column_stack([np.array(xs, dtype=float), np.array(ys, dtype=float)])
    return Features(np.array(ids, dtype=np.int64), xy.reshape(-1, 2), others, kept)


def plain(value):
    """None for a NULL QVariant, else the value."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def column(rows: list, index: int) -> list:
    """The values of one attribute of rows (lists of attributes), None for NULL."""
    return [plain(row[index]) for row in rows]
