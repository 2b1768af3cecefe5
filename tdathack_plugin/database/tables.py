"""Where a layer's data lives: a PostGIS table of some database, or elsewhere (and why)."""

from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsDataSourceUri

from ..toolbelt.i18n import tr
from .filters import enclosable


@dataclass(frozen=True)
class PostgisTable:
    """A PostGIS layer as the engine reads it: table, geometry column, filter, CRS."""

    database: tuple  # what tells databases apart: service, host, port, dbname, user, authcfg
    # libpq connection string (a password typed in the layer's source stays out of repr());
    # credentials of an authentication configuration are resolved by QGIS only when used
    connection: str = field(repr=False)
    schema: str
    table: str
    geometry: str
    subset: str
    srid: int  # of the layer's CRS, as QGIS reads the coordinates
    name: str  # the layer's name, for messages

    def same_database(self, other: "PostgisTable") -> bool:
        return self.database == other.database


def postgis_table(layer) -> tuple:
    """(PostgisTable, '') for a layer the database can read as QGIS does, else (None, why)."""
    if layer is None:
        return None, ""
    if layer.providerType() != "postgres":
        return None, tr('"{layer}" is not a PostGIS layer').format(layer=layer.name())
    uri = QgsDataSourceUri(layer.source())
    if uri.table().startswith("(") or not uri.geometryColumn():
        return None, tr('"{layer}" is a query layer').format(layer=layer.name())
    subset = layer.subsetString() or ""
    if subset and not enclosable(subset):
        return None, tr('the filter of "{layer}" cannot be run inside another query').format(
            layer=layer.name()
        )
    srid = layer.crs().postgisSrid()
    if not srid:
        return None, tr('the CRS of "{layer}" is not one PostGIS knows').format(layer=layer.name())
    return (
        PostgisTable(
            _database_key(uri),
            uri.connectionInfo(False),
            uri.schema() or "public",
            uri.table(),
            uri.geometryColumn(),
            subset,
            srid,
            layer.name(),
        ),
        "",
    )


def one_database(layers) -> tuple:
    """([PostgisTable] in the layers' order, '') when every layer given (None: an optional
    input left empty) is a table of the same database, else (None, why not)."""
    tables = []
    for layer in layers:
        if layer is None:
            tables.append(None)
            continue
        table, why = postgis_table(layer)
        if table is None:
            return None, why
        if tables and any(t is not None and not t.same_database(table) for t in tables):
            return None, tr("the inputs are in different databases")
        tables.append(table)
    return tables, ""


def destination_table(destination: str, reference: Optional[PostgisTable]):
    """(schema, table) when a sink destination ('postgis:' or 'postgres:' URI) is a table of
    the reference's database, else None (the results are then streamed back to QGIS)."""
    if reference is None or not isinstance(destination, str):
        return None
    for prefix in ("postgres://", "postgis:", "postgres:"):
        if destination.startswith(prefix):
            uri = QgsDataSourceUri(destination[len(prefix) :])
            if _database_key(uri) == reference.database and uri.table():
                return uri.schema() or "public", uri.table()
            return None
    return None


def _database_key(uri: QgsDataSourceUri) -> tuple:
    return (
        uri.service(),
        uri.host(),
        uri.port(),
        uri.database(),
        uri.username(),
        uri.authConfigId(),
    )
