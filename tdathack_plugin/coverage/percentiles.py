"""Summary of measured values per cell: count, median, 10th percentile, share below a threshold.

Percentiles follow numpy's default definition (linear interpolation between the two closest
ranks, "type 7" of Hyndman and Fan, the one of R and spreadsheets' PERCENTILE.INC): for sorted
values v[0..n-1], percentile p is v[h] with h = (n - 1) * p / 100, interpolated between ranks.
"""

from dataclasses import dataclass

import numpy as np

SUFFICIENT = "sufficient"
INSUFFICIENT = "insufficient"
NOT_ENOUGH_DATA = "not_enough_data"
STATUSES = (SUFFICIENT, INSUFFICIENT, NOT_ENOUGH_DATA)


@dataclass
class CellSummary:
    n: int
    median: float
    p10: float
    share_below: float  # share of the values strictly under the threshold, 0 to 1
    status: str


def summarise(values, threshold: float, min_count: int) -> CellSummary:
    """Statistics of one cell's values (at least one value).

    Status: NOT_ENOUGH_DATA under min_count values, else INSUFFICIENT when the median is under
    the threshold, else SUFFICIENT.
    """
    values = np.asarray(values, dtype=float)
    p10, median = np.percentile(values, [10, 50])
    if len(values) < min_count:
        status = NOT_ENOUGH_DATA
    elif median < threshold:
        status = INSUFFICIENT
    else:
        status = SUFFICIENT
    share = float(np.count_nonzero(values < threshold)) / len(values)
    return CellSummary(len(values), float(median), float(p10), share, status)
