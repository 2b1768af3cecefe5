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
class Summaries:
    """Statistics of groups of values, one entry per group."""

    n: np.ndarray
    median: np.ndarray
    p10: np.ndarray
    share_below: np.ndarray  # share of the values strictly under the threshold, 0 to 1
    status: np.ndarray


def summarise(values: np.ndarray, starts: np.ndarray, threshold: float, min_count: int):
    """Summaries of groups of values at once: values sorted within each group, starts the
    position of each group's first value (groups are not empty).

    Status: NOT_ENOUGH_DATA under min_count values, else INSUFFICIENT when the median is under
    the threshold, else SUFFICIENT.
    """
    n = np.diff(np.append(starts, len(values)))
    median = _percentile(values, starts, n, 0.5)
    below = np.add.reduceat((values < threshold).astype(np.int64), starts)
    status = np.where(
        n < min_count,
        NOT_ENOUGH_DATA,
        np.where(median < threshold, INSUFFICIENT, SUFFICIENT),
    )
    return Summaries(n, median, _percentile(values, starts, n, 0.1), below / n, status)


def _percentile(values, starts, n, quantile: float) -> np.ndarray:
    """The quantile of each group, computed as numpy.percentile computes it (the same
    interpolation, written the same way, so that the results are the same to the bit)."""
    rank = (n - 1) * quantile
    low = np.floor(rank)
    gamma = rank - low
    below = values[starts + low.astype(np.int64)]
    above = values[starts + np.minimum(low.astype(np.int64) + 1, n - 1)]
    step = above - below
    return np.where(gamma >= 0.5, above - step * (1 - gamma), below + step * gamma)
