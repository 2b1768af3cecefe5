"""coverage.percentiles.summarise: the statistics of many groups at once are those numpy gives
group by group, to the bit."""

import numpy as np

from tdathack_plugin.coverage.percentiles import (
    INSUFFICIENT,
    NOT_ENOUGH_DATA,
    SUFFICIENT,
    summarise,
)


def test_grouped_percentiles_are_numpys_to_the_bit():
    rng = np.random.default_rng(5)
    sizes = [*range(1, 60), 101, 1000]
    groups = [np.sort(rng.lognormal(2.0, 1.0, size).round(rng.integers(0, 4))) for size in sizes]
    starts = np.cumsum([0, *sizes[:-1]])
    found = summarise(np.concatenate(groups), starts, threshold=8.0, min_count=5)
    for number, values in enumerate(groups):
        p10, median = np.percentile(values, [10, 50])
        assert found.n[number] == len(values)
        assert found.median[number] == median
        assert found.p10[number] == p10
        assert found.share_below[number] == np.count_nonzero(values < 8.0) / len(values)


def test_status_of_each_group():
    values = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 7.0, 8.0, 8.0, 9.0, 50.0, 10.0])
    found = summarise(values, np.array([0, 5, 10]), threshold=8.0, min_count=2)
    assert found.median.tolist() == [3.0, 8.0, 10.0]
    assert found.p10.tolist() == [1.4, 7.4, 10.0]
    assert found.share_below.tolist() == [1.0, 0.2, 0.0]
    assert found.status.tolist() == [INSUFFICIENT, SUFFICIENT, NOT_ENOUGH_DATA]
