"""One connection, one transaction: statements run with cancel, timing and a log without
credentials; on any error or cancel everything is rolled back, so no partial table remains."""

import threading
import time
from contextlib import contextmanager

from qgis.core import QgsDataSourceUri

from ..toolbelt.i18n import tr
from .errors import DatabaseCancelledError, DatabaseError, explained

CANCEL_POLL_SECONDS = 0.2


def driver():
    """psycopg2, which QGIS's Python ships with (Debian, OSGeo4W, macOS), or None."""
    try:
        import psycopg2
        import psycopg2.sql
    except ImportError:
        return None
    return psycopg2


class DatabaseSession:
    """A transaction on the database of a PostgisTable; use it as a context manager."""

    def __init__(self, table, feedback, log):
        """feedback: cancel is polled while a statement runs; log(text): the SQL and timings."""
        self.table, self.feedback, self.log = table, feedback, log
        self.connection = None
        self.seconds = 0.0

    def __enter__(self):
        psycopg2 = driver()
        uri = QgsDataSourceUri(self.table.connection)
        try:
            # QGIS resolves the credentials (authentication database) into this string only;
            # it is neither logged nor kept.
            self.connection = psycopg2.connect(uri.connectionInfo(True))
        except psycopg2.Error as error:
            raise DatabaseError(
                tr("Cannot connect to the database {database} ({detail}).").format(
                    database=uri.database(), detail=str(error).strip().splitlines()[0]
                )
            ) from None
        self.connection.autocommit = False
        # numeric columns (an id stored as numeric) as floats, which QGIS fields store
        extensions = psycopg2.extensions
        numeric = extensions.new_type(
            extensions.DECIMAL.values,
            "TDH_NUMERIC_AS_FLOAT",
            lambda value, _cursor: None if value is None else float(value),
        )
        extensions.register_type(numeric, self.connection)
        return self

    def __exit__(self, kind, error, trace):
        connection, self.connection = self.connection, None
        try:
            if kind is None and self._canceled():
                connection.rollback()
                raise DatabaseCancelledError()
            if kind is None:
                connection.commit()  # a failed commit is said, never a success
            else:
                connection.rollback()
        except driver().Error as failure:
            if kind is None:
                raise explained(failure) from None
            # rolling back after an error: a lost connection rolls back by itself
        finally:
            connection.close()
        return False

    def _canceled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    @contextmanager
    def _statement(self, cursor, statement, values):
        """Logs the statement as the server reads it, runs the block with cancel watched, turns
        driver errors into a DatabaseError; every statement is bound (values or {}), so a '%'
        is always a placeholder or written '%%'."""
        if self._canceled():
            raise DatabaseCancelledError()
        stop = threading.Event()
        watcher = threading.Thread(target=self._cancel_when_asked, args=(stop,), daemon=True)
        try:
            self.log(cursor.mogrify(statement, values).decode().strip())
            watcher.start()
            yield
        except driver().Error as error:
            if self._canceled():
                raise DatabaseCancelledError() from None
            raise explained(error) from None
        finally:
            stop.set()
            if watcher.is_alive():
                watcher.join()

    def run(self, statement, values=None, what: str = ""):
        """Runs one statement (values bound by the driver); returns its rows, or None."""
        values = {} if values is None else values
        if what:
            self.log(what)
        start = time.perf_counter()
        with self.connection.cursor() as cursor, self._statement(cursor, statement, values):
            cursor.execute(statement, values)
            rows = cursor.fetchall() if cursor.description is not None else None
        spent = time.perf_counter() - start
        self.seconds += spent
        self.log(tr("({seconds:.2f} s)").format(seconds=spent))
        return rows

    def require_postgis(self, srids) -> None:
        """Refuses a database without PostGIS, or one that does not know a CRS the run uses."""
        if not self.value("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"):
            raise DatabaseError(
                tr(
                    "The database {database} has no PostGIS extension: ask its administrator "
                    "to run CREATE EXTENSION postgis, or run on this computer (ENGINE)."
                ).format(database=self.table.database[3])
            )
        known = self.run(
            "SELECT srid FROM spatial_ref_sys WHERE srid = ANY(%(srids)s)", {"srids": sorted(srids)}
        )
        unknown = set(srids) - {row[0] for row in known}
        if unknown:
            raise DatabaseError(
                tr(
                    "The database does not know the CRS EPSG:{srid} (spatial_ref_sys): run on "
                    "this computer (ENGINE), or choose another METRIC_CRS."
                ).format(srid=min(unknown))
            )

    def value(self, statement, values=None, what: str = ""):
        rows = self.run(statement, values, what)
        return rows[0][0] if rows else None

    def stream(self, statement, values=None, batch: int = 5000):
        """Yields the rows of a query through a server-side cursor, batch by batch."""
        values = {} if values is None else values
        with self.connection.cursor(name="tdh_stream") as cursor:
            cursor.itersize = batch
            with self._statement(cursor, statement, values):
                cursor.execute(statement, values)
                for row in cursor:
                    if self._canceled():
                        raise DatabaseCancelledError()
                    yield row

    def _cancel_when_asked(self, stop: threading.Event):
        """Asks the server to cancel while the run is canceled and the statement runs (a
        request that arrives between two of its steps is lost: it is sent again)."""
        while not stop.wait(CANCEL_POLL_SECONDS):
            if self._canceled():
                self.connection.cancel()
