"""Icons, loaded from their files in the plugin folder (no compiled Qt resources, so the same
code runs with Qt 5 and Qt 6; resources.qrc only lists them)."""

from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "icons"
PLUGIN_ICON = str(ICONS / "tdathack.svg")
ODS_ICON = str(ICONS / "ods_browser.svg")
