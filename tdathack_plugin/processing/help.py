"""Per-algorithm help, one HTML fragment per language in processing/help/<lang>/<name>.html."""

from pathlib import Path

from ..toolbelt.i18n import user_language

HELP_DIR = Path(__file__).resolve().parent / "help"


def help_file(name: str, language: str) -> Path:
    """The help file of an algorithm in one language (it may not exist)."""
    return HELP_DIR / language / f"{name}.html"


def algorithm_help(name: str, language: str = "") -> str:
    """Help text for the dialog side panel, in the QGIS language, English as fallback."""
    for lang in (language or user_language(), "en"):
        path = help_file(name, lang)
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""
