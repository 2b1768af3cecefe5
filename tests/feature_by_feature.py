"""fibrepro's reading of its points as it was before the fast paths, feature by feature through
QGIS's geometry API (the establishments' fields read again when they are written): the slow
path the fast ones are compared with."""

import numpy as np

from tdathack_plugin.processing.algorithms import fibre_pro_eligible as eligible
from tdathack_plugin.processing.algorithms import fibre_pro_establishments as establishments
from tdathack_plugin.processing.qgis_points import plain
from tdathack_plugin.toolbelt import qgis_enums


def establishments_read(inputs, source, crs, indices: list) -> tuple:
    """(feature ids, positions in crs, {field name: values}) of the fields of indices."""
    ids, xy, values = [], [], [[] for _ in indices]
    for feature in inputs.features(source, crs, indices):
        ids.append(feature.id())
        for column, index in zip(values, indices):
            column.append(plain(feature[index]))
        xy.append(establishments.location(feature.geometry()))
    names = [source.fields().at(i).name() for i in indices]
    return (
        np.array(ids, dtype=np.int64),
        np.array(xy, dtype=float).reshape(-1, 2),
        dict(zip(names, values)),
    )


def eligible_read(inputs, source, crs, id_index: int, expression: str, polygons: bool):
    """Each part of the eligible points the filter keeps, with its id."""
    assert not polygons
    request = inputs.request(crs)
    request.setSubsetOfAttributes([id_index] if id_index >= 0 else [])
    flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
    ids, xy = [], []
    for feature in inputs.matching(eligible.ELIGIBLE_FILTER, source, request, flags, expression):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        for part in geometry.constParts():
            xy.append((part.x(), part.y()))
            ids.append(feature[id_index] if id_index >= 0 else feature.id())
    if expression:
        inputs.feedback.pushInfo(f"Eligible features kept by the filter: {len(ids)}.")
    points = np.array(xy, dtype=float).reshape(-1, 2)
    return eligible.Eligible(points, None, eligible.by_position(ids), len(ids))


def patch(monkeypatch) -> None:
    """fibrepro reads its points feature by feature from now on (monkeypatch's scope)."""
    from tdathack_plugin.processing import bulk_sources, input_contract

    monkeypatch.setattr(bulk_sources, "bulk_points", lambda *args: (None, "a test"))
    monkeypatch.setattr(input_contract, "selection_extent", lambda *args: None)
    monkeypatch.setattr(
        establishments,
        "read_points",
        lambda inputs, source, crs, indices: establishments_read(inputs, source, crs, indices),
    )
    monkeypatch.setattr(eligible, "read_through_qgis", eligible_read)
