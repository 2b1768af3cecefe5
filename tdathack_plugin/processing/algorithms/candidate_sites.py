"""tdathack:candidatesites — sites that cover the most population in the zones blanches."""

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterNumber,
)

from ...coverage.crs import metric_crs_for
from ...coverage.demand import PolygonDemand
from ...coverage.greedy import Gaps, MaxCoverage, PointWeights, grid_candidates
from ...coverage.units import M2_PER_KM2
from ...toolbelt import field_types, qgis_enums
from ...toolbelt.i18n import tr_noop
from .. import bulk_sources, qgis_points
from ..input_contract import Inputs
from ..outputs import OutputSinks
from ..run_steps import Steps, stop_if_cancelled
from ..source_facts import extent_of
from ..values import NumberReader, counted_as_zero
from .base import TDatHackAlgorithm
from .coverage_inputs import RepairCounter, point_parts

MAX_CANDIDATES = 100_000  # candidate sites the greedy choice weighs in bounded memory
RANKING_FIELDS = ("rank", "gain_population", "cumulative_population", "gain_area_km2")


DEMAND = "DEMAND"


class CandidateSitesAlgorithm(TDatHackAlgorithm):
    NAME = "candidatesites"
    GROUP = "mobile"
    TAGS = tr_noop(
        "zone blanche,new site,pylon,antenna,maximum coverage,greedy,location,population"
    )
    DISPLAY_NAME = tr_noop("Candidate sites to reduce zones blanches")

    GAPS = "GAPS"
    DEMAND = DEMAND
    DEMAND_WEIGHT_FIELD = "DEMAND_WEIGHT_FIELD"
    CANDIDATES = "CANDIDATES"
    GRID_SPACING = "GRID_SPACING"
    RADIUS = "RADIUS"
    COUNT = "COUNT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        polygon, point = qgis_enums.SOURCE_POLYGON, qgis_enums.SOURCE_POINT
        self.add_source(
            self.GAPS, self.tr("Gaps to cover (e.g. the zones blanches of mobilegaps)"), [polygon]
        )
        self.add_source(self.DEMAND, self.tr("Population (polygons or points)"), [polygon, point])
        self.add_field(
            self.DEMAND_WEIGHT_FIELD,
            self.tr("Population field (optional for points: each point counts 1)"),
            self.DEMAND,
            numeric=True,
        )
        self.add_source(
            self.CANDIDATES,
            self.tr("Candidate sites (default: a regular grid inside the gaps)"),
            [point],
            optional=True,
        )
        for name, label, default in (
            (
                self.GRID_SPACING,
                self.tr("Grid spacing when there are no candidate sites (metres)"),
                1000,
            ),
            (self.RADIUS, self.tr("Coverage radius of a new site (metres)"), 5000),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, qgis_enums.NUMBER_DOUBLE, defaultValue=default
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.COUNT,
                self.tr("Number of sites to choose"),
                qgis_enums.NUMBER_INTEGER,
                defaultValue=10,
                minValue=1,
            )
        )
        self.add_sink(self.OUTPUT, self.tr("Candidate sites, best first"), point)

    def refuse_large_grid(self, inputs, polygons, spacing: float) -> None:
        """Refuses a grid spacing that would make more candidates than can be weighed."""
        cells = sum(
            (p.boundingBox().width() / spacing + 1) * (p.boundingBox().height() / spacing + 1)
            for p in polygons
        )
        if cells > MAX_CANDIDATES:
            smallest = math.sqrt(sum(p.boundingBox().area() for p in polygons) / MAX_CANDIDATES)
            raise QgsProcessingException(
                self.tr(
                    "{parameter} of {spacing:g} m would lay a grid of about {n:.0f} points over "
                    "the gaps' extent, more than the {max} candidate sites this algorithm can "
                    "weigh: use at least {least:.0f} m."
                ).format(
                    parameter=inputs.label(self.GRID_SPACING),
                    spacing=spacing,
                    n=cells,
                    max=MAX_CANDIDATES,
                    least=math.ceil(smallest),
                )
            )

    def read_gaps(self, inputs, source, crs, repair):
        polygons = [
            repair(f.geometry(), f"{self.GAPS} {f.id()}")
            for f in inputs.features(source, crs, attributes=[])
        ]
        return [p for p in polygons if not p.isEmpty() and p.area() > 0]

    def read_demand(self, inputs, crs, extent, repair):
        source, field, polygons = inputs.population(
            self.DEMAND, self.DEMAND_WEIGHT_FIELD, crs, self.GAPS, extent
        )
        reader = NumberReader(inputs.label(self.DEMAND), field, counted_as_zero())
        if polygons:
            demand = PolygonDemand(
                [
                    (
                        repair(feature.geometry(), f"{self.DEMAND} {feature.id()}"),
                        reader.read(feature[field], feature.id()) or 0.0,
                    )
                    for feature in features_in(inputs, source, crs, extent)
                ]
            )
        else:
            demand = PointWeights(*demand_points(inputs, source, crs, extent, reader))
        reader.warn(inputs.feedback)
        return demand

    def read_candidates(self, inputs, polygons, crs, extent):
        """(point, its attributes or None) of each candidate site and the fields of those
        attributes: the points of CANDIDATES within `extent`, else a grid over the gaps."""
        source = inputs.source(self.CANDIDATES, optional=True, points=True)
        if source is None:
            spacing = inputs.number(self.GRID_SPACING)
            self.refuse_large_grid(inputs, polygons, spacing)
            return [(point, None) for point in grid_candidates(polygons, spacing)], QgsFields()
        inputs.require_overlap(self.CANDIDATES, inputs.box(source, crs), self.GAPS, extent)
        points = [
            (point.asPoint(), feature.attributes())
            for feature in features_in(inputs, source, crs, extent)
            for point in point_parts(feature.geometry())
        ]
        return points, source.fields()

    def choose(self, polygons, candidates, radius, demand, count, feedback):
        """The greedy choice of up to `count` candidate sites (in two steps of progress)."""
        if len(candidates) > MAX_CANDIDATES:
            raise QgsProcessingException(
                self.tr(
                    "{n} candidate sites are more than the {max} this algorithm can weigh: "
                    "keep fewer (a filter, or the gaps of a smaller territory)."
                ).format(n=len(candidates), max=MAX_CANDIDATES)
            )
        feedback.pushInfo(self.tr("{n} candidate sites.").format(n=len(candidates)))
        steps = Steps(2, feedback)
        points = [point for point, _attributes in candidates]
        problem = MaxCoverage(Gaps(polygons), points, radius, demand, steps)
        steps.next()
        if not problem.regions:
            raise QgsProcessingException(
                self.tr("No candidate site is within {r} m of the gaps.").format(r=radius)
            )
        choices = problem.choose(count, steps)
        stop_if_cancelled(steps)
        return choices

    def write(self, parameters, context, crs, candidate_fields, sites=()) -> dict:
        """The output, in `crs`: the chosen `sites` (choice, its candidate), best first."""
        fields = output_fields(candidate_fields)
        with OutputSinks(self, parameters, context) as outputs:
            dest_id = outputs.create(self.OUTPUT, fields, qgis_enums.WKB_POINT, crs)
            outputs.add_all(self.OUTPUT, ranked_sites(sites, fields, candidate_fields))
        return {self.OUTPUT: dest_id}

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        gaps_source = inputs.source(self.GAPS, allow_empty=True)
        radius = inputs.number(self.RADIUS)
        count = self.parameterAsInt(parameters, self.COUNT, context)
        crs = metric_crs_for(extent_of(gaps_source), gaps_source.sourceCrs())
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        repair = RepairCounter()
        polygons = self.read_gaps(inputs, gaps_source, crs, repair)
        if not polygons:  # a territory without gaps is good news, also inside a model
            feedback.pushWarning(self.tr("The gaps layer has no polygon: no site to propose."))
            return self.write(parameters, context, crs, QgsFields())
        extent = polygons[0].boundingBox()
        for polygon in polygons[1:]:
            extent.combineExtentWith(polygon.boundingBox())
        demand = self.read_demand(inputs, crs, extent, repair)
        candidates, fields = self.read_candidates(inputs, polygons, crs, extent.buffered(radius))
        choices = self.choose(polygons, candidates, radius, demand, count, feedback)
        sites = [(choice, candidates[choice.candidate]) for choice in choices]
        results = self.write(parameters, context, crs, fields, sites)
        repair.warn(feedback)
        if len(choices) < count:
            feedback.pushWarning(
                self.tr(
                    "Only {n} sites add population in the gaps: stopped there (COUNT = {count})."
                ).format(n=len(choices), count=count)
            )
        feedback.pushInfo(
            self.tr("{n} sites cover {p:.0f} inhabitants of the gaps.").format(
                n=len(choices), p=sum(c.gain_demand for c in choices)
            )
        )
        return results


def demand_points(inputs, source, crs, extent, reader) -> tuple:
    """((n, 2) coordinates, weights) of the demand points within extent, in feature id order
    (a multipoint counts once per part, with its feature's weight), read in bulk when
    bulk_sources can; the weights are read in that order whichever way the points came."""
    field = reader.field
    table = None
    if DEMAND not in inputs.made_layers:  # a table made into points: QGIS
        table = bulk_sources.points_in_bulk(inputs, DEMAND, crs, [[field] if field else []])
    if table is None:
        table = _table_through_qgis(inputs, source, crs, extent, field)
    fids, xy, values = table
    inside = (
        (xy[:, 0] >= extent.xMinimum())
        & (xy[:, 0] <= extent.xMaximum())
        & (xy[:, 1] >= extent.yMinimum())
        & (xy[:, 1] <= extent.yMaximum())
    )
    kept = np.flatnonzero(inside)
    kept = kept[np.argsort(fids[kept], kind="stable")]
    if not field:
        return xy[kept], np.ones(len(kept))
    column = values[field]
    ids = fids[kept].tolist()
    weights = [reader.read(column[k], fid) or 0.0 for k, fid in zip(kept.tolist(), ids)]
    return xy[kept], weights


def _table_through_qgis(inputs, source, crs, extent, field) -> tuple:
    """(feature ids, (n, 2) coordinates, {field: values}) as bulk_sources gives them, read by
    QGIS in one pass (qgis_points) over the features whose box meets extent, a multipoint part
    by part."""
    index = source.fields().indexOf(field) if field else -1
    request = inputs.request(crs).setFilterRect(extent)
    request.setSubsetOfAttributes([index] if index >= 0 else [])
    features = source.getFeatures(request, qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS)
    keep = (lambda feature: qgis_points.plain(feature.attribute(index))) if index >= 0 else None
    read = qgis_points.read(features, inputs.feedback, keep)
    values = read.kept if keep else [None] * len(read.ids)
    fids, xy, column = [read.ids], [read.xy], list(values)  # others: NaN, left out
    for number, geometry in read.others.items():
        parts = [part.asPoint() for part in point_parts(geometry)]
        fids.append(np.full(len(parts), read.ids[number], dtype=np.int64))
        xy.append(np.array([(p.x(), p.y()) for p in parts], dtype=float).reshape(-1, 2))
        column += [values[number]] * len(parts)
    return np.concatenate(fids), np.vstack(xy), {field: column} if field else {}


def features_in(inputs, source, crs, extent):
    """The features of a source in `crs` that meet `extent` (in `crs`)."""
    request = inputs.request(crs).setFilterRect(extent)
    return source.getFeatures(request, qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS)


def ranked_sites(sites, fields, candidate_fields):
    """The chosen sites as features of `fields`, best first: the ranking fields, then the
    candidate's own attributes that output_fields() kept."""
    kept = [candidate_fields.indexOf(f.name()) for f in fields][len(RANKING_FIELDS) :]
    cumulative = 0.0
    for rank, (choice, (point, attributes)) in enumerate(sites, start=1):
        cumulative += choice.gain_demand
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature.setAttributes(
            [rank, choice.gain_demand, cumulative, choice.gain_area_m2 / M2_PER_KM2]
            + [attributes[i] if attributes else None for i in kept]
        )
        yield feature


def output_fields(candidate_fields: QgsFields) -> QgsFields:
    """The ranking fields, then the candidates' own fields that do not clash with them.

    A GeoPackage `fid` is left out: a multipoint candidate gives several sites.
    """
    fields = QgsFields()
    fields.append(QgsField("rank", field_types.INT))
    for name in RANKING_FIELDS[1:]:
        fields.append(QgsField(name, field_types.DOUBLE))
    for field in candidate_fields:
        if fields.lookupField(field.name()) < 0 and field.name().lower() != "fid":
            fields.append(QgsField(field))
    return fields
