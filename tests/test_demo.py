"""`make demo`, the README's first command: the whole mobile job through qgis_process."""

import os
import subprocess

import pytest
from qgis.core import QgsVectorLayer

from tdathack_plugin.toolbelt.about import PLUGIN_DIR

ROOT = PLUGIN_DIR.parent


@pytest.mark.slow
def test_demo_runs_headless_and_prints_the_key_figures(tmp_path):
    out = tmp_path / "demo-output"
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo.sh")],
        env=dict(os.environ, DEMO_OUTPUT=str(out)),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "285 communes, 8,770 km², 278,069 inhabitants" in done.stdout
    assert "zone blanche (no operator)" in done.stdout
    stats = QgsVectorLayer(str(out / "mobile-stats.gpkg"), "stats", "ogr")
    zones = QgsVectorLayer(str(out / "mobile-zones.gpkg"), "zones", "ogr")
    assert stats.featureCount() == 285
    assert zones.crs().authid() == "EPSG:2154"
    population = sum(f["pop_total"] for f in stats.getFeatures())
    assert population == pytest.approx(278_069, abs=0.5)  # INSEE, 284 of 285 communes matched
    classes = {f["class"] for f in zones.getFeatures()}
    assert classes == {"blanche", "grise", "all"}
    assert "10 candidate sites would bring coverage to" in done.stdout
    assert "Paris: 56 of 81 open-air markets have no operational public Wi-Fi" in done.stdout
    report = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in report  # the demo profile runs QGIS in French
    assert "<title>Diagnostic de couverture mobile — Aveyron</title>" in report
    assert "http://" not in report and "https://" not in report  # opens offline
