"""Batch users depend on qgis_process seeing the provider once the plugin is enabled."""

import json
import os
import subprocess

import pytest

from tdathack_plugin.toolbelt.about import PLUGIN_DIR

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture
def qgis_profile(tmp_path):
    """A throw-away QGIS profile with the plugin folder linked in (not yet enabled)."""
    plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / PLUGIN_DIR.name).symlink_to(PLUGIN_DIR)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    return env


def qgis_process(env, *args):
    done = subprocess.run(
        [QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_enabled_plugin_provides_tdathack_to_qgis_process(qgis_profile):
    before = json.loads(qgis_process(qgis_profile, "list", "--json"))
    assert "tdathack" not in before["providers"]

    assert "* tdathack_plugin" in qgis_process(qgis_profile, "plugins", "enable", "tdathack_plugin")
    listing = json.loads(qgis_process(qgis_profile, "list", "--json"))
    provider = listing["providers"]["tdathack"]
    assert provider["name"] == "T.Dat'Hack"
    assert "T.Dat'Hack" in qgis_process(qgis_profile, "list")
