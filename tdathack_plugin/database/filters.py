"""A layer's own SQL filter (its subset string), checked before it goes inside our statements."""

import re

# Quoted text and comments, in which a ';' or a parenthesis is only text.
_QUOTED = re.compile(
    r"""'(?:[^']|'')*'          # 'text' with '' inside
      | "(?:[^"]|"")*"          # "identifier"
      | \$(\w*)\$.*?\$\1\$      # $$dollar quoted$$ or $tag$...$tag$
      | --[^\n]*                # comment to the end of the line
      | /\*.*?\*/               # /* comment */
    """,
    re.VERBOSE | re.DOTALL,
)


def enclosable(subset: str) -> bool:
    """True when a subset string can sit inside `WHERE (...)` without ending it: outside quotes
    and comments it has no ';', no unclosed quote or comment, and balanced parentheses."""
    bare = _QUOTED.sub(" ", subset)
    if any(mark in bare for mark in (";", "'", '"', "$", "/*", "*/", "\\")):
        return False
    depth = 0
    for char in bare:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0
