"""The database engine's transaction: cancel in the middle of a statement, a lost connection,
a database without PostGIS; each a sentence for the user, nothing left behind."""

import threading

import pytest
from qgis.core import QgsFeedback

from tdathack_plugin.database.errors import DatabaseCancelledError, DatabaseError
from tdathack_plugin.database.session import DatabaseSession
from tdathack_plugin.database.tables import PostgisTable

from .postgis_db import new_database


def table_of(database) -> PostgisTable:
    uri = database.uri()
    key = ("", uri.host(), uri.port(), database.name, "", uri.authConfigId())
    return PostgisTable(key, uri.connectionInfo(False), "public", "t", "geom", "", 2154, "t")


@pytest.fixture(scope="module")
def plain(auth_manager):
    """A database without PostGIS."""
    database = new_database(postgis=False)
    yield database
    database.drop()


def test_cancel_stops_a_long_statement_and_rolls_back(plain):
    feedback = QgsFeedback()
    threading.Timer(0.3, feedback.cancel).start()
    with (
        pytest.raises(DatabaseCancelledError, match="Cancelled: no output was written."),
        DatabaseSession(table_of(plain), feedback, lambda text: None) as session,
    ):
        session.run("CREATE TABLE half_done AS SELECT 1 AS n")
        session.run("SELECT pg_sleep(30)")
    assert plain.tables() == set()


def test_a_lost_connection_is_said_and_rolled_back(plain):
    def terminate():
        plain.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'SELECT pg_sleep%%' AND pid <> pg_backend_pid()"
        )

    threading.Timer(0.5, terminate).start()
    with (
        pytest.raises(DatabaseError, match="The connection to the database was lost"),
        DatabaseSession(table_of(plain), QgsFeedback(), lambda text: None) as session,
    ):
        session.run("CREATE TABLE half_done AS SELECT 1 AS n")
        session.run("SELECT pg_sleep(30)")
    assert plain.tables() == set()


def test_a_database_without_postgis_is_named(plain):
    with (
        pytest.raises(DatabaseError, match=f"The database {plain.name} has no PostGIS extension"),
        DatabaseSession(table_of(plain), QgsFeedback(), lambda text: None) as session,
    ):
        session.require_postgis({2154})
