"""What a feature source holds, found once per run: its extent, whether it has features."""

from qgis.core import QgsFeatureRequest, QgsRectangle

from ..toolbelt import qgis_enums


def extent_of(source, found=None) -> QgsRectangle:
    """The source's extent, computed once per run: QGIS reads every feature of a selection or
    a filtered layer to find it. found(), when given, may find it faster (None when not)."""
    if not hasattr(source, "tdathack_extent"):
        extent = found() if found is not None else None
        source.tdathack_extent = extent if extent is not None else source.sourceExtent()
    return source.tdathack_extent


def has_features(source) -> bool:
    """True when the source holds at least one feature (its count may be unknown: -1)."""
    count = source.featureCount()
    if count >= 0:
        return count > 0
    request = QgsFeatureRequest().setLimit(1).setNoAttributes()
    request.setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
    return any(True for _feature in source.getFeatures(request))
