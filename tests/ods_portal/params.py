"""Query-string parameters shared by the catalogue and the records endpoints."""

import re

from .errors import bad_parameter

MAX_LIMIT = 100
MAX_WINDOW = 10_000


def integer(query, name, default, minimum=None):
    """An integer parameter, 400 InvalidRESTParameterError when it is not one."""
    text = query.get(name, [None])[-1]
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise bad_parameter(name, text, "an integer") from None
    if minimum is not None and value < minimum:
        raise bad_parameter(name, value, f"{name} >= {minimum}")
    return value


def paging(query):
    """(offset, limit) of a catalogue or records page, checked as the portal checks them."""
    limit = integer(query, "limit", 10)
    offset = integer(query, "offset", 0)
    if not -1 <= limit <= MAX_LIMIT:
        raise bad_parameter("limit", limit, f"-1 <= limit <= {MAX_LIMIT}")
    if limit == -1:
        limit = MAX_LIMIT
    if offset < 0:
        raise bad_parameter("offset", offset, "offset >= 0")
    if offset + limit > MAX_WINDOW:
        raise bad_parameter("offset", offset, f"offset + limit <= {MAX_WINDOW}")
    return offset, limit


REFINE = re.compile(r"""\s*([\w.]+)\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(.*?))\s*$""")


def facet_filters(query, name):
    """[(facet, value)] of the `refine` or `exclude` parameters (`facet:"value"`)."""
    filters = []
    for text in query.get(name, []):
        match = REFINE.match(text)
        if match is None:
            raise bad_parameter(name, text, 'facet:"value"')
        value = next(v for v in match.groups()[1:] if v is not None)
        filters.append((match.group(1), re.sub(r"\\(.)", r"\1", value)))
    return filters


def facet_match(value, wanted):
    """A refine value matches a field value (any value of a multivalued field)."""
    values = value if isinstance(value, list) else [value]
    return any(v is not None and str(v) == wanted for v in values)
