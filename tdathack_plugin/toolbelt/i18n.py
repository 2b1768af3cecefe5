"""Translation: one Qt context for the whole plugin, .qm files chosen from the QGIS locale."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .about import PLUGIN_DIR

CONTEXT = "tdathack"
SUPPORTED = ("fr", "en")


def tr(text: str) -> str:
    """Translate a user-visible string (source strings are English)."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_noop(text: str) -> str:
    """Marks a string for translation where it is declared (a class attribute); tr() it where
    it is shown."""
    return text


def user_language() -> str:
    """Two-letter language QGIS runs in: the user's override, else the system locale."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = QgsApplication.locale()
    return (locale or "en")[:2].lower()


def qm_path(language: str):
    """Compiled translation for a language (built by `make`, shipped in the zip)."""
    return PLUGIN_DIR / "i18n" / f"tdathack_{language}.qm"


def install_translator():
    """Install the plugin translator for the QGIS language; returns it, or None."""
    path = qm_path(user_language())
    if not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
