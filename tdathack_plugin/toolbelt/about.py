"""Plugin identity read from metadata.txt, the single source of truth."""

from configparser import ConfigParser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
PLUGIN_ID = PLUGIN_DIR.name
PROVIDER_ID = "tdathack"
MENU_TITLE = "T.Dat'Hack"


def _metadata() -> dict:
    parser = ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


METADATA = _metadata()
VERSION = METADATA["version"]
HOMEPAGE = METADATA["homepage"]
TRACKER = METADATA["tracker"]
USER_AGENT = f"{PLUGIN_ID}/{VERSION}"
