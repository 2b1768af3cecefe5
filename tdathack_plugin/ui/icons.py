"""Icons of the Opendatasoft browser (compiled Qt resources, see resources.qrc)."""

from ..toolbelt.icons import PLUGIN_ICON

ODS_ICON = PLUGIN_ICON.replace("tdathack.svg", "ods_browser.svg")
