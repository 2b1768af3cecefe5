"""Many coordinates through one QgsCoordinateTransform call: the same PROJ pipeline and the same
numbers as a feature request with a destination CRS, without a Python loop per point."""

from typing import Optional

import numpy as np
from qgis.core import QgsCsException, QgsLineString

LINE_HEADER = 9  # bytes of a WKB LineString before its coordinates: order, type, count


def transformed_xy(xy: np.ndarray, transform) -> Optional[np.ndarray]:
    """(n, 2) coordinates transformed; NaN rows (no point) stay NaN. None when a point cannot
    be transformed (outside the CRS's area): the caller then lets QGIS read the features."""
    result = np.full(xy.shape, np.nan)
    located = ~np.isnan(xy).any(axis=1)
    if not located.any():
        return result
    line = QgsLineString(xy[located, 0].tolist(), xy[located, 1].tolist())
    try:
        line.transform(transform)
    except QgsCsException:
        return None
    if transform.fallbackOperationOccurred():  # QGIS falls back point by point, not for all
        return None
    wkb = bytes(line.asWkb())
    order = "<" if wkb[0] == 1 else ">"
    moved = np.frombuffer(wkb, dtype=f"{order}f8", offset=LINE_HEADER).reshape(-1, 2)
    if not np.isfinite(moved).all():
        return None
    result[located] = moved
    return result
