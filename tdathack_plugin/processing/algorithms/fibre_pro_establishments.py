"""fibrepro's establishments: read in bulk or through QGIS, then those kept (active, located,
large enough) with their INSEE size class; what is left out is told in the log."""

from collections import Counter
from typing import NamedTuple, Optional

import numpy as np
from qgis.core import QgsFeature, QgsProcessingException

from ...coverage import sirene
from ...toolbelt.i18n import tr
from .. import bulk_sources, qgis_points
from ..values import Tally

ESTABLISHMENTS = "ESTABLISHMENTS"
SIZE_FIELD = "SIZE_FIELD"
MIN_SIZE = "MIN_SIZE"
ACTIVE_ONLY = "ACTIVE_ONLY"

# A size field of which at least this share of the values (among MIN_SIZES_JUDGED or more) are
# not INSEE classes is another field (a headcount...): Sirene itself has none.
UNKNOWN_SIZES_REFUSED = 0.2
MIN_SIZES_JUDGED = 20
SIZE_FIELDS = ("trancheEffectifsEtablissement", "trancheeffectifsetablissement")
STATE_FIELDS = ("etatAdministratifEtablissement", "etatadministratifetablissement")
QUALITY_FIELD = "qualite_xy"
COMMUNE_CENTROID = "33"
ACTIVE = "A"
SKIPPED = ("geometry", "closed", "centroid", "small")  # reasons, in the order they are reported


class Establishments(NamedTuple):
    """The establishments kept, in the same order in each array: feature ids, positions in the
    computation CRS, size codes, and the values of the source fields (one list per field)
    when every one was read, else None (read again through QGIS when written)."""

    ids: np.ndarray
    xy: np.ndarray
    codes: np.ndarray
    attributes: Optional[list]


def first_field(fields, names) -> str:
    return next((name for name in names if fields.lookupField(name) >= 0), "")


def is_active(state) -> bool:
    return str(state or "").strip().upper() == ACTIVE


def at_centroid(quality) -> bool:
    return str(quality).split(".")[0] == COMMUNE_CENTROID


def per_value(function, values, dtype) -> np.ndarray:
    """function(value) for each value, computed once per distinct value."""
    results = {value: function(value) for value in set(values)}
    return np.array([results[value] for value in values], dtype=dtype)


def read_establishments(inputs, source, crs) -> Establishments:
    """The establishments kept; refuses a size field that is no INSEE class, or when none is
    left."""
    fields = source.fields()
    size_index, state_index, quality_index = chosen_fields(inputs, fields)
    indices = [i for i in (size_index, state_index, quality_index) if i >= 0]
    fids, xy, values = read_points(inputs, source, crs, indices)
    column = {index: values[fields.at(index).name()] for index in indices}
    keep, skipped = np.ones(len(fids), dtype=bool), {}
    if state_index >= 0:
        set_aside(keep, skipped, "closed", ~per_value(is_active, column[state_index], bool))
    if quality_index >= 0:
        set_aside(keep, skipped, "centroid", per_value(at_centroid, column[quality_index], bool))
    set_aside(keep, skipped, "geometry", np.isnan(xy).any(axis=1))
    codes, unknown = np.full(len(fids), sirene.UNKNOWN), Counter()
    if size_index >= 0:
        codes, unknown = size_codes(inputs, column[size_index], keep)
        ranks = per_value(sirene.rank, codes.tolist(), np.int64)
        min_rank = inputs.algorithm.parameterAsEnum(inputs.parameters, MIN_SIZE, inputs.context)
        set_aside(keep, skipped, "small", (codes != sirene.UNKNOWN) & (ranks < min_rank))
    left_out = {key: fids[skipped[key]] for key in SKIPPED if key in skipped}
    report_skipped(left_out, unknown, inputs.feedback)
    if not keep.any():
        raise QgsProcessingException(
            tr("No establishment left to analyse (see the log for what was left out).")
        )
    attributes = None
    if all(name in values for name in fields.names()):
        attributes = [
            np.array(values[name], dtype=object)[keep].tolist() for name in fields.names()
        ]
    return Establishments(fids[keep], xy[keep], codes[keep], attributes)


def chosen_fields(inputs, fields) -> tuple:
    """Indexes of the size class, state (when only active establishments are kept) and
    location quality fields, -1 for those the layer lacks; the log says what is missing."""
    size_field = inputs.field(SIZE_FIELD, fields, ESTABLISHMENTS)
    size_field = size_field or first_field(fields, SIZE_FIELDS)
    size_index = fields.lookupField(size_field) if size_field else -1
    state_field = first_field(fields, STATE_FIELDS)
    active_only = inputs.algorithm.parameterAsBoolean(
        inputs.parameters, ACTIVE_ONLY, inputs.context
    )
    state_index = fields.lookupField(state_field) if active_only and state_field else -1
    if size_index < 0:
        inputs.feedback.pushWarning(
            tr("No size class field: every establishment is of unknown size.")
        )
    if active_only and state_index < 0:
        inputs.feedback.pushInfo(
            tr("No etatAdministratifEtablissement field: every establishment is kept.")
        )
    return size_index, state_index, fields.lookupField(QUALITY_FIELD)


def set_aside(keep, skipped: dict, reason: str, leave) -> None:
    """Establishments still kept that `leave` marks are left out for that reason."""
    skipped[reason] = keep & leave
    keep &= ~leave


def size_codes(inputs, values: list, keep) -> tuple:
    """(INSEE size code of each value, Counter of the values kept that are no code); refuses a
    field of which too many values are no size class."""
    codes = per_value(sirene.size_code, values, str)
    unknown = Counter(str(values[n]) for n in np.flatnonzero(keep & (codes == sirene.UNKNOWN)))
    declared = int((keep & (codes != "NN")).sum())
    if declared >= MIN_SIZES_JUDGED and sum(unknown.values()) >= UNKNOWN_SIZES_REFUSED * declared:
        raise QgsProcessingException(
            tr(
                "{share:.0f} % of the values of {parameter} are not INSEE size classes "
                "(NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53): "
                "{values}. Give the field of Sirene's trancheEffectifsEtablissement, "
                "not a headcount."
            ).format(
                share=100 * sum(unknown.values()) / declared,
                parameter=inputs.label(SIZE_FIELD),
                values=", ".join(sorted(unknown)[:8]),
            )
        )
    return codes, unknown


def read_points(inputs, source, crs, indices: list) -> tuple:
    """(feature ids, positions in crs, {field name: values}) of the establishments: every field
    read in bulk, else those of indices, else every field through QGIS (the output copies
    them: one pass reads them all)."""
    if ESTABLISHMENTS not in inputs.made_layers:  # a table made into points: QGIS
        names = [source.fields().at(i).name() for i in indices]
        field_sets = (source.fields().names(), names)
        bulk = bulk_sources.points_in_bulk(inputs, ESTABLISHMENTS, crs, field_sets)
        if bulk is not None:
            return bulk
    return read_through_qgis(inputs, source, crs, list(range(source.fields().count())))


def read_through_qgis(inputs, source, crs, indices: list) -> tuple:
    """(feature ids, positions in crs, {field name: values}) of a point source, read through
    QGIS in one pass."""
    features = inputs.features(source, crs, indices)
    features = qgis_points.read(features, inputs.feedback, QgsFeature.attributes)
    xy = features.xy
    for k, geometry in features.others.items():
        xy[k] = location(geometry)
    names = [source.fields().at(i).name() for i in indices]
    values = [qgis_points.column(features.kept, i) for i in indices]
    return features.ids, xy, dict(zip(names, values))


def location(geometry) -> tuple:
    """(x, y) of a point, the centroid of a multipoint; NaN without a location."""
    if geometry.isNull() or geometry.isEmpty():
        return np.nan, np.nan
    if geometry.isMultipart():
        geometry = geometry.centroid()
    point = geometry.constGet()
    return point.x(), point.y()


def report_skipped(skipped: dict, unknown: Counter, feedback) -> None:
    """Tells how many establishments were left out for each reason (skipped: their ids), and
    the values of the size field that are no class."""
    messages = {
        "geometry": tr("{n} establishments without a location were left out (features {ids})."),
        "closed": tr("{n} closed establishments were left out (features {ids})."),
        "centroid": tr(
            "{n} establishments located at their commune centroid (qualite_xy = 33) "
            "were left out (features {ids})."
        ),
        "small": tr(
            "{n} establishments below the smallest size class were left out (features {ids})."
        ),
    }
    for key, ids in skipped.items():
        tally = Tally(messages[key])
        tally.add_many(ids)
        tally.say(feedback.pushWarning if key == "geometry" else feedback.pushInfo)
    if unknown:
        feedback.pushWarning(
            tr(
                "{n} establishments have an unknown size code ({codes}): kept in the " "class '?'."
            ).format(n=sum(unknown.values()), codes=", ".join(sorted(unknown)[:10]) or "NULL")
        )
