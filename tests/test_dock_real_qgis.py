"""The Opendatasoft dock in a real QGIS under xvfb (scripts/dock_check.sh), at the size QGIS
gives a new dock, in French and English, at 100 % and 150 % display scaling."""

import json
import subprocess

import pytest

from tdathack_plugin.toolbelt.about import PLUGIN_DIR

ROOT = PLUGIN_DIR.parent
CANCELED = {"en": "Canceled: nothing was loaded.", "fr": "Annulé : rien n'a été chargé."}
PICTURES = ("search", "details", "preview", "loading", "error-no-such-dataset")


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1", "1.5"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_dock_as_users_meet_it(language, scale):
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "dock_check.sh"), language, scale],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report_file = ROOT / "build" / f"dock-check-{language}-{scale}.json"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report.get("failure") is None and report["done"] is True
    assert report["errors"] == []
    width, height = report["dock_as_opened"]
    assert width <= 320 and height <= 660  # QGIS's default for a new dock: about 300 × 630
    assert report["dock_checked"][0] == 300
    nothing_out = {"detailsTab": [], "previewTab": [], "loadTab": []}
    assert report["out_of_view_filters_closed"] == nothing_out
    assert report["out_of_view_filters_open"] == nothing_out
    assert report["cut_texts"] == []
    assert report["canceled"] == {"status": CANCELED[language], "layers": 0}
    for dataset_id, state in report["errors_after_success"].items():
        assert state == {
            "error_shown": True,
            "nothing_of_before": True,
            "cleared_by_next_success": True,
        }, dataset_id
    shots = ROOT / "build" / "screenshots" / f"dock-{language}-{scale}"
    for name in PICTURES:
        assert (shots / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
