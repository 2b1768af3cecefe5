"""The mobile gaps overlay in SQL, as the local engine does it (coverage/arrangement.py).

Working tables are temporary (dropped at commit) and every one derived from the territory is
keyed by `unit_id`, so that on Citus they distribute and colocate by it (docs/postgis.md):
1. tdh_units: the territory units in the computation CRS, repaired when invalid;
2. tdh_cover: each operator's coverage within the territory's box (coverage_sql.py);
3. tdh_outlines: the coverage's outlines in chunks of consecutive vertices (no new vertex, so
   chunks node exactly as the outline they come from);
4. tdh_faces: per unit, the faces of the unit's outline noded with the coverage outlines near
   it, cut to its box (the faces within the unit keep every edge), as the local engine nodes a
   tile, each with the exact set of operators covering a point
   strictly inside it (found once per face: OFFSET 0);
5. tdh_zones: per unit, the faces of one set of operators, with area and population.
"""

from psycopg2 import sql

from ..coverage.overlay import MAX_CORNERS
from ..coverage.splitting import CONSISTENCY, MIN_AREA
from .coverage_sql import CLASS_COLUMNS
from .sources_sql import identifier, metric_geometry, number, table_name, valid_polygons, where

OUTLINE_VERTICES = 256  # per chunk of the coverage's outlines

INSIDE_FUNCTION = sql.SQL(
    """
CREATE FUNCTION pg_temp.tdh_inside(face geometry) RETURNS geometry
LANGUAGE plpgsql IMMUTABLE STRICT AS $body$
-- A point strictly inside a face: point on surface, centroid, then centroids of the corners of
-- its outer ring (as coverage/overlay.py point_inside), else the point on surface.
DECLARE
    first geometry := ST_PointOnSurface(face);
    candidate geometry;
    ring geometry := ST_ExteriorRing(face);
    n integer := ST_NPoints(ring) - 1;
BEGIN
    IF ST_Contains(face, first) THEN RETURN first; END IF;
    candidate := ST_Centroid(face);
    IF ST_Contains(face, candidate) THEN RETURN candidate; END IF;
    FOR i IN 1 .. LEAST(n, {corners}) LOOP
        candidate := ST_Centroid(ST_Collect(ARRAY[
            ST_PointN(ring, CASE WHEN i = 1 THEN n ELSE i - 1 END),
            ST_PointN(ring, i),
            ST_PointN(ring, mod(i, n) + 1)]));
        IF ST_Contains(face, candidate) THEN RETURN candidate; END IF;
    END LOOP;
    RETURN first;
END
$body$"""
).format(corners=sql.Literal(MAX_CORNERS))


def units(territory, id_field: str, name_field: str, population_field: str):
    """tdh_units: (unit_no, unit_id, unit_name, own_pop, repaired, geom); unit_no is the order in
    which the table gives its rows, as QGIS reads them (the local engine's output order)."""
    name = sql.SQL("{}::text").format(identifier(name_field)) if name_field else sql.SQL("NULL")
    own = number(identifier(population_field)) if population_field else sql.SQL("NULL")
    return sql.SQL(
        """
CREATE TEMP TABLE tdh_units ON COMMIT DROP AS
SELECT row_number() OVER () AS unit_no, unit_id, unit_name, own_pop,
       g IS NOT NULL AND NOT ST_IsValid(g) AS repaired,
       {polygons} AS geom
FROM (SELECT {id} AS unit_id, {name} AS unit_name, {own} AS own_pop, {geometry} AS g
      FROM {table} WHERE {where} OFFSET 0) AS source"""
    ).format(
        polygons=valid_polygons(sql.SQL("g")),
        id=identifier(id_field),
        name=name,
        own=own,
        geometry=metric_geometry(territory),
        table=table_name(territory),
        where=where(territory, box=False),
    )


OUTLINES = sql.SQL(
    """
CREATE INDEX tdh_units_geom ON tdh_units USING gist (geom);
ANALYZE tdh_units;
CREATE TEMP TABLE tdh_outlines ON COMMIT DROP AS
WITH rings AS (
    SELECT row_number() OVER () AS ring, geom
    FROM (SELECT (ST_Dump(ST_Boundary(geom))).geom FROM tdh_cover_source) AS boundaries),
points AS (
    SELECT ring, (d.point).path[1] AS n, (d.point).geom AS point
    FROM (SELECT ring, ST_DumpPoints(geom) AS point FROM rings) AS d)
SELECT ST_MakeLine(point ORDER BY n) AS geom
FROM (SELECT ring, n, point, (n - 1) / {size} AS chunk FROM points
      UNION ALL
      SELECT ring, n, point, (n - 1) / {size} - 1 FROM points
      WHERE n > 1 AND mod(n - 1, {size}) = 0) AS chunks
GROUP BY ring, chunk HAVING count(*) > 1;
CREATE INDEX tdh_outlines_geom ON tdh_outlines USING gist (geom);
ANALYZE tdh_outlines"""
).format(size=sql.Literal(OUTLINE_VERTICES))

FACES = sql.SQL(
    """
CREATE TEMP TABLE tdh_faces ON COMMIT DROP AS
SELECT f.unit_id, f.geom, ST_Area(f.geom) AS area_m2,
       ARRAY(SELECT DISTINCT c.operator FROM tdh_cover AS c
             WHERE ST_Intersects(c.geom, f.inside) ORDER BY c.operator) AS operators
FROM (SELECT n.unit_id, n.unit_geom, d.geom, pg_temp.tdh_inside(d.geom) AS inside
      FROM (SELECT u.unit_id, u.geom AS unit_geom,
                   ST_UnaryUnion(ST_Collect(ARRAY[ST_Boundary(u.geom)] || ARRAY(
                       SELECT ST_ClipByBox2D(o.geom, ST_Expand(box2d(u.geom), 1))
                       FROM tdh_outlines AS o WHERE o.geom && u.geom))) AS edges
            FROM tdh_units AS u) AS n,
           LATERAL ST_Dump(ST_Polygonize(ARRAY[n.edges])) AS d
      WHERE ST_Area(d.geom) > {min_area} OFFSET 0) AS f
WHERE ST_Intersects(f.unit_geom, f.inside)"""
).format(min_area=sql.Literal(MIN_AREA))

UNITS_NOT_ADDING_UP = sql.SQL(
    """
SELECT u.unit_id FROM tdh_units AS u
LEFT JOIN (SELECT unit_id, sum(area_m2) AS area_m2 FROM tdh_faces GROUP BY unit_id) AS f
    USING (unit_id)
WHERE abs(coalesce(f.area_m2, 0) - ST_Area(u.geom)) > {min_area} + {consistency} * ST_Area(u.geom)
ORDER BY 1 LIMIT 10"""
).format(min_area=sql.Literal(MIN_AREA), consistency=sql.Literal(CONSISTENCY))

ZONES = sql.SQL(
    """
CREATE TEMP TABLE tdh_zones ON COMMIT DROP AS
SELECT unit_id, operators, n_operators, {classes},
       geom, ST_Area(geom) AS area_m2, 0::float8 AS demand
FROM (SELECT unit_id, operators, cardinality(operators) AS n_operators,
             ST_Multi(CASE WHEN count(*) = 1 THEN ST_Collect(geom)
                           WHEN ST_IsValid(ST_Collect(geom)) THEN ST_Collect(geom)
                           ELSE ST_Union(geom) END) AS geom
      FROM tdh_faces GROUP BY unit_id, operators) AS grouped
WHERE ST_Area(geom) > {min_area};
CREATE INDEX tdh_zones_unit ON tdh_zones (unit_id);
ANALYZE tdh_zones"""
).format(min_area=sql.Literal(MIN_AREA), classes=CLASS_COLUMNS)

OWN_DEMAND = sql.SQL(
    """
UPDATE tdh_zones AS z SET demand = u.own_pop * z.area_m2 / t.area_m2
FROM tdh_units AS u,
     (SELECT unit_id, sum(area_m2) AS area_m2 FROM tdh_zones GROUP BY unit_id) AS t
WHERE u.unit_id = z.unit_id AND t.unit_id = z.unit_id AND t.area_m2 > 0"""
)


def demand_points(table, field: str):
    """tdh_points: the demand points (multipoints as their parts) and their weights."""
    value = number(identifier(field)) if field else sql.SQL("1::float8")
    return sql.SQL(
        """
CREATE TEMP TABLE tdh_points ON COMMIT DROP AS
SELECT (ST_Dump(g)).geom AS geom, value FROM (
    SELECT {geometry} AS g, {value} AS value FROM {table} WHERE {where}) AS source
WHERE g IS NOT NULL AND NOT ST_IsEmpty(g);
CREATE INDEX tdh_points_geom ON tdh_points USING gist (geom);
ANALYZE tdh_points"""
    ).format(
        geometry=metric_geometry(table), value=value, table=table_name(table), where=where(table)
    )


POINT_DEMAND = sql.SQL(
    """
CREATE TEMP TABLE tdh_point_units ON COMMIT DROP AS
SELECT DISTINCT ON (p.ctid) p.ctid AS point, u.unit_id, p.geom, p.value
FROM tdh_points AS p JOIN tdh_units AS u ON ST_Intersects(u.geom, p.geom)
ORDER BY p.ctid, u.unit_id;
UPDATE tdh_zones AS z SET demand = s.demand
FROM (SELECT unit_id, operators, sum(value) AS demand FROM (
          SELECT pu.unit_id, pu.value, coalesce(
              (SELECT z.operators FROM tdh_zones AS z
               WHERE z.unit_id = pu.unit_id AND ST_Intersects(z.geom, pu.geom)
               ORDER BY z.n_operators DESC, z.operators LIMIT 1),
              (SELECT z.operators FROM tdh_zones AS z WHERE z.unit_id = pu.unit_id
               ORDER BY ST_Distance(z.geom, pu.geom) LIMIT 1)) AS operators
          FROM tdh_point_units AS pu) AS placed
      GROUP BY unit_id, operators) AS s
WHERE s.unit_id = z.unit_id AND s.operators = z.operators"""
)

POINTS_OUTSIDE = sql.SQL(
    "SELECT (SELECT count(*) FROM tdh_points) - (SELECT count(*) FROM tdh_point_units)"
)


def demand_polygons(table, field: str):
    """tdh_demand: the demand polygons, valid, with their value and the area it is spread on:
    the polygon's own, or more where overlapping units share it (PolygonDemand.calibrate)."""
    return sql.SQL(
        """
CREATE TEMP TABLE tdh_demand ON COMMIT DROP AS
SELECT row_number() OVER () AS demand_no, geom, value, ST_Area(geom) AS area FROM (
    SELECT {polygons} AS geom, {value} AS value FROM {table} WHERE {where}) AS source
WHERE ST_Area(geom) > 0;
CREATE INDEX tdh_demand_geom ON tdh_demand USING gist (geom);
ANALYZE tdh_demand;
UPDATE tdh_demand AS d SET area = greatest(d.area, o.overlapped)
FROM (SELECT d.demand_no,
             sum(CASE WHEN ST_Within(d.geom, u.geom) THEN d.area
                      ELSE ST_Area(ST_Intersection(d.geom, u.geom)) END) AS overlapped
      FROM tdh_demand AS d JOIN tdh_units AS u
          ON ST_Intersects(d.geom, u.geom) AND NOT ST_Touches(d.geom, u.geom)
      GROUP BY d.demand_no) AS o
WHERE o.demand_no = d.demand_no"""
    ).format(
        polygons=valid_polygons(metric_geometry(table)),
        value=number(identifier(field)),
        table=table_name(table),
        where=where(table),
    )


POLYGON_DEMAND = sql.SQL(
    """
UPDATE tdh_zones AS z SET demand = s.demand
FROM (SELECT z.unit_id, z.operators,
             sum(d.value * CASE WHEN ST_Within(z.geom, d.geom) THEN z.area_m2
                                ELSE ST_Area(ST_Intersection(z.geom, d.geom)) END / d.area)
                 AS demand
      FROM tdh_zones AS z JOIN tdh_demand AS d ON ST_Intersects(z.geom, d.geom)
      GROUP BY z.unit_id, z.operators) AS s
WHERE s.unit_id = z.unit_id AND s.operators = z.operators"""
)
