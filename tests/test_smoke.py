"""A real QGIS under xvfb starts with the plugin enabled and logs no Python error."""

import json
import subprocess

import pytest

from tdathack_plugin.toolbelt.about import PLUGIN_DIR

ROOT = PLUGIN_DIR.parent


@pytest.mark.slow
def test_real_qgis_starts_with_the_plugin():
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "smoke.sh")], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((ROOT / "build" / "smoke-report.json").read_text(encoding="utf-8"))
    assert report["errors"] == []
    assert report["active"] is True
    assert report["menu"] == [
        "Opendatasoft browser",
        "T.Dat'Hack algorithms",
        "T.Dat'Hack help",
    ]
    screenshot = ROOT / "build" / "screenshots" / "qgis-main-window.png"
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000
