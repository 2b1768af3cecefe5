"""The input contract every algorithm enforces before it writes anything.

It refuses, naming the parameter and saying how to fix it: a layer without CRS, coordinates
that cannot be in the layer's CRS, an empty layer where no result can mean anything, a field
that does not exist, an invalid filter, a distance that is not a finite number above 0, layers
that do not overlap. It warns, with a count and the first ids: a field matched in another case,
numbers it cannot use (negative, not a number), features it skips.
"""

import math
from functools import partial

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)

from ..coverage.crs import is_empty_extent
from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr
from .bulk_sources import selection_extent
from .source_facts import extent_of, has_features
from .table_points import points_from_table

FAR_APART = 50_000.0  # metres between extents beyond which inputs cannot be of one territory
OVERLAP_SLACK = 0.1  # ... nor further than this share of their size
GEOGRAPHIC_SLACK = 1.0  # degrees beyond ±180 / ±90 still taken as longitudes / latitudes


def refuse(message: str):
    """The error a user reads: nothing is written."""
    return QgsProcessingException(message)


def _reach(box: QgsRectangle):
    """How far a box goes from 0 along x and along y."""
    return (
        max(abs(box.xMinimum()), abs(box.xMaximum())),
        max(abs(box.yMinimum()), abs(box.yMaximum())),
    )


def _in_degrees(x: float, y: float) -> bool:
    """Whether coordinates that go this far can be longitudes and latitudes."""
    return x <= 180 + GEOGRAPHIC_SLACK and y <= 90 + GEOGRAPHIC_SLACK


def parameter_label(algorithm, name: str) -> str:
    """How the dialog names a parameter, with the name models and qgis_process use."""
    definition = algorithm.parameterDefinition(name)
    description = definition.description() if definition is not None else name
    return tr('"{description}" ({name})').format(description=description, name=name)


class Inputs:
    """Reads one run's parameters through the checks of the contract."""

    def __init__(self, algorithm, parameters, context, feedback):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.made_layers = {}  # parameter: layer made from a table, alive as long as its source

    def label(self, name: str) -> str:
        """How the dialog names a parameter, with the name models and qgis_process use."""
        return parameter_label(self.algorithm, name)

    def given(self, name: str) -> bool:
        value = self.parameters.get(name)
        return value is not None and value != "" and value != []

    # Layers -------------------------------------------------------------------------------

    def request(self, crs) -> QgsFeatureRequest:
        """A request for features in crs."""
        return QgsFeatureRequest().setDestinationCrs(crs, self.context.transformContext())

    def features(self, source, crs, attributes=None):
        """The features of a source in crs, with the attributes of those indexes (all when
        None); QGIS does not check validity: the algorithms repair and count what is invalid."""
        request = self.request(crs)
        if attributes is not None:
            request.setSubsetOfAttributes(attributes)
        return source.getFeatures(request, qgis_enums.SKIP_GEOMETRY_VALIDITY_CHECKS)

    def source(
        self, name: str, optional: bool = False, allow_empty: bool = False, points: bool = False
    ):
        """The feature source of a parameter, refused without CRS, with coordinates its CRS
        cannot hold, or without features (unless allow_empty); None when optional and absent.

        With `points`, a table without geometry (a CSV as downloaded) becomes points from its
        coordinate columns (table_points).
        """
        source = self.algorithm.parameterAsSource(self.parameters, name, self.context)
        if source is None:
            if optional and not self.given(name):
                return None
            raise refuse(self.algorithm.invalidSourceError(self.parameters, name))
        if points and QgsWkbTypes.geometryType(source.wkbType()) == qgis_enums.NULL_GEOMETRY:
            made = points_from_table(source, self.label(name), self.context, self.feedback)
            if made is None:
                raise refuse(
                    tr(
                        "The layer {layer} has no geometry. Give a point layer, or a table with "
                        "coordinate columns (x and y, or longitude and latitude)."
                    ).format(layer=self.label(name))
                )
            source, self.made_layers[name] = made
        self.check_geometry_type(name, source.wkbType())
        found = partial(selection_extent, self.algorithm, self.parameters, name, self.context)
        self.check_layer(name, source.sourceCrs(), extent_of(source, found), source.wkbType())
        if not allow_empty and not has_features(source):
            raise refuse(
                tr("The layer {layer} has no feature: there is nothing to compute.").format(
                    layer=self.label(name)
                )
            )
        return source

    def check_geometry_type(self, name: str, wkb_type) -> None:
        """Refuses a layer of another geometry type than the parameter takes (the dialog only
        offers the right ones; a model, a script or qgis_process can give any)."""
        kinds = {
            qgis_enums.SOURCE_POINT: (qgis_enums.POINT_GEOMETRY, tr("points")),
            qgis_enums.SOURCE_LINE: (qgis_enums.LINE_GEOMETRY, tr("lines")),
            qgis_enums.SOURCE_POLYGON: (qgis_enums.POLYGON_GEOMETRY, tr("polygons")),
        }
        definition = self.algorithm.parameterDefinition(name)
        wanted = [kinds.get(kind) for kind in getattr(definition, "dataTypes", list)()]
        if not wanted or None in wanted:  # any geometry, or tables too
            return
        if QgsWkbTypes.geometryType(wkb_type) in [geometry for geometry, _name in wanted]:
            return
        raise refuse(
            tr("The layer {layer} does not hold {kinds}, which this parameter takes.").format(
                layer=self.label(name), kinds=tr(" or ").join(n for _g, n in wanted)
            )
        )

    def check_layer(self, name: str, crs, extent: QgsRectangle, wkb_type, layer_name=""):
        """Refuses a layer with geometries but no CRS, or coordinates outside what its CRS
        can hold (Lambert-93 metres in a layer said to be in degrees)."""
        if QgsWkbTypes.geometryType(wkb_type) in (
            qgis_enums.NULL_GEOMETRY,
            qgis_enums.UNKNOWN_GEOMETRY,
        ):
            return
        label = self.label(name) + (f" [{layer_name}]" if layer_name else "")
        if not crs.isValid():
            raise refuse(
                tr(
                    "The layer {layer} has no coordinate reference system (a shapefile without "
                    "its .prj file, for example), so its coordinates cannot be placed. Set its "
                    "CRS in the layer properties (Source tab), or give the file its .prj, then "
                    "run again."
                ).format(layer=label)
            )
        if crs.isGeographic() and not is_empty_extent(extent):
            x, y = _reach(extent)
            if not _in_degrees(x, y):
                raise refuse(
                    tr(
                        "The layer {layer} is declared in {crs} (degrees), but its coordinates "
                        "go up to {x:.0f}, {y:.0f}: they are not longitudes and latitudes. Its "
                        "CRS is probably wrong (Lambert-93 is EPSG:2154): set the right one in "
                        "the layer properties."
                    ).format(layer=label, crs=crs.authid() or crs.description(), x=x, y=y)
                )
        if not is_empty_extent(extent) and not self.on_the_earth(crs, extent):
            raise refuse(
                tr(
                    "The layer {layer} has no coordinate reference system QGIS can use "
                    '("{crs}": a GeoPackage written without one, for example), so its '
                    "coordinates cannot be placed. Set its CRS in the layer properties (Source "
                    "tab), then run again."
                ).format(layer=label, crs=crs.description() or crs.authid())
            )

    def on_the_earth(self, crs, extent: QgsRectangle) -> bool:
        """Whether the extent, in `crs`, lands within longitudes and latitudes. A GeoPackage
        written without CRS ("Undefined geographic SRS") passes its metres through as degrees."""
        box = self.extent_in(QgsCoordinateReferenceSystem("EPSG:4326"), crs, extent)
        return box is not None and _in_degrees(*_reach(box))

    def extent_in(self, crs, source_crs, extent: QgsRectangle, grow: float = 0.0):
        """A layer's extent in `crs` grown by `grow`, or None when it cannot be placed there."""
        if is_empty_extent(extent):
            return None
        try:
            transform = QgsCoordinateTransform(source_crs, crs, self.context.transformContext())
            box = transform.transformBoundingBox(extent)
        except QgsCsException:
            return None
        return None if is_empty_extent(box) else box.buffered(grow)

    def box(self, source, crs, grow: float = 0.0):
        """A feature source's extent in `crs` (see extent_in)."""
        return self.extent_in(crs, source.sourceCrs(), extent_of(source), grow)

    def require_overlap(self, first: str, first_box, second: str, second_box, second_label=""):
        """Refuses two inputs whose extents (in the metric computation CRS) lie far apart, as a
        layer in the wrong CRS or of another territory does: further than FAR_APART metres and
        than a tenth of their size. Inputs that merely miss each other pass (a maternity 30 km
        away, fibre premises in the next commune)."""
        if first_box is None or second_box is None:
            return
        size = max(first_box.width(), first_box.height(), second_box.width(), second_box.height())
        gap_x = max(
            second_box.xMinimum() - first_box.xMaximum(),
            first_box.xMinimum() - second_box.xMaximum(),
            0,
        )
        gap_y = max(
            second_box.yMinimum() - first_box.yMaximum(),
            first_box.yMinimum() - second_box.yMaximum(),
            0,
        )
        apart = math.hypot(gap_x, gap_y)
        if apart <= max(FAR_APART, OVERLAP_SLACK * size):
            return
        raise refuse(
            tr(
                "The layers {first} and {second} lie {km:.0f} km apart: check their CRS (a "
                "layer in the wrong CRS), or that both are of the same territory."
            ).format(
                first=self.label(first), second=second_label or self.label(second), km=apart / 1000
            )
        )

    # Fields -------------------------------------------------------------------------------

    def field(self, name: str, fields, parent: str, required: bool = False) -> str:
        """The exact name of the field a parameter names in `fields` ('' when not given).

        A name that matches one field in another case is taken, with a warning; an unknown
        name is refused with the layer's fields.
        """
        value = (
            self.algorithm.parameterAsString(self.parameters, name, self.context) or ""
        ).strip()
        if not value:
            if required:
                raise refuse(
                    tr("Give {parameter}, a field of the layer {layer}.").format(
                        parameter=self.label(name), layer=self.label(parent)
                    )
                )
            return ""
        return self.match_field(value, fields, name, parent)

    def match_field(self, value: str, fields, name: str, parent: str) -> str:
        names = fields.names()
        if value in names:
            return value
        same = [field for field in names if field.lower() == value.lower()]
        if len(same) == 1:
            self.feedback.pushWarning(
                tr('{parameter}: the field "{given}" is taken as "{field}" of {layer}.').format(
                    parameter=self.label(name), given=value, field=same[0], layer=self.label(parent)
                )
            )
            return same[0]
        raise refuse(
            tr(
                'The field "{field}" given as {parameter} is not in the layer {layer}. Its '
                "fields: {fields}."
            ).format(
                field=value,
                parameter=self.label(name),
                layer=self.label(parent),
                fields=", ".join(names) or "-",
            )
        )

    # Expressions --------------------------------------------------------------------------

    def expression(self, name: str, source, parent: str) -> str:
        """A filter expression checked on the layer's fields ('' if none): a parse error (with
        the parser's message) or a field the layer lacks is refused, never ignored, which
        would keep every feature. Errors on evaluation are refused by matching()."""
        text = (
            self.algorithm.parameterAsExpression(self.parameters, name, self.context) or ""
        ).strip()
        raw = self.parameters.get(name)
        if not text and isinstance(raw, str):  # QGIS gives '' for an expression it cannot parse
            text = raw.strip()
        if not text:
            return ""
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise refuse(
                tr("The filter {parameter} is not a valid expression: {error}").format(
                    parameter=self.label(name), error=expression.parserErrorString()
                )
            )
        context = self.algorithm.createExpressionContext(self.parameters, self.context, source)
        if not expression.prepare(context):
            raise refuse(
                tr(
                    "The filter {parameter} cannot be used on the layer {layer}: {error}. Its "
                    "fields: {fields}."
                ).format(
                    parameter=self.label(name),
                    layer=self.label(parent),
                    error=expression.evalErrorString(),
                    fields=", ".join(source.fields().names()) or "-",
                )
            )
        return text

    def matching(self, name: str, source, request, flags, text: str):
        """The features of source.getFeatures(request, flags) that the filter `text` keeps
        (all of them without a filter). The filter is evaluated here, feature by feature, so
        that an error on any feature stops the run with its message (QGIS would take it as
        "not kept" and go on)."""
        if not text:
            yield from source.getFeatures(request, flags)
            return
        expression = QgsExpression(text)
        context = self.algorithm.createExpressionContext(self.parameters, self.context, source)
        expression.prepare(context)
        if request.flags() & qgis_enums.REQUEST_SUBSET_OF_ATTRIBUTES:
            fields = source.fields()
            needed = {fields.lookupField(c) for c in expression.referencedColumns()}
            request.setSubsetOfAttributes(
                sorted((set(request.subsetOfAttributes()) | needed) - {-1})
            )
        for feature in source.getFeatures(request, flags):
            context.setFeature(feature)
            kept = expression.evaluate(context)
            if expression.hasEvalError():
                raise refuse(
                    tr("The filter {parameter} fails on feature {id}: {error}").format(
                        parameter=self.label(name),
                        id=feature.id(),
                        error=expression.evalErrorString(),
                    )
                )
            if kept is not None and kept != NULL and bool(kept):
                yield feature

    # Numbers ------------------------------------------------------------------------------

    def number(self, name: str, positive: bool = True, allow_zero: bool = False) -> float:
        """A finite number; > 0 (or >= 0 with allow_zero) when positive."""
        value = self.algorithm.parameterAsDouble(self.parameters, name, self.context)
        if not math.isfinite(value):
            shown = tr("not a number (NaN)") if math.isnan(value) else tr("infinite")
            raise refuse(
                tr("{parameter} must be a finite number; it is {value}.").format(
                    parameter=self.label(name), value=shown
                )
            )
        if positive and (value < 0 or (value == 0 and not allow_zero)):
            message = (
                tr("{parameter} must be a number of 0 or more, not {value}.")
                if allow_zero
                else tr("{parameter} must be a number above 0, not {value}.")
            )
            raise refuse(message.format(parameter=self.label(name), value=f"{value:g}"))
        return value

    def population(self, name: str, field_name: str, crs, against: str, box, optional=False):
        """(source, its weight field or "", True for polygons) of a population or demand
        parameter, checked: polygons need the field, and the layer must meet `against`'s box;
        None when optional and absent."""
        source = self.source(name, optional=optional, points=True)
        if source is None:
            return None
        field = self.field(field_name, source.fields(), name)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == qgis_enums.POLYGON_GEOMETRY
        if polygons and not field:
            raise refuse(
                tr("Population polygons need {field} (inhabitants per polygon).").format(
                    field=field_name
                )
            )
        self.require_overlap(name, self.box(source, crs), against, box)
        return source, field, polygons
