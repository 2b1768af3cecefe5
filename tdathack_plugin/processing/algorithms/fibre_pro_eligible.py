"""fibrepro's eligible features (fibre-ready premises or zones), and the nearest one to each
establishment."""

from typing import NamedTuple, Optional

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...coverage.points import nearest
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from .. import bulk_sources, qgis_points
from ..run_steps import stop_if_cancelled
from .coverage_inputs import RepairCounter
from .fibre_pro_establishments import ESTABLISHMENTS

ELIGIBLE = "ELIGIBLE"
ELIGIBLE_FILTER = "ELIGIBLE_FILTER"
ELIGIBLE_ID_FIELD = "ELIGIBLE_ID_FIELD"


class Match(NamedTuple):
    """Per establishment: distance to the nearest eligible feature (inf without any), its
    position (-1 without any) and its id (None without any); field: the field of those ids
    (None: they are feature ids)."""

    distance: np.ndarray
    position: np.ndarray
    ids: list
    field: Optional[QgsField]


def by_position(ids):
    """Function giving the ids at positions (None at position -1)."""
    return lambda positions: [ids[p] if p >= 0 else None for p in positions.tolist()]


class Eligible:
    """The eligible features: points (xy, positions in the computation CRS) or polygons (index,
    a spatial index of them numbered by position); ids(positions) gives their ids; field: the
    id field (None: the feature ids are the ids)."""

    def __init__(self, xy, index, ids, count: int):
        self.xy, self.index, self.ids, self.count = xy, index, ids, count
        self.field = None

    def match(self, establishments_xy, feedback) -> Match:
        """The nearest eligible feature of each establishment."""
        if self.xy is not None:
            distance, position = nearest(establishments_xy, self.xy)
            return Match(distance, position, self.ids(position), self.field)
        distance = np.full(len(establishments_xy), np.inf)
        position = np.full(len(establishments_xy), -1, dtype=np.int64)
        for number, (x, y) in enumerate(establishments_xy):
            stop_if_cancelled(feedback)
            point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            found = self.index.nearestNeighbor(point, 1)
            if found:
                best = min(found, key=lambda f: (self.index.geometry(f).distance(point), f))
                distance[number] = self.index.geometry(best).distance(point)
                position[number] = best
        return Match(distance, position, self.ids(position), self.field)


def read_eligible(inputs, establishments, crs, reach: float) -> Eligible:
    """The eligible features, refused when they lie far from the establishments (source,
    grown by reach, the match distance); read in bulk when no filter applies, else through
    QGIS."""
    source = inputs.source(ELIGIBLE, points=True, allow_empty=True)  # no fibre yet
    id_field = inputs.field(ELIGIBLE_ID_FIELD, source.fields(), ELIGIBLE)
    id_index = source.fields().indexOf(id_field) if id_field else -1
    expression = inputs.expression(ELIGIBLE_FILTER, source, ELIGIBLE)
    inputs.require_overlap(
        ESTABLISHMENTS,
        inputs.box(establishments, crs, reach),
        ELIGIBLE,
        inputs.box(source, crs),
    )
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == qgis_enums.POLYGON_GEOMETRY
    bulk = None
    if not expression and not polygons and ELIGIBLE not in inputs.made_layers:
        fields = [id_field] if id_field else []
        bulk = bulk_sources.points_in_bulk(inputs, ELIGIBLE, crs, [fields])
    if bulk is not None:
        eligible = located_points(id_field, bulk)
    else:
        eligible = read_through_qgis(inputs, source, crs, id_index, expression, polygons)
    if not eligible.count:
        inputs.feedback.pushWarning(tr("No eligible feature: no establishment is eligible."))
    if id_index >= 0:
        eligible.field = QgsField(source.fields().field(id_index))
    return eligible


def located_points(id_field: str, bulk) -> Eligible:
    """The eligible points read in bulk that have a location, with their ids: the values of
    id_field, else the feature ids."""
    fids, xy, values = bulk
    located = ~np.isnan(xy).any(axis=1)
    ids = values[id_field] if id_field else fids.tolist()
    kept = [identifier for identifier, keep in zip(ids, located.tolist()) if keep]
    return Eligible(xy[located], None, by_position(kept), len(kept))


def read_through_qgis(inputs, source, crs, id_index: int, expression: str, polygons: bool):
    """The eligible features the filter expression keeps, read through QGIS: polygons
    repaired, or each part of the points."""
    request = inputs.request(crs)
    request.setSubsetOfAttributes([id_index] if id_index >= 0 else [])
    flags = qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS
    features = inputs.matching(ELIGIBLE_FILTER, source, request, flags, expression)
    if polygons:
        eligible = polygons_read(inputs, features, id_index)
    else:
        keep = (lambda feature: feature.attribute(id_index)) if id_index >= 0 else None
        eligible = points_read(qgis_points.read(features, inputs.feedback, keep))
    if expression:
        inputs.feedback.pushInfo(
            tr("Eligible features kept by the filter: {n}.").format(n=eligible.count)
        )
    return eligible


def points_read(features) -> Eligible:
    """Each part of qgis_points.Features' points, with its id (what was kept of the attributes,
    else the feature id); features without a location have none."""
    located = ~np.isnan(features.xy).any(axis=1)  # an empty point has no part
    parts = {k: point_parts(geometry) for k, geometry in features.others.items()}
    count = located.astype(np.int64)  # parts of each feature
    for k, found in parts.items():
        count[k] = len(found)
    owner = np.repeat(np.arange(len(count)), count)
    points = np.empty((len(owner), 2))
    starts = np.cumsum(count) - count
    points[starts[located]] = features.xy[located]
    for k, found in parts.items():
        points[starts[k] : starts[k] + len(found)] = np.array(found, dtype=float).reshape(-1, 2)
    if features.kept:
        ids = [features.kept[k] for k in owner.tolist()]
    else:
        ids = features.ids[owner].tolist()
    return Eligible(points, None, by_position(ids), len(ids))


def point_parts(geometry) -> list:
    """(x, y) of each part of a geometry, none when it is null or empty."""
    if geometry.isNull() or geometry.isEmpty():
        return []
    return [(part.x(), part.y()) for part in geometry.constParts()]


def polygons_read(inputs, features, id_index: int) -> Eligible:
    """The polygons of features, repaired, in a spatial index numbered by position."""
    ids = []
    index = QgsSpatialIndex(QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
    repair = RepairCounter()
    for feature in features:
        stop_if_cancelled(inputs.feedback)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry = repair(geometry, f"{ELIGIBLE} {feature.id()}")
        if geometry.isEmpty():
            continue
        copy = QgsFeature(len(ids))
        copy.setGeometry(geometry)
        index.addFeature(copy)
        ids.append(feature[id_index] if id_index >= 0 else feature.id())
    return Eligible(None, index, by_position(ids), len(ids))
