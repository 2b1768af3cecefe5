"""Safe builders for ODSQL, the query language of the Opendatasoft Explore API.

User text never goes into a query unquoted: `literal()` escapes it, `field()` back-quotes
names that are not plain identifiers. Spatial filters are always sent in EPSG:4326:
`in_bbox()` takes latitude first, WKT in `intersects()` takes longitude first.
"""

import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

WGS84 = "EPSG:4326"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# ODSQL reserved keywords (official spec, "Reserved keywords in ODSQL clauses"): as field
# names they must be back-quoted.
RESERVED = frozenset(
    """and as asc avg by count date_format day dayofweek desc distinct equi false group hour
    ifnull or limit lower max millisecond min minute month not null quarter range search second
    select sum top true upper where year""".split()
)


def literal(value) -> str:
    """An ODSQL literal: strings double-quoted with \\ and " escaped, numbers, booleans, null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def field(name: str) -> str:
    """A field name, back-quoted when it is not a plain identifier or is a reserved word."""
    if _IDENTIFIER.match(name) and name.lower() not in RESERVED:
        return name
    return "`" + name.replace("`", "") + "`"


def equals(name: str, value) -> str:
    return f"{field(name)} = {literal(value)}"


def text_search(text: str) -> str:
    """Full-text search on every field (a bare string literal), '' for blank text."""
    return literal(text.strip()) if text and text.strip() else ""


def refine(facet: str, value: str) -> str:
    """A `refine`/`exclude` parameter value: facet:"value"."""
    return f"{facet}:{literal(value)}"


def combine(*clauses: str) -> str:
    """AND of the non-empty clauses, each parenthesised so their own OR stay inside."""
    kept = [clause.strip() for clause in clauses if clause and clause.strip()]
    if len(kept) == 1:
        return kept[0]
    return " and ".join(f"({clause})" for clause in kept)


def to_wgs84(extent: QgsRectangle, crs, context=None) -> QgsRectangle:
    """An extent given in `crs`, as a lon/lat rectangle (edges densified while transforming)."""
    if not isinstance(crs, QgsCoordinateReferenceSystem):
        crs = QgsCoordinateReferenceSystem(crs)
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    if not crs.isValid() or crs == wgs84:
        return QgsRectangle(extent)
    transform = QgsCoordinateTransform(crs, wgs84, context or QgsCoordinateTransformContext())
    return transform.transformBoundingBox(extent)


def in_bbox(name: str, extent: QgsRectangle, crs=WGS84, context=None) -> str:
    """in_bbox(field, south, west, north, east) for an extent in any CRS."""
    box = to_wgs84(extent, crs, context)
    corners = (box.yMinimum(), box.xMinimum(), box.yMaximum(), box.xMaximum())
    return f"in_bbox({field(name)}, {', '.join(_number(v) for v in corners)})"


def intersects(name: str, geometry: QgsGeometry) -> str:
    """intersects(field, geom'<WKT>') for a geometry in EPSG:4326 (WKT: longitude first)."""
    return f"intersects({field(name)}, geom'{geometry.asWkt(8)}')"


def polygon_wkt(box: QgsRectangle) -> str:
    """POLYGON((lon lat, ...)) of a lon/lat rectangle, counter-clockwise, closed."""
    west, south, east, north = (
        _number(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    )
    ring = [(west, south), (east, south), (east, north), (west, north), (west, south)]
    return "POLYGON((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"


def extent_filter(name: str, field_type: str, extent: QgsRectangle, crs=WGS84, context=None):
    """The records of geo field `name` inside an extent: in_bbox for points, intersects for shapes.

    A shape (polygon, line) crossing the extent counts as inside, as on the portal's map.
    """
    if field_type == "geo_shape":
        return f"intersects({field(name)}, geom'{polygon_wkt(to_wgs84(extent, crs, context))}')"
    return in_bbox(name, extent, crs, context)


def dataset_where(where: str, geometry_field, extent, crs=WGS84, context=None) -> str:
    """The records a load keeps, as the dock and tdathack:downloaddataset send it: the user's
    filter and, when an extent is given and the dataset has a geometry field, the extent."""
    spatial = ""
    if geometry_field is not None and extent is not None and not extent.isEmpty():
        spatial = extent_filter(geometry_field.name, geometry_field.type, extent, crs, context)
    return combine(where, spatial)


def _number(value: float) -> str:
    """A decimal without exponent, 8 decimals at most (about 1 mm)."""
    text = f"{value:.8f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
