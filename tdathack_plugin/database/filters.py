"""A layer's own SQL filter (its subset string), checked before it goes inside our statements."""

import re

# Quoted text, in which a ';' or a parenthesis is only text: 'text' ('' inside), "identifier".
_QUOTED = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*\"""")
# Anything PostgreSQL's lexer could read otherwise than this check does: backslash escapes
# (E'' and U&'' strings), dollar quotes and '$' in names, comments (nested /* */, -- ended by
# a carriage return as well as a new line), and a second statement.
_REFUSED = ("\\", "$", "/*", "*/", "--", "\r", ";")


def enclosable(subset: str) -> bool:
    """True when a subset string can sit inside `WHERE (...)` without ending it: none of the
    refused marks anywhere, no unclosed quote, and balanced parentheses outside quotes. A
    filter refused here is applied by QGIS instead (the engine runs on this computer)."""
    if any(mark in subset for mark in _REFUSED):
        return False
    bare = _QUOTED.sub(" ", subset)
    if "'" in bare or '"' in bare:
        return False
    depth = 0
    for char in bare:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0
