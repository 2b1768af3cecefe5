"""Results written as new tables of the database, inside the run's transaction."""

from psycopg2 import sql

from .sources_sql import identifier

GEOMETRY = "geom"
KEY = "fid"
KINDS = {"MultiPolygon": "MultiPolygon", "MultiLineString": "MultiLineString"}  # typmods known


def existing_table(session, schema: str, table: str) -> bool:
    return bool(
        session.value(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = %(schema)s "
            "AND tablename = %(table)s",
            {"schema": schema, "table": table},
        )
    )


def create_table(session, target: tuple, query, values: dict, srid: int, kind: str) -> None:
    """A new table from a query, with a primary key for QGIS, and, when srid is given, its
    geometry column typed (kind: MultiPolygon...) in that CRS, and indexed. Never replaces a
    table."""
    name = identifier(*target)
    session.run(sql.SQL("CREATE TABLE {} AS {}").format(name, query), values)
    session.run(
        sql.SQL("ALTER TABLE {} ADD COLUMN {} bigserial PRIMARY KEY").format(name, identifier(KEY))
    )
    if srid:
        session.run(
            sql.SQL(
                "ALTER TABLE {table} ALTER COLUMN {geom} TYPE geometry({kind}, {srid}) "
                "USING ST_SetSRID({geom}, {srid}); CREATE INDEX ON {table} USING gist ({geom})"
            ).format(
                table=name,
                geom=identifier(GEOMETRY),
                kind=sql.SQL(KINDS[kind]),
                srid=sql.Literal(int(srid)),
            )
        )
    session.run(sql.SQL("ANALYZE {}").format(name))
