"""tdathack:fibrepro — establishments without fibre, by size, and where to extend it."""

import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
)

from ...coverage import sirene
from ...coverage.clusters import NOISE, dbscan
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr_noop
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..run_steps import Steps
from ..styles import RendererSetter
from .base import TDatHackAlgorithm
from .coverage_inputs import add_zones_parameters
from .fibre_pro_eligible import ELIGIBLE, ELIGIBLE_FILTER, ELIGIBLE_ID_FIELD, read_eligible
from .fibre_pro_establishments import (
    ACTIVE_ONLY,
    ESTABLISHMENTS,
    MIN_SIZE,
    SIZE_FIELD,
    read_establishments,
)
from .fibre_pro_outputs import (
    OUTPUT_ESTABLISHMENTS,
    OUTPUT_PRIORITY,
    OUTPUT_STATS,
    Result,
    eligibility_renderer,
    write,
)
from .fibre_pro_zones import zones_of

MATCH_DISTANCE = "MATCH_DISTANCE"
CLUSTER_DISTANCE = "CLUSTER_DISTANCE"
CLUSTER_MIN_POINTS = "CLUSTER_MIN_POINTS"


def clusters_without_fibre(xy, eligible, distance: float, min_points: int) -> np.ndarray:
    """The cluster of each establishment not eligible (DBSCAN); NOISE for the others."""
    without = np.flatnonzero(~eligible)
    cluster = np.full(len(xy), NOISE, dtype=np.int64)
    cluster[without] = dbscan(xy[without], distance, min_points)
    return cluster


class FibreProAlgorithm(TDatHackAlgorithm):
    NAME = "fibrepro"
    GROUP = "fibre"
    DISPLAY_NAME = tr_noop("Establishments without fibre (fibre pro)")
    TAGS = tr_noop("fibre,ftth,ftte,ftto,sirene,business,establishment,eligibility")

    def initAlgorithm(self, config=None):
        self.add_source(
            ESTABLISHMENTS,
            self.tr("Establishments (Sirene géolocalisé points)"),
            [qgis_enums.SOURCE_POINT],
        )
        self.add_field(
            SIZE_FIELD,
            self.tr("Size class field (default: trancheEffectifsEtablissement)"),
            ESTABLISHMENTS,
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                MIN_SIZE,
                self.tr("Smallest size class kept"),
                options=[f"{code} — {sirene.label(code)}" for code in sirene.CODES],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                ACTIVE_ONLY,
                self.tr("Active establishments only (etatAdministratifEtablissement = A)"),
                defaultValue=True,
            )
        )
        self.add_source(
            ELIGIBLE,
            self.tr("Fibre-ready premises (points) or eligible zones (polygons)"),
            [qgis_enums.SOURCE_POINT, qgis_enums.SOURCE_POLYGON],
        )
        self.add_filter(
            ELIGIBLE_FILTER, self.tr("Filter of the eligible features (expression)"), ELIGIBLE
        )
        self.add_field(
            ELIGIBLE_ID_FIELD,
            self.tr("Id field of the eligible features (default: feature id)"),
            ELIGIBLE,
        )
        self.add_distance(MATCH_DISTANCE, self.tr("Match distance (metres)"), 30.0)
        add_zones_parameters(self, self.tr("Zones (communes, zones d'activités...)"))
        self.add_distance(CLUSTER_DISTANCE, self.tr("Cluster distance (metres)"), 200.0)
        self.addParameter(
            QgsProcessingParameterNumber(
                CLUSTER_MIN_POINTS,
                self.tr("Minimum establishments per cluster"),
                qgis_enums.NUMBER_INTEGER,
                defaultValue=5,
                minValue=1,
            )
        )
        self.addMetricCrsParameter()
        self.init_outputs()

    def init_outputs(self):
        self.add_sink(
            OUTPUT_ESTABLISHMENTS,
            self.tr("Establishments with their eligibility"),
            qgis_enums.SOURCE_POINT,
        )
        self.add_sink(
            OUTPUT_STATS, self.tr("Statistics per zone and size class"), qgis_enums.SOURCE_VECTOR
        )
        self.add_sink(
            OUTPUT_PRIORITY,
            self.tr("Priority clusters of establishments without fibre"),
            qgis_enums.SOURCE_POLYGON,
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = Steps(4, feedback)  # read, match, zones and clusters, write
        inputs = Inputs(self, parameters, context, steps)
        source = inputs.source(ESTABLISHMENTS, points=True)
        limit = inputs.number(MATCH_DISTANCE, allow_zero=True)
        cluster_distance = inputs.number(CLUSTER_DISTANCE)
        crs = self.computation_crs(parameters, context, source, steps)
        eligible = read_eligible(inputs, source, crs, limit)
        establishments = read_establishments(inputs, source, crs)
        steps.next()
        match = eligible.match(establishments.xy, steps)
        within = match.distance <= limit
        steps.next()
        zones = zones_of(inputs, source, crs, establishments.xy)
        min_points = self.parameterAsInt(parameters, CLUSTER_MIN_POINTS, context)
        cluster = clusters_without_fibre(establishments.xy, within, cluster_distance, min_points)
        steps.next()
        result = Result(establishments, match, within, zones, cluster)
        with OutputSinks(self, parameters, context) as outputs:
            dest = write(outputs, source, crs, result, cluster_distance, steps)
        steps.pushInfo(
            self.tr("{n} of {total} establishments are eligible to fibre.").format(
                n=int(within.sum()), total=len(within)
            )
        )
        RendererSetter.attach(context, dest[OUTPUT_ESTABLISHMENTS], eligibility_renderer)
        return dest
