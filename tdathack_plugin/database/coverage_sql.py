"""Operators' coverage in SQL, as coverage_inputs.py reads it: within the box of the territory
or the axes, at the levels kept, repaired, subdivided and indexed (tdh_cover)."""

from psycopg2 import sql

from .sources_sql import column, identifier, metric_geometry, table_name, where

# vertices of a subdivided piece: tested against points and corridors, one at a time (a
# quarter faster to build than 256 on a region's coverage, as fast to test)
PIECE_VERTICES = 1024
BIG_FEATURE = 20_000  # vertices: cut to the box before the repair (coverage_inputs.SMALL_COVERAGE)


def codes(coverage, operator_field: str, level_field: str):
    """(operator code, level, features, features without operator) in the territory's box."""
    return sql.SQL(
        """
SELECT {code}::text, {level}::text, count(*)
FROM {table} WHERE {where} GROUP BY 1, 2"""
    ).format(
        code=column(coverage, operator_field),
        level=column(coverage, level_field),
        table=table_name(coverage),
        where=where(coverage),
    )


CREATE_COVER = sql.SQL(
    """
CREATE TEMP TABLE tdh_cover_source (operator text, repaired boolean, geom geometry)
ON COMMIT DROP"""
)


def cover_source(coverage, operator_field: str, level_field: str):
    """Adds a coverage layer's polygons to tdh_cover_source, within the box, for the kept levels
    (an empty piece may remain: a repair that leaves no polygon). OFFSET 0 keeps each
    subquery's geometry computed once (a national feature is megabytes to read and check).

    %(codes)s and %(names)s map operator codes to names (or %(operator)s names the layer's
    operator); %(levels)s are the kept levels. A small feature is repaired whole and cut to the
    box; a big one is cut first, then repaired (coverage_inputs._read_coverage)."""
    if operator_field:
        operator = sql.SQL(
            "(SELECT m.name FROM unnest(%(codes)s::text[], %(names)s::text[]) AS m(code, name) "
            "WHERE m.code = {code}::text)"
        ).format(code=identifier(operator_field))
    else:
        operator = sql.SQL("%(operator)s::text")
    level = (
        # trimmed of every white space, as Python's str.strip() (coverage/levels.py)
        sql.SQL(
            " AND upper(regexp_replace({}::text, '^\\s+|\\s+$', '', 'g')) = ANY(%(levels)s::text[])"
        ).format(identifier(level_field))
        if level_field
        else sql.SQL("")
    )
    return sql.SQL(
        """
INSERT INTO tdh_cover_source (operator, repaired, geom)
SELECT operator, NOT valid,
       CASE WHEN big THEN {piece_repaired}
            ELSE ST_CollectionExtract(ST_Intersection({piece_repaired}, box), 3) END AS geom
FROM (SELECT operator, box, big, piece, ST_IsValid(piece) AS valid
      FROM (SELECT operator, box, ST_NPoints(g) > {big} AS big,
                   CASE WHEN ST_NPoints(g) > {big} THEN ST_ClipByBox2D(g, box) ELSE g END
                       AS piece
            FROM (SELECT {operator} AS operator, {geometry} AS g,
                         ST_MakeEnvelope(%(xmin)s, %(ymin)s, %(xmax)s, %(ymax)s, %(srid)s)
                             AS box
                  FROM {table} WHERE {where}{level} OFFSET 0) AS source
            WHERE operator IS NOT NULL AND g IS NOT NULL OFFSET 0) AS cut OFFSET 0) AS checked
WHERE NOT ST_IsEmpty(piece)"""
    ).format(
        big=sql.Literal(BIG_FEATURE),
        piece_repaired=sql.SQL(
            "ST_Multi(ST_CollectionExtract(CASE WHEN valid THEN piece "
            "ELSE ST_MakeValid(piece) END, 3))"
        ),
        operator=operator,
        geometry=metric_geometry(coverage),
        table=table_name(coverage),
        where=where(coverage),
        level=level,
    )


SUBDIVIDE = sql.SQL(
    """
CREATE TEMP TABLE tdh_cover ON COMMIT DROP AS
SELECT operator, ST_Subdivide(geom, {vertices}) AS geom FROM tdh_cover_source
WHERE NOT ST_IsEmpty(geom);
CREATE INDEX tdh_cover_geom ON tdh_cover USING gist (geom);
ANALYZE tdh_cover"""
).format(vertices=sql.Literal(PIECE_VERTICES))

# class, present and missing operators of a set of operators (columns `operators`, an array,
# and `n_operators`), as coverage/classes.py and coverage/operators.py tell them; %(order)s are
# the operators found in their usual order, %(unknown)s ["+N"] for expected operators not found.
CLASS_COLUMNS = sql.SQL(
    """CASE WHEN n_operators = 0 THEN %(blanche)s
            WHEN %(expected)s > 0 AND n_operators >= %(expected)s THEN %(all)s
            ELSE %(grise)s END AS class,
       array_to_string(ARRAY(SELECT o FROM unnest(%(order)s::text[]) WITH ORDINALITY AS x(o, i)
                             WHERE o = ANY(operators) ORDER BY i), ', ') AS present,
       array_to_string(ARRAY(SELECT o FROM unnest(%(order)s::text[]) WITH ORDINALITY AS x(o, i)
                             WHERE NOT o = ANY(operators) ORDER BY i) || %(unknown)s::text[],
                       ', ') AS missing"""
)
