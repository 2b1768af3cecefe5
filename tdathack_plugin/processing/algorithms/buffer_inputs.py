"""Inputs of the algorithms that draw discs around points: radius, radius field, segments."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from .coverage_inputs import number_or_none, require_field

RADIUS = "RADIUS"
RADIUS_FIELD = "RADIUS_FIELD"
SEGMENTS = "SEGMENTS"


def add_radius_parameters(algorithm, description: str, default: float, points: str):
    """RADIUS (metres) and RADIUS_FIELD, a numeric field of the `points` parameter."""
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            RADIUS, description, qgis_enums.NUMBER_DOUBLE, defaultValue=default
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            RADIUS_FIELD,
            tr("Radius field (metres, overrides the radius where set)"),
            parentLayerParameterName=points,
            type=qgis_enums.FIELD_NUMERIC,
            optional=True,
        )
    )


def read_radius(algorithm, parameters, context, source):
    """(RADIUS, index of RADIUS_FIELD in source or -1); refuses no positive radius at all."""
    radius = algorithm.parameterAsDouble(parameters, RADIUS, context)
    field = algorithm.parameterAsString(parameters, RADIUS_FIELD, context)
    index = require_field(source.sourceName(), source.fields(), field) if field else -1
    if radius <= 0 and index < 0:
        raise QgsProcessingException(
            tr("The radius must be greater than 0 metres (got {r}).").format(r=radius)
        )
    return radius, index


def feature_radius(feature, index: int, radius: float) -> float:
    """The feature's radius from RADIUS_FIELD where set, else RADIUS."""
    value = number_or_none(feature[index]) if index >= 0 else None
    return radius if value is None else value


def add_segments_parameter(algorithm):
    """SEGMENTS, the smoothness of the circles (advanced)."""
    algorithm.addAdvancedParameter(
        QgsProcessingParameterNumber(
            SEGMENTS,
            tr("Segments per quarter circle"),
            qgis_enums.NUMBER_INTEGER,
            defaultValue=16,
            minValue=2,
        )
    )
