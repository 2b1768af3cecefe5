"""Per-algorithm help, one HTML fragment per language in processing/help/<lang>/<name>.html.

A fragment may hold `<!-- part: NAME -->`, replaced by processing/help/<lang>/parts/NAME.html:
text that several algorithms or models share is written once."""

import re
from functools import partial
from pathlib import Path

from ..toolbelt.i18n import user_language

HELP_DIR = Path(__file__).resolve().parent / "help"
PART = re.compile(r"<!-- part: ([a-z_]+) -->\n?")


def help_file(name: str, language: str) -> Path:
    """The help file of an algorithm in one language (it may not exist)."""
    return HELP_DIR / language / f"{name}.html"


def algorithm_help(name: str, language: str = "") -> str:
    """Help text for the dialog side panel, in the QGIS language, English as fallback."""
    for lang in (language or user_language(), "en"):
        path = help_file(name, lang)
        if path.exists():
            return PART.sub(partial(_part, lang), path.read_text(encoding="utf-8"))
    return ""


def _part(language: str, match) -> str:
    """A shared part in the language, English when it has none."""
    path = HELP_DIR / language / "parts" / f"{match[1]}.html"
    if not path.exists():
        path = HELP_DIR / "en" / "parts" / path.name
    return path.read_text(encoding="utf-8")
