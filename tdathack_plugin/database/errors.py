"""Errors of the database engine, each with a sentence for the user (credentials never in it)."""

from ..toolbelt.i18n import tr

LOST = ("57P01", "57P02", "57P03")  # the server ended the session (shutdown, administrator)


class DatabaseError(Exception):
    """A database run that stopped; its message is for the user, and nothing was written."""


class DatabaseCancelledError(DatabaseError):
    def __init__(self):
        super().__init__(tr("Cancelled: no output was written."))


class OverlayMismatchError(DatabaseError):
    """The database's overlay of some units or axes does not add up: this computer's engine,
    which has fallbacks the SQL has not, computes them instead when the engine is automatic."""


def explained(error) -> DatabaseError:
    """A psycopg2 error in the user's words (SQLSTATE classes, without the connection string)."""
    code = getattr(error, "pgcode", None) or ""
    detail = (getattr(error, "pgerror", None) or str(error)).strip().splitlines()
    first = detail[0] if detail else type(error).__name__
    if code == "57014":
        return DatabaseCancelledError()
    if code == "42501":
        return DatabaseError(
            tr(
                "The database user lacks a privilege this run needs ({detail}): nothing was "
                "written. Ask the database administrator for it, or run on this computer "
                "(ENGINE)."
            ).format(detail=first)
        )
    if code.startswith("08") or (not code and "connection" in first.lower()):
        return DatabaseError(
            tr("The connection to the database was lost ({detail}): nothing was written.").format(
                detail=first
            )
        )
    return DatabaseError(
        tr("The database refused the computation ({detail}): nothing was written.").format(
            detail=first
        )
    )
