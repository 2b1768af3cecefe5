"""Small helpers shared by every layer of the plugin (metadata, i18n, logging)."""
