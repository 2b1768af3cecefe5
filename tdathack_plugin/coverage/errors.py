"""Errors of the geometry engine; the algorithms turn them into the messages users read."""


class CoverageError(Exception):
    """The engine cannot give a result it can vouch for; its message is for the user."""


class OverlayError(CoverageError):
    """GEOS returned parts that do not add up to the whole, even after the fallbacks."""
