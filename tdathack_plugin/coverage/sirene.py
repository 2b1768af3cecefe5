"""INSEE workforce size classes of Sirene (trancheEffectifsEtablissement): labels, mid-points."""

import re

from ..toolbelt.i18n import tr

UNKNOWN = "?"

# (code, lower bound, upper bound or None for the open class), smallest first.
SIZE_CLASSES = (
    ("NN", 0, 0),
    ("00", 0, 0),
    ("01", 1, 2),
    ("02", 3, 5),
    ("03", 6, 9),
    ("11", 10, 19),
    ("12", 20, 49),
    ("21", 50, 99),
    ("22", 100, 199),
    ("31", 200, 249),
    ("32", 250, 499),
    ("41", 500, 999),
    ("42", 1000, 1999),
    ("51", 2000, 4999),
    ("52", 5000, 9999),
    ("53", 10000, None),
)
CODES = tuple(code for code, _low, _high in SIZE_CLASSES)
_BOUNDS = {code: (low, high) for code, low, high in SIZE_CLASSES}


def label(code: str) -> str:
    """INSEE wording of a size class, translated."""
    if code == "NN":
        return tr("Non-employer unit")
    if code == UNKNOWN:
        return tr("Unknown size class")
    low, high = _BOUNDS[code]
    if high is None:
        return tr("{low} employees or more").format(low=_thousands(low))
    if high == 0:
        return tr("No employee")
    if high == low + 1:
        return tr("{low} or {high} employees").format(low=low, high=high)
    return tr("{low} to {high} employees").format(low=_thousands(low), high=_thousands(high))


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def mid_point(code: str) -> float:
    """Estimated employees of one establishment of the class (the lower bound for 10,000+)."""
    if code not in _BOUNDS:
        return 0.0
    low, high = _BOUNDS[code]
    return float(low) if high is None else (low + high) / 2.0


def rank(code: str) -> int:
    """Position from the smallest class; -1 for an unknown code."""
    return CODES.index(code) if code in CODES else -1


_LABEL_PATTERN = re.compile(r"(\d[\d\s]*)\s*(?:à|a|ou|-)\s*(\d[\d\s]*)\s*salari")


def size_code(value) -> str:
    """INSEE code of a value: '11', 11, '11.0' or an ODS label ('10 à 19 salariés').

    Empty values (no declaration in Sirene) are NN; anything else not recognised is UNKNOWN.
    """
    if value is None or value != value:
        return "NN"
    text = str(value).strip()
    if text in ("", "NULL"):
        return "NN"
    if re.fullmatch(r"\d{1,2}(\.0+)?", text):
        text = f"{int(float(text)):02d}"
    text = text.upper()
    if text in _BOUNDS:
        return text
    lower = text.lower()
    if "non employeu" in lower:
        return "NN"
    if lower.startswith("0 salari"):
        return "00"
    match = _LABEL_PATTERN.search(lower)
    if match:
        low = int(re.sub(r"\s", "", match.group(1)))
        for code, bound_low, _high in SIZE_CLASSES[1:]:
            if bound_low == low:
                return code
    if re.match(r"10\s*000 salari", lower):
        return "53"
    return UNKNOWN
