"""Dock widgets and dialogs (their .ui files are loaded at run time)."""
