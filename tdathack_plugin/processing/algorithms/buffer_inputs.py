"""Inputs of the algorithms that draw discs around points: radius, radius field, segments."""

from qgis.core import QgsFeatureRequest, QgsProcessingParameterNumber

from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..values import NumberReader, number_from

RADIUS = "RADIUS"
RADIUS_FIELD = "RADIUS_FIELD"
SEGMENTS = "SEGMENTS"
MAX_SEGMENTS = 256  # per quarter circle: 1,024 vertices a disc; more only costs memory


def add_radius_parameters(algorithm, description: str, default: float, points: str):
    """RADIUS (metres) and RADIUS_FIELD, a numeric field of the `points` parameter."""
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            RADIUS, description, qgis_enums.NUMBER_DOUBLE, defaultValue=default
        )
    )
    algorithm.add_field(
        RADIUS_FIELD,
        tr("Radius field (metres, overrides the radius where set)"),
        points,
        numeric=True,
    )


class Radii:
    """RADIUS and RADIUS_FIELD of one run: the radius of each point feature."""

    def __init__(self, inputs, source, parent: str):
        """Refuses a radius that is not a finite number > 0 (>= 0 with a radius field)."""
        field = inputs.field(RADIUS_FIELD, source.fields(), parent)
        self.radius = inputs.number(RADIUS, allow_zero=bool(field))
        self.index = source.fields().indexOf(field) if field else -1
        instead = tr("the radius {parameter} of {radius:g} m is used").format(
            parameter=RADIUS, radius=self.radius
        )
        self.reader = NumberReader(inputs.label(parent), field, instead) if field else None
        self.source = source

    def of(self, feature) -> float:
        """The feature's radius from RADIUS_FIELD where it holds one, else RADIUS."""
        value = self.reader.read(feature[self.index], feature.id()) if self.reader else None
        return self.radius if value is None else value

    def largest(self) -> float:
        """The largest radius of any feature (one pass over the radius field only)."""
        if self.index < 0:
            return self.radius
        request = QgsFeatureRequest().setSubsetOfAttributes([self.index])
        request.setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
        values = (number_from(f[self.index])[0] for f in self.source.getFeatures(request))
        return max([self.radius, *(v for v in values if v is not None and v > 0)])

    def warn(self, feedback) -> None:
        if self.reader:
            self.reader.warn(feedback)


def add_segments_parameter(algorithm):
    """SEGMENTS, the smoothness of the circles (advanced)."""
    algorithm.addAdvancedParameter(
        QgsProcessingParameterNumber(
            SEGMENTS,
            tr("Segments per quarter circle"),
            qgis_enums.NUMBER_INTEGER,
            defaultValue=16,
            minValue=2,
            maxValue=MAX_SEGMENTS,
        )
    )
