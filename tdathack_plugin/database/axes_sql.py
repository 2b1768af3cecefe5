"""Axis coverage in SQL, as coverage/lines.py splits a line: per axis feature, each operator's
coverage within a 1 m corridor, the line cut where those parts begin and end, and each piece
given the exact set of operators covering its middle. Lengths are measured on the ellipsoid
(%(spheroid)s) as QgsDistanceArea does. Working tables are keyed by the axis feature."""

from psycopg2 import sql

from ..coverage.lines import CORRIDOR
from ..coverage.splitting import CONSISTENCY, MIN_LENGTH
from ..coverage.units import M_PER_KM
from .coverage_sql import CLASS_COLUMNS
from .sources_sql import (
    identifier,
    metric_geometry,
    output_geometry,
    percent,
    table_name,
    text,
    where,
)

GEOGRAPHIC = 4326  # lengths are measured in longitudes and latitudes of the ellipsoid


def axes(table, id_field: str, name_field: str):
    """tdh_axes: (feature_no, axis_id, axis_name, geom, corridor), lines in the computation CRS."""
    name = sql.SQL("{}::text").format(identifier(name_field)) if name_field else sql.SQL("NULL")
    return sql.SQL(
        """
CREATE TEMP TABLE tdh_axes ON COMMIT DROP AS
SELECT row_number() OVER () AS feature_no, axis_id, axis_name,
       ST_Multi(ST_CollectionExtract(g, 2)) AS geom
FROM (SELECT {id} AS axis_id, {name} AS axis_name, {geometry} AS g
      FROM {table} WHERE {where}) AS source"""
    ).format(
        id=identifier(id_field),
        name=name,
        geometry=metric_geometry(table),
        table=table_name(table),
        where=where(table, box=False),
    )


DROP_EMPTY = sql.SQL(
    """
DELETE FROM tdh_axes WHERE geom IS NULL OR ST_IsEmpty(geom) OR ST_Length(geom) <= 0
RETURNING axis_id"""
)

AXES_SUMMARY = sql.SQL(
    """
SELECT n, multipart, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (SELECT count(*) AS n, count(*) FILTER (WHERE ST_NumGeometries(geom) > 1) AS multipart,
             ST_Extent(geom) AS e FROM tdh_axes) AS axes"""
)

AXIS_COVER = sql.SQL(
    """
ALTER TABLE tdh_axes ADD COLUMN corridor geometry;
UPDATE tdh_axes SET corridor = ST_Buffer(geom, {corridor}, 'quad_segs=4');
CREATE INDEX tdh_axes_corridor ON tdh_axes USING gist (corridor);
ANALYZE tdh_axes;
CREATE TEMP TABLE tdh_axis_cover ON COMMIT DROP AS
SELECT feature_no, operator, geom FROM (
    SELECT a.feature_no, c.operator,
           ST_Union(ST_CollectionExtract(ST_Intersection(c.geom, a.corridor), 3)) AS geom
    FROM tdh_axes AS a JOIN tdh_cover AS c ON ST_Intersects(a.corridor, c.geom)
    GROUP BY a.feature_no, c.operator) AS covered
WHERE NOT ST_IsEmpty(geom);
CREATE INDEX tdh_axis_cover_feature ON tdh_axis_cover (feature_no)"""
).format(corridor=sql.Literal(CORRIDOR))

PIECES = sql.SQL(
    """
CREATE TEMP TABLE tdh_pieces ON COMMIT DROP AS
SELECT p.feature_no, p.geom, ST_Length(p.geom) AS planar,
       ARRAY(SELECT c.operator FROM tdh_axis_cover AS c
             WHERE c.feature_no = p.feature_no
               AND ST_Intersects(c.geom, ST_LineInterpolatePoint(p.geom, 0.5))
             ORDER BY c.operator) AS operators
FROM (SELECT a.feature_no, (ST_Dump(CASE WHEN b.blade IS NULL THEN a.geom
                                         ELSE ST_Split(a.geom, b.blade) END)).geom AS geom
      FROM tdh_axes AS a
      LEFT JOIN LATERAL (SELECT ST_CollectionExtract(ST_Collect(ST_Boundary(c.geom)), 2) AS blade
                         FROM tdh_axis_cover AS c
                         WHERE c.feature_no = a.feature_no) AS b ON TRUE) AS p
WHERE ST_Length(p.geom) > {min_length}"""
).format(min_length=sql.Literal(MIN_LENGTH))

FEATURES_NOT_ADDING_UP = sql.SQL(
    """
SELECT a.axis_id FROM tdh_axes AS a
LEFT JOIN (SELECT feature_no, sum(planar) AS planar FROM tdh_pieces GROUP BY feature_no) AS p
    USING (feature_no)
WHERE abs(coalesce(p.planar, 0) - ST_Length(a.geom)) > {min_length}
      + {consistency} * ST_Length(a.geom)
LIMIT 10"""
).format(min_length=sql.Literal(MIN_LENGTH), consistency=sql.Literal(CONSISTENCY))

SEGMENTS = sql.SQL(
    """
CREATE TEMP TABLE tdh_segments ON COMMIT DROP AS
SELECT feature_no, operators, n_operators, {classes}, geom,
       ST_LengthSpheroid(ST_Transform(geom, {geographic}), %(spheroid)s::spheroid) AS metres
FROM (SELECT feature_no, operators, cardinality(operators) AS n_operators,
             ST_Multi(ST_LineMerge(ST_Collect(geom))) AS geom
      FROM tdh_pieces GROUP BY feature_no, operators) AS grouped"""
).format(classes=CLASS_COLUMNS, geographic=sql.Literal(GEOGRAPHIC))


def segments(binary: bool):
    """The segments output: per axis feature and set of operators."""
    return sql.SQL(
        """
SELECT a.axis_id, a.axis_name, s.class, s.n_operators, s.present AS operators, s.missing,
       s.metres / {km} AS length_km, {geometry}
FROM tdh_segments AS s JOIN tdh_axes AS a USING (feature_no)
ORDER BY s.feature_no, s.n_operators DESC, s.present"""
    ).format(
        km=sql.Literal(M_PER_KM),
        geometry=output_geometry("s", binary),
    )


def stats(operators, classes):
    """Per axis (its features summed): length, km and share per class and per operator.

    classes: (all, grise, blanche) class names, in the order of the output's columns."""
    km, total = sql.Literal(M_PER_KM), sql.SQL("coalesce(sum(s.metres), 0)")
    columns = [sql.SQL("{} / {} AS length_km").format(total, km)]

    def share(condition, km_name, pct_name):
        part = sql.SQL("coalesce(sum(s.metres) FILTER (WHERE {}), 0)").format(condition)
        columns.append(sql.SQL("{} / {} AS {}").format(part, km, identifier(km_name)))
        columns.append(sql.SQL("{} AS {}").format(percent(part, total), identifier(pct_name)))

    for name, (km_name, pct_name) in zip(
        classes, (("km_all", "pct_all"), ("km_grise", "pct_grise"), ("km_none", "pct_none"))
    ):
        share(sql.SQL("s.class = {}").format(text(name)), km_name, pct_name)
    for name, suffix in operators:
        share(
            sql.SQL("{} = ANY(s.operators)").format(text(name)),
            f"km_{suffix}",
            f"cov_{suffix}_pct",
        )
    return sql.SQL(
        """
SELECT a.axis_id, (array_agg(a.axis_name ORDER BY a.feature_no))[1] AS axis_name, {columns}
FROM tdh_axes AS a LEFT JOIN tdh_segments AS s USING (feature_no)
GROUP BY a.axis_id ORDER BY min(a.feature_no)"""
    ).format(columns=sql.SQL(", ").join(columns))
