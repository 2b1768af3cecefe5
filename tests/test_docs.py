"""The algorithm reference is generated from the algorithms: it must match them (`make docs`)."""

import re
import subprocess
import sys

import pytest

from tdathack_plugin.toolbelt.about import PLUGIN_DIR

ROOT = PLUGIN_DIR.parent


@pytest.mark.slow
def test_algorithm_reference_is_up_to_date(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "algorithm_reference.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in ("algorithms.md", "algorithms.fr.md"):
        generated = (tmp_path / name).read_text(encoding="utf-8")
        committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert committed == generated, f"docs/{name} is out of date: run `make docs`"


def test_guides_show_pictures_that_exist():
    for guide in ("guide.fr.md", "guide.en.md"):
        text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
        pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert pictures, guide
        missing = [p for p in pictures if not (ROOT / "docs" / p).exists()]
        assert missing == [], f"{guide} shows missing pictures {missing}"
