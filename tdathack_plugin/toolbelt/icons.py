"""Icons from the compiled Qt resources (resources_rc.py is built by `make`, never committed)."""

from .. import (
    resources_rc,  # noqa: F401 (registers the :/plugins/tdathack_plugin/ resources)
)

PLUGIN_ICON = ":/plugins/tdathack_plugin/icons/tdathack.svg"
