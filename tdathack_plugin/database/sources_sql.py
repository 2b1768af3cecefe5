"""Reading a PostGIS table as QGIS does, in SQL: its filter, its CRS, the territory's box."""

from psycopg2 import sql

from .tables import PostgisTable

BOX_STEP = 1000.0  # metres between the points of the box's outline before it is reprojected


def identifier(*names):
    """A quoted identifier; a '%' in it doubled, as every statement goes through the driver's
    value binding (which reads '%' as a placeholder)."""
    return sql.Identifier(*(name.replace("%", "%%") for name in names))


def text(value: str):
    """A string literal from the data (an operator's name), '%' doubled as in identifier()."""
    return sql.Literal(value.replace("%", "%%"))


def table_name(table: PostgisTable):
    return identifier(table.schema, table.table)


def column(table: PostgisTable, name: str):
    return identifier(name) if name else sql.SQL("NULL")


def where(table: PostgisTable, box: bool = True):
    """The table's own filter (its subset string) and, with box, the territory's box test.

    The filter was checked by filters.enclosable(); the newline ends a trailing comment."""
    tests = []
    if table.subset:
        tests.append(sql.SQL("(") + sql.SQL(table.subset.replace("%", "%%")) + sql.SQL("\n)"))
    if box:
        tests.append(
            sql.SQL(
                "{geom} && ST_Transform(ST_Segmentize(ST_MakeEnvelope(%(xmin)s, %(ymin)s, "
                "%(xmax)s, %(ymax)s, %(srid)s), {step}), {layer_srid})"
            ).format(
                geom=identifier(table.geometry),
                step=sql.Literal(BOX_STEP),
                layer_srid=sql.Literal(table.srid),
            )
        )
    return sql.SQL(" AND ").join(tests) if tests else sql.SQL("TRUE")


def percent(part, whole):
    """part as a percentage of whole, 0 for an empty whole (coverage/units.py percent())."""
    return sql.SQL("CASE WHEN {whole} > 0 THEN 100.0 * {part} / {whole} ELSE 0 END").format(
        part=part, whole=whole
    )


def output_geometry(alias: str, binary: bool):
    """An output's geometry column: WKB to stream back to QGIS, else the geometry (a table)."""
    column = sql.SQL("{}.geom").format(sql.Identifier(alias))
    return sql.SQL("ST_AsBinary({})").format(column) if binary else column + sql.SQL(" AS geom")


def metric_geometry(table: PostgisTable):
    """The table's geometry in the computation CRS (%(srid)s), in two dimensions."""
    return sql.SQL(
        "ST_Force2D(ST_Transform(ST_SetSRID({geom}::geometry, {layer_srid}), %(srid)s))"
    ).format(geom=identifier(table.geometry), layer_srid=sql.Literal(table.srid))


def number(expression):
    """A population or weight as the local engine reads it: negative, NaN or NULL count 0."""
    return sql.SQL(
        "(CASE WHEN ({value})::float8 >= 0 AND ({value})::float8 <> 'NaN' "
        "THEN ({value})::float8 ELSE 0 END)"
    ).format(value=expression)


def valid_polygons(expression):
    """The valid polygonal part of a geometry (repaired only when invalid), as multipolygon."""
    return sql.SQL(
        "ST_Multi(ST_CollectionExtract(CASE WHEN ST_IsValid({g}) THEN {g} "
        "ELSE ST_MakeValid({g}) END, 3))"
    ).format(g=expression)
