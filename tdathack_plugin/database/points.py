"""Every point of a PostGIS layer in one query: its key (QGIS's feature id), its coordinates as
stored, and plain field values, with the layer's own filter."""

import numpy as np
from psycopg2 import sql

from ..toolbelt import field_types
from ..toolbelt.i18n import tr
from .errors import DatabaseError
from .session import DatabaseSession, driver
from .sources_sql import identifier, table_name, where
from .tables import postgis_table

KEY_TYPES = (field_types.INT,)  # QGIS numbers the features of a bigint key itself
UINT32 = 2**32  # QGIS's feature id of a negative int4 key k is k + 2^32
POINT_COLUMN = """
SELECT type FROM geometry_columns
WHERE f_table_schema = %(schema)s AND f_table_name = %(table)s AND f_geometry_column = %(column)s
"""


def postgis_points(layer, fields, feedback) -> tuple:
    """((feature ids, coordinates in the layer's CRS, {field: values}), "") of a PostGIS point
    layer's features passing its filter; (None, why not) when QGIS's feature ids are not the
    values of one 4-byte integer key column, or the column is not declared as points."""
    if driver() is None:
        return None, tr("psycopg2 is missing")
    table, why = postgis_table(layer)
    if table is None:
        return None, why
    keys = layer.dataProvider().pkAttributeIndexes()
    if len(keys) != 1 or layer.fields().at(keys[0]).type() not in KEY_TYPES:
        return None, tr("its key is not one integer column")
    columns = [layer.fields().at(keys[0]).name(), *fields]
    geometry = identifier(table.geometry)
    statement = sql.SQL(
        "SELECT {columns}, COALESCE(ST_X({geometry}), 'NaN'), COALESCE(ST_Y({geometry}), 'NaN') "
        "FROM {table} WHERE {where}"
    ).format(
        columns=sql.SQL(", ").join(identifier(name) for name in columns),
        geometry=geometry,
        table=table_name(table),
        where=where(table, box=False),
    )
    names = {"schema": table.schema, "table": table.table, "column": table.geometry}
    try:
        with DatabaseSession(table, feedback, feedback.pushCommandInfo) as session:
            if session.value(POINT_COLUMN, names) != "POINT":
                return None, tr("its geometry column is not declared as points")
            session.run("SET LOCAL extra_float_digits = 3")  # every digit, on any server
            rows = list(session.stream(statement))
    except DatabaseError as error:
        return None, str(error)
    return _arrays(rows, fields), ""


def _arrays(rows, fields) -> tuple:
    """(key values, coordinates, {field: values}) of rows (key, fields..., x, y)."""
    fids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
    fids[fids < 0] += UINT32
    xy = np.array([row[-2:] for row in rows], dtype=float).reshape(-1, 2)
    values = {name: [row[1 + k] for row in rows] for k, name in enumerate(fields)}
    return fids, xy, values
