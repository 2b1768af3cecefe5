"""Batch users depend on qgis_process seeing the provider once the plugin is enabled."""

import json
import subprocess

import pytest

from .algorithm_runs import QGIS_PROCESS


def qgis_process(env, *args):
    done = subprocess.run(
        [QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_enabled_plugin_provides_tdathack_to_qgis_process(linked_profile):
    before = json.loads(qgis_process(linked_profile, "list", "--json"))
    assert "tdathack" not in before["providers"]

    assert "* tdathack_plugin" in qgis_process(
        linked_profile, "plugins", "enable", "tdathack_plugin"
    )
    listing = json.loads(qgis_process(linked_profile, "list", "--json"))
    provider = listing["providers"]["tdathack"]
    assert provider["name"] == "T.Dat'Hack"
    assert "T.Dat'Hack" in qgis_process(linked_profile, "list")
