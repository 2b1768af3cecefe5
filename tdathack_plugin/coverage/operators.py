"""Mobile operators: Arcep codes and MCC-MNC codes shown with their commercial names."""

import re

COMMERCIAL_NAMES = {
    "20801": "Orange",
    "20802": "Orange",
    "OF": "Orange",
    "ORF": "Orange",
    "ORANGE": "Orange",
    "20810": "SFR",
    "20811": "SFR",
    "SFR": "SFR",
    "SFR0": "SFR",
    "20820": "Bouygues Telecom",
    "20821": "Bouygues Telecom",
    "BOUY": "Bouygues Telecom",
    "BYT": "Bouygues Telecom",
    "BOUYGUES": "Bouygues Telecom",
    "BOUYGUES TELECOM": "Bouygues Telecom",
    "20815": "Free",
    "20816": "Free",
    "FREE": "Free",
    "FREE MOBILE": "Free",
}
# Order in which operators are listed (Arcep's usual order), then any other name alphabetically.
USUAL_ORDER = ("Orange", "SFR", "Bouygues Telecom", "Free")


def _code(value) -> str:
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0", text):
        text = text[:-2]
    return text.replace(" ", "").upper() if text[:3].isdigit() else text.upper()


def operator_name(value) -> str:
    """Commercial name of an operator code (20801, OF, SFR0...); unknown codes are kept as given."""
    if value is None:
        return ""
    return COMMERCIAL_NAMES.get(_code(value), str(value).strip())


def operator_in_text(text: str) -> str:
    """Operator named inside a layer or file name (e.g. 2025_T4_couv_Metropole_BOUY_4G_data)."""
    for token in re.split(r"[^0-9A-Za-z]+", text):
        if token and _code(token) in COMMERCIAL_NAMES:
            return COMMERCIAL_NAMES[_code(token)]
    return text


def sort_key(name: str):
    return (USUAL_ORDER.index(name), "") if name in USUAL_ORDER else (len(USUAL_ORDER), name)


def sorted_operators(names) -> list:
    return sorted(set(names), key=sort_key)


def field_suffix(name: str) -> str:
    """A field-name-safe form of an operator name: 'Bouygues Telecom' -> 'bouygues_telecom'."""
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_") or "operator"


def missing_operators(operators, present, expected: int) -> list:
    """Operators absent from `present`, and "+N" for expected operators absent from the data."""
    absent = [name for name in operators if name not in present]
    unknown = expected - len(operators)
    return absent + ([f"+{unknown}"] if unknown > 0 else [])
