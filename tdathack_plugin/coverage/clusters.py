"""DBSCAN clustering of points, with the same clusters as QGIS's native:dbscanclustering."""

import numpy as np

from .points import pairs_within

NOISE = -1


def _root(labels: np.ndarray) -> np.ndarray:
    """Follow labels to their fixed point (pointer jumping)."""
    while True:
        jumped = labels[labels]
        if np.array_equal(jumped, labels):
            return labels
        labels = jumped


def dbscan(xy: np.ndarray, radius: float, min_points: int) -> np.ndarray:
    """Cluster number (0, 1...) of each point, NOISE for noise.

    A point is a core point when at least min_points points (itself included) lie within
    radius; core points within radius of each other share a cluster; any other point within
    radius of a core point joins a cluster: the first one, clusters being numbered in the
    order of their first core point. This is how native:dbscanclustering assigns points
    visited in input order (its border points go to the first cluster that reaches them).
    """
    n = len(xy)
    counts = np.ones(n, dtype=np.int64)
    links = []
    for i, j in pairs_within(xy, radius):
        counts += np.bincount(i, minlength=n)
        links.append((i.astype(np.int32), j.astype(np.int32)))
    core = counts >= max(1, min_points)
    labels = np.where(core, np.arange(n), n)  # n: not in a cluster (yet)
    labels = np.append(labels, n)
    core_links = []
    for i, j in links:
        keep = core[i] & core[j] & (j < i)
        core_links.append((i[keep], j[keep]))
    changed = True
    while changed:
        before = labels.copy()
        for i, j in core_links:
            np.minimum.at(labels, i, labels[j])
            np.minimum.at(labels, j, labels[i])
        labels = _root(labels)
        changed = not np.array_equal(before, labels)
    for i, j in links:  # border points: smallest cluster among their core neighbours
        border = ~core[i] & core[j]
        np.minimum.at(labels, i[border], labels[j[border]])
    labels = labels[:n]
    clustered = labels < n
    result = np.full(n, NOISE, dtype=np.int64)
    _firsts, result[clustered] = np.unique(labels[clustered], return_inverse=True)
    return result
