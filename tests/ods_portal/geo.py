"""Geometry values of the portal's records: points and shapes, tests and reprojection (OGR)."""

import json
from typing import NamedTuple

from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()


class Point(NamedTuple):
    """A `geo_point_2d` value, WGS84."""

    lon: float
    lat: float

    @property
    def geojson(self):
        return {"type": "Point", "coordinates": [self.lon, self.lat]}

    @property
    def ogr(self):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(self.lon, self.lat)
        return point


class Shape:
    """A `geo_shape` value: a GeoJSON geometry (WGS84) with its OGR twin built on demand."""

    __slots__ = ("_ogr", "geojson")

    def __init__(self, geojson):
        self.geojson = geojson
        self._ogr = None

    @property
    def ogr(self):
        if self._ogr is None:
            self._ogr = ogr.CreateGeometryFromJson(json.dumps(self.geojson))
        return self._ogr

    @property
    def geometry_type(self):
        return self.geojson["type"]


def spatial_reference(epsg):
    """The SRS of an EPSG code, axis order lon/lat (x/y) whatever the authority says."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


WGS84 = spatial_reference(4326)


def transformation(epsg):
    """WGS84 → EPSG:epsg, or None when no reprojection is needed."""
    if int(epsg) == 4326:
        return None
    return osr.CoordinateTransformation(WGS84, spatial_reference(epsg))


def bbox_polygon(west, south, east, north):
    """An OGR rectangle."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((west, south), (east, south), (east, north), (west, north), (west, south)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def in_bbox(value, south, west, north, east):
    """True when a point lies in the box, or a shape intersects it."""
    if isinstance(value, Point):
        return west <= value.lon <= east and south <= value.lat <= north
    return value.ogr.Intersects(bbox_polygon(west, south, east, north))


def relation(value, geometry, predicate):
    """`intersects`, `within` or `disjoint` between a record value and an OGR geometry."""
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    if isinstance(value, Point):
        outside_envelope = not (minx <= value.lon <= maxx and miny <= value.lat <= maxy)
    else:
        vminx, vmaxx, vminy, vmaxy = value.ogr.GetEnvelope()
        outside_envelope = vmaxx < minx or vminx > maxx or vmaxy < miny or vminy > maxy
    if outside_envelope:
        return predicate == "disjoint"
    own = value.ogr
    if predicate == "intersects":
        return own.Intersects(geometry)
    if predicate == "within":
        return own.Within(geometry)
    return own.Disjoint(geometry)


def parse_geometry(text):
    """An OGR geometry from a `geom'…'` literal (WKT or GeoJSON, lon first); None if invalid."""
    try:
        if text.lstrip().startswith("{"):
            geometry = ogr.CreateGeometryFromJson(text)
        else:
            geometry = ogr.CreateGeometryFromWkt(text)
    except (RuntimeError, ValueError):
        return None
    return geometry


def envelope(values):
    """(west, south, east, north) of points and shapes, or None for no geometry."""
    west = south = float("inf")
    east = north = float("-inf")
    for value in values:
        if isinstance(value, Point):
            minx = maxx = value.lon
            miny = maxy = value.lat
        else:
            minx, maxx, miny, maxy = value.ogr.GetEnvelope()
        west, south = min(west, minx), min(south, miny)
        east, north = max(east, maxx), max(north, maxy)
    if west == float("inf"):
        return None
    return west, south, east, north


def bbox_feature(extent):
    """The `metas.default.bbox` GeoJSON Feature of an extent."""
    if extent is None:
        return None
    west, south, east, north = extent
    ring = [[east, north], [west, north], [west, south], [east, south], [east, north]]
    return {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {},
    }
