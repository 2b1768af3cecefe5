"""Server-side parser of the ODSQL subset the portal understands (`where`, `select`, `order_by`).

A `where` text compiles to a predicate `record -> bool`; records are dicts of field values
(`geo.Point` for geo_point_2d, `geo.Shape` for geo_shape, lists for multivalued fields).
"""

import fnmatch
import re
import unicodedata

from . import geo

GEO_TYPES = ("geo_point_2d", "geo_shape")
NUMERIC_TYPES = ("int", "double")
KEYWORDS = {"and", "or", "not", "in", "is", "null", "like", "true", "false"}
GEO_PREDICATES = ("intersects", "within", "disjoint")

TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<typed>(?:geom|date)(?P<tquote>['"]))
  | (?P<string>["'])
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<backquoted>`[^`]*`)
  | (?P<op><=|>=|!=|<>|=|<|>|\(|\)|,|\*)
    """,
    re.VERBOSE,
)


class ODSQLError(Exception):
    """A malformed ODSQL clause; `str()` is the detail, `clause` the faulty parameter."""

    def __init__(self, detail, clause="where"):
        super().__init__(detail)
        self.clause = clause

    @property
    def message(self):
        return f"ODSQL query is malformed: {self} Clause(s) containing the error(s): {self.clause}."


def normalize(text):
    """Lower case without accents, for free-text matching."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokenize(text):
    """(kind, value, position) tokens; strings are unescaped."""
    tokens, pos = [], 0
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:
            raise ODSQLError(f"Unexpected character {text[pos]!r} at position {pos}.")
        kind = match.lastgroup if match.lastgroup != "tquote" else "typed"
        if kind == "space":
            pos = match.end()
            continue
        if kind in ("string", "typed"):
            quote = match.group("tquote") or match.group("string")
            value, end = read_string(text, match.end(), quote, pos)
            prefix = match.group(0)[:-1].lower()
            tokens.append((prefix or "string", value, pos))
            pos = end
            continue
        value = match.group(0)
        if kind == "backquoted":
            kind, value = "ident", value[1:-1]
        elif kind == "ident" and value.lower() in KEYWORDS:
            kind, value = "keyword", value.lower()
        tokens.append((kind, value, pos))
        pos = match.end()
    tokens.append(("end", "", len(text)))
    return tokens


def read_string(text, pos, quote, start):
    """The unescaped content of a quoted literal and the position after its closing quote."""
    chars = []
    while pos < len(text):
        char = text[pos]
        if char == "\\" and pos + 1 < len(text):
            chars.append(text[pos + 1])
            pos += 2
        elif char == quote:
            return "".join(chars), pos + 1
        else:
            chars.append(char)
            pos += 1
    raise ODSQLError(f"Unterminated string literal starting at position {start}.")


class Schema:
    """Field names → ODS types, and the text fields free-text search looks into."""

    def __init__(self, types, search_fields):
        self.types = types
        self.search_fields = search_fields

    def check(self, name, clause="where"):
        if name not in self.types:
            raise ODSQLError(f"Unknown field: {name}.", clause)
        return self.types[name]

    def text_of(self, record, fields=None):
        parts = []
        for name in fields or self.search_fields:
            value = record.get(name)
            parts.extend(value if isinstance(value, list) else [value])
        return normalize(" ".join(str(p) for p in parts if p is not None))


def values_of(value):
    """A multivalued field matches when any of its values does."""
    return value if isinstance(value, list) else [value]


def coerce(value, literal):
    """The record value and the literal made comparable (numbers, dates as ISO text)."""
    if isinstance(value, bool) or isinstance(literal, bool):
        return value, literal
    if isinstance(value, (int, float)) and isinstance(literal, str):
        try:
            return value, float(literal)
        except ValueError:
            return str(value), literal
    if isinstance(value, str) and isinstance(literal, (int, float)):
        try:
            return float(value), literal
        except ValueError:
            return value, str(literal)
    return value, literal


COMPARATORS = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<>": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def compare(op, value, literal):
    if value is None or literal is None:
        return False
    for item in values_of(value):
        left, right = coerce(item, literal)
        try:
            if COMPARATORS[op](left, right):
                return True
        except TypeError:
            continue
    return False


def like_matcher(pattern):
    """`like`: case- and accent-insensitive; `*`/`%` are wildcards, else a substring match."""
    wanted = normalize(pattern)
    if "*" in wanted or "%" in wanted:
        glob = wanted.replace("%", "*").replace("[", "[[]")
        return lambda text: fnmatch.fnmatchcase(text, glob)
    return lambda text: wanted in text


def text_matcher(query):
    """Free text: every word of the query appears in the text."""
    words = normalize(query).split()
    return lambda text: all(word in text for word in words)


class Parser:
    """Recursive descent over the tokens of one `where` text."""

    def __init__(self, text, schema):
        self.text = text
        self.schema = schema
        self.tokens = tokenize(text)
        self.index = 0

    # token helpers
    def peek(self, offset=0):
        return self.tokens[min(self.index + offset, len(self.tokens) - 1)]

    def take(self):
        token = self.peek()
        self.index += 1
        return token

    def accept(self, kind, value=None):
        token = self.peek()
        if token[0] == kind and (value is None or token[1] == value):
            self.index += 1
            return token
        return None

    def expect(self, kind, value=None):
        token = self.accept(kind, value)
        if token is None:
            raise self.error(f"expected {value or kind}")
        return token

    def error(self, what):
        kind, value, pos = self.peek()
        found = "end of query" if kind == "end" else repr(value)
        return ODSQLError(f"Syntax error at position {pos} ({found}): {what}.")

    # grammar
    def parse(self):
        if self.peek()[0] == "end":
            return lambda record: True
        predicate = self.disjunction()
        if self.peek()[0] != "end":
            raise self.error("expected 'and', 'or' or the end of the query")
        return predicate

    def disjunction(self):
        terms = [self.conjunction()]
        while self.accept("keyword", "or"):
            terms.append(self.conjunction())
        return terms[0] if len(terms) == 1 else (lambda r: any(t(r) for t in terms))

    def conjunction(self):
        terms = [self.negation()]
        while self.accept("keyword", "and"):
            terms.append(self.negation())
        return terms[0] if len(terms) == 1 else (lambda r: all(t(r) for t in terms))

    def negation(self):
        if self.accept("keyword", "not"):
            inner = self.negation()
            return lambda r: not inner(r)
        return self.primary()

    def primary(self):
        kind, value, _ = self.peek()
        if self.accept("op", "("):
            inner = self.disjunction()
            self.expect("op", ")")
            return inner
        if kind == "ident" and self.peek(1)[:2] == ("op", "("):
            return self.function()
        if kind == "string":
            self.index += 1
            if self.peek()[:2] == ("keyword", "in") and self.peek(1)[0] == "ident":
                self.index += 1
                field = self.field(self.take()[1])
                return lambda r: compare("=", r.get(field), value)
            matches = text_matcher(value)
            return lambda r: matches(self.schema.text_of(r))
        return self.comparison()

    def field(self, name):
        self.schema.check(name)
        return name

    def literal(self):
        kind, value, _ = self.take()
        if kind == "string":
            return value
        if kind == "date":
            return value.replace("/", "-")
        if kind == "number":
            return float(value) if any(c in value for c in ".eE") else int(value)
        if kind == "keyword" and value in ("true", "false"):
            return value == "true"
        if kind == "keyword" and value == "null":
            return None
        self.index -= 1
        raise self.error("expected a literal value")

    def comparison(self):
        kind, name, _ = self.peek()
        if kind != "ident":
            raise self.error("expected a field name, a string or a function")
        self.index += 1
        field = self.field(name)
        token = self.peek()
        if token[0] == "op" and token[1] in COMPARATORS:
            self.index += 1
            literal = self.literal()
            op = token[1]
            return lambda r: compare(op, r.get(field), literal)
        if self.accept("keyword", "is"):
            negate = bool(self.accept("keyword", "not"))
            self.expect("keyword", "null")
            return lambda r: (r.get(field) in (None, [])) != negate
        negate = bool(self.accept("keyword", "not"))
        if self.accept("keyword", "like"):
            pattern = self.expect("string")[1]
            matches = like_matcher(pattern)
            return (
                lambda r: any(
                    v is not None and matches(normalize(v)) for v in values_of(r.get(field))
                )
                != negate
            )
        if self.accept("keyword", "in"):
            options = self.literal_list()
            return lambda r: any(compare("=", r.get(field), o) for o in options) != negate
        if negate:
            raise self.error("expected 'like' or 'in' after 'not'")
        if self.schema.types[field] == "boolean":
            return lambda r: r.get(field) is True
        raise self.error("expected an operator after the field name")

    def literal_list(self):
        self.expect("op", "(")
        options = [self.literal()]
        while self.accept("op", ","):
            options.append(self.literal())
        self.expect("op", ")")
        return options

    def function(self):
        name = self.take()[1].lower()
        self.expect("op", "(")
        if name in ("search", "suggest"):
            predicate = self.search()
        elif name == "startswith":
            predicate = self.startswith()
        elif name == "in_bbox":
            predicate = self.in_bbox()
        elif name in GEO_PREDICATES:
            predicate = self.geo_relation(name)
        else:
            raise ODSQLError(f"Unknown function: {name}().")
        self.expect("op", ")")
        return predicate

    def startswith(self):
        field = self.field(self.expect("ident")[1])
        self.expect("op", ",")
        prefix = self.expect("string")[1]

        def predicate(record):
            return any(
                isinstance(v, str) and v.startswith(prefix) for v in values_of(record.get(field))
            )

        return predicate

    def search(self):
        fields = []
        while not (self.peek()[0] == "string" and self.peek(1)[:2] == ("op", ")")):
            if self.accept("op", "*"):
                fields = []
            else:
                fields.append(self.field(self.expect("ident")[1]))
            self.expect("op", ",")
        matches = text_matcher(self.expect("string")[1])
        return lambda r: matches(self.schema.text_of(r, fields))

    def geo_field(self):
        name = self.expect("ident")[1]
        if self.schema.check(name) not in GEO_TYPES:
            raise ODSQLError(f"Field {name} is not a geo field (geo_point_2d or geo_shape).")
        return name

    def number(self):
        token = self.expect("number")
        return float(token[1])

    def in_bbox(self):
        field = self.geo_field()
        coords = []
        for _ in range(4):
            self.expect("op", ",")
            coords.append(self.number())
        lat1, lon1, lat2, lon2 = coords
        if not (-90 <= lat1 <= 90 and -90 <= lat2 <= 90):
            raise ODSQLError("in_bbox() latitudes must be between -90 and 90 (latitude first).")
        south, north = sorted((lat1, lat2))
        west, east = sorted((lon1, lon2))

        def predicate(record):
            value = record.get(field)
            return value is not None and geo.in_bbox(value, south, west, north, east)

        return predicate

    def geo_relation(self, name):
        field = self.geo_field()
        self.expect("op", ",")
        token = self.take()
        if token[0] != "geom":
            self.index -= 1
            raise self.error("expected a geometry literal geom'…'")
        geometry = geo.parse_geometry(token[1])
        if geometry is None:
            raise ODSQLError(f"Invalid geometry literal: {token[1]!r}.")

        def predicate(record):
            value = record.get(field)
            return value is not None and geo.relation(value, geometry, name)

        return predicate


def compile_where(clauses, schema):
    """A predicate for one or several `where` texts (ANDed, as the portal does)."""
    predicates = [Parser(text, schema).parse() for text in clauses if text.strip()]
    if not predicates:
        return lambda record: True
    if len(predicates) == 1:
        return predicates[0]
    return lambda record: all(p(record) for p in predicates)


def parse_select(text, schema):
    """[(field, label)] of a `select` clause; None means every field (`*`)."""
    if text is None or text.strip() in ("", "*"):
        return None
    selection = []
    for item in split_top_level(text):
        match = re.fullmatch(r"`?([A-Za-z_][\w.]*)`?(?:\s+as\s+`?(\w+)`?)?", item.strip(), re.I)
        if match is None:
            if item.strip() == "*":
                selection.extend((name, name) for name in schema.types)
                continue
            raise ODSQLError(f"Unsupported select expression: {item.strip()}.", "select")
        name = match.group(1)
        schema.check(name, "select")
        selection.append((name, match.group(2) or name))
    return selection


def parse_order_by(text, schema):
    """[(field, descending)] of an `order_by` clause."""
    if text is None or not text.strip():
        return []
    keys = []
    for item in split_top_level(text):
        match = re.fullmatch(r"`?([A-Za-z_][\w.]*)`?(?:\s+(asc|desc))?", item.strip(), re.I)
        if match is None:
            raise ODSQLError(f"Unsupported order_by expression: {item.strip()}.", "order_by")
        schema.check(match.group(1), "order_by")
        keys.append((match.group(1), (match.group(2) or "asc").lower() == "desc"))
    return keys


def split_top_level(text):
    """Split on commas outside parentheses and quotes."""
    parts, depth, quote, current = [], 0, None, []
    for char in text:
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]


def sort_records(records, keys):
    """Records sorted by order_by keys; nulls come last in ascending order."""
    records = list(records)
    for field, descending in reversed(keys):
        present = [r for r in records if r.get(field) not in (None, [])]
        missing = [r for r in records if r.get(field) in (None, [])]
        present.sort(key=lambda r, f=field: sort_key(r.get(f)), reverse=descending)
        records = missing + present if descending else present + missing
    return records


def sort_key(value):
    if isinstance(value, list):
        value = value[0]
    if isinstance(value, str):
        return (1, normalize(value))
    if isinstance(value, (int, float)):
        return (0, value)
    return (2, str(value))
