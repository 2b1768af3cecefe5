"""A PostGIS database for the tests, in the throw-away cluster of scripts/pg_cluster.sh.

The cluster's socket folder comes in TDATHACK_PG_HOST (`make test` starts it). Tests reach it as
a user would: a QGIS connection made with the provider-connection API, credentials in the QGIS
authentication database (an authcfg in every layer source, never a password)."""

import os
import uuid

import processing
import psycopg2
import pytest
from psycopg2 import sql
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerExporter,
    QgsWkbTypes,
)

SUPERUSER = PASSWORD = "tdathack"


def socket_folder() -> str:
    """The cluster's socket folder, or skip (fail under CI: TDATHACK_REQUIRE_DB=1)."""
    host = os.environ.get("TDATHACK_PG_HOST", "")
    if host and os.path.isdir(host):
        return host
    if os.environ.get("TDATHACK_REQUIRE_DB"):
        pytest.fail("TDATHACK_REQUIRE_DB is set but no database runs (TDATHACK_PG_HOST)")
    pytest.skip("no PostGIS cluster: run the tests with `make test`")


def run_as_admin(database: str, statement, values=None) -> list:
    """Runs one statement as the cluster's superuser, outside a transaction; its rows."""
    connection = psycopg2.connect(
        host=socket_folder(), dbname=database, user=SUPERUSER, password=PASSWORD
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement, values)
            return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()


def auth_config(user: str, password: str) -> str:
    """A Basic configuration in QGIS's authentication database (unlocked by the auth_manager
    fixture); its id."""
    manager = QgsApplication.authManager()  # unlocked by conftest's auth_manager fixture
    config = QgsAuthMethodConfig("Basic")
    config.setName(f"tdathack tests {user}")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    return config.id()


class Database:
    """A fresh database with PostGIS, a QGIS connection to it, and layers exported into it."""

    def __init__(self, name: str, postgis: bool = True):
        self.name = name
        run_as_admin("postgres", sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        if postgis:
            self.execute("CREATE EXTENSION postgis")
        self.authcfg = auth_config(SUPERUSER, PASSWORD)
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        self.connection = metadata.createConnection(self.uri().uri(False), {})
        self.connection.store(f"tdathack tests {name}")

    def uri(self, authcfg: str = "") -> QgsDataSourceUri:
        uri = QgsDataSourceUri()
        uri.setConnection(
            socket_folder(), "5432", self.name, "", "", authConfigId=authcfg or self.authcfg
        )
        return uri

    def execute(self, statement, values=None) -> list:
        return run_as_admin(self.name, statement, values)

    def export(
        self, layer, table: str, schema: str = "public", authcfg: str = ""
    ) -> QgsVectorLayer:
        """The layer written to schema.table by QGIS's exporter, read back as a PostGIS layer
        (polygons as multipolygons, as shapefiles mix both)."""
        if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            layer = processing.run("native:promotetomulti", {"INPUT": layer, "OUTPUT": "memory:"})[
                "OUTPUT"
            ]
        self.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
        uri = self.uri()
        uri.setDataSource(schema, table, "geom", "", "fid")
        error, message = QgsVectorLayerExporter.exportLayer(
            layer, uri.uri(False), "postgres", layer.crs(), False, {"overwrite": True}
        )
        assert error == Qgis.VectorExportResult.Success, message
        return self.layer(schema, table, authcfg=authcfg)

    def layer(self, schema: str, table: str, subset: str = "", authcfg: str = "", geometry="geom"):
        uri = self.uri(authcfg)
        uri.setDataSource(schema, table, geometry, subset, "fid")
        layer = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert layer.isValid(), uri.uri(False)
        return layer

    def destination(self, schema: str, table: str) -> str:
        """A Processing output sent to a new table of this database, as the dialog writes it."""
        uri = self.uri()
        uri.setDataSource(schema, table, "geom")
        return "postgis:" + uri.uri(False)

    def tables(self) -> set:
        rows = self.execute(
            "SELECT schemaname || '.' || tablename FROM pg_tables "
            "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        )
        return {row[0] for row in rows}

    def execute_on_cluster(self, statement) -> list:
        return run_as_admin("postgres", statement)

    def drop(self):
        self.connection.remove(f"tdathack tests {self.name}")
        statement = sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(self.name))
        run_as_admin("postgres", statement)


def new_database(postgis: bool = True) -> Database:
    return Database(f"tdh_{uuid.uuid4().hex[:10]}", postgis)
