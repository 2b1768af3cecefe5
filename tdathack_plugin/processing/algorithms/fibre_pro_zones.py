"""The zone of each of fibrepro's establishments, for its statistics per zone."""

from typing import NamedTuple

import numpy as np
from qgis.core import QgsField

from ...coverage.points import inside_polygon
from ...toolbelt import field_types
from ...toolbelt.i18n import tr
from ..qgis_points import plain
from ..run_steps import stop_if_cancelled
from ..values import refuse_duplicates
from .coverage_inputs import ZONES, ZONES_ID_FIELD, RepairCounter, guess_name_field
from .fibre_pro_establishments import ESTABLISHMENTS


class Zones(NamedTuple):
    """number: the zone of each establishment (a position in rows, -1 outside every zone);
    rows: (id, name) of each zone; field: the zones' id field."""

    number: np.ndarray
    rows: list
    field: QgsField


def zones_of(inputs, establishments, crs, xy) -> Zones:
    """The zones of ZONES in which the establishments (source, and xy, their positions in crs)
    lie, the first one for those in several; a single zone of all without ZONES."""
    source = inputs.source(ZONES, optional=True)
    if source is None:
        field = QgsField("zone_id", field_types.STRING)
        return Zones(np.zeros(len(xy), dtype=np.int64), [(None, tr("All zones"))], field)
    id_field = inputs.field(ZONES_ID_FIELD, source.fields(), ZONES, required=True)
    inputs.require_overlap(
        ESTABLISHMENTS, inputs.box(establishments, crs), ZONES, inputs.box(source, crs)
    )
    name_field = guess_name_field(source.fields(), id_field)
    repair = RepairCounter()
    zone = np.full(len(xy), -1, dtype=np.int64)
    rows = []
    features = list(inputs.features(source, crs))
    refuse_duplicates(inputs.label(ZONES), id_field, ((f.id(), f[id_field]) for f in features))
    for feature in features:
        stop_if_cancelled(inputs.feedback)
        geometry = repair(feature.geometry(), f"{ZONES} {feature.id()}")
        inside = inside_polygon(xy, geometry) & (zone < 0)
        zone[inside] = len(rows)
        rows.append((plain(feature[id_field]), plain(feature[name_field]) if name_field else None))
    outside = int((zone < 0).sum())
    if outside:
        inputs.feedback.pushWarning(
            tr("{n} establishments lie outside every zone.").format(n=outside)
        )
    return Zones(zone, rows, QgsField(source.fields().field(id_field)))
