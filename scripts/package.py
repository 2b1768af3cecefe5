"""Build the plugin zip for plugins.qgis.org, or install the same files unpacked.

Usage:
  python scripts/package.py dist/tdathack_plugin-<version>.zip
  python scripts/package.py --unpacked <QGIS profile>/python/plugins
The zip has one top folder `tdathack_plugin` with LICENSE, the compiled .qm files and
the icons, and nothing a developer leaves behind (__pycache__, .pyc, .ts sources, editor files).
"""

import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "tdathack_plugin"
EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", ".orig", ".rej", ".swp"}
REQUIRED_BUILT = ("i18n/tdathack_fr.qm", "i18n/tdathack_en.qm")
MAX_BYTES = 25 * 1024 * 1024


def plugin_files():
    """(path on disk, path in the package) for every file that ships."""
    source = ROOT / PLUGIN
    for built in REQUIRED_BUILT:
        if not (source / built).exists():
            sys.exit(f"{PLUGIN}/{built} is missing: run `make build` first")
    for dirpath, dirnames, filenames in os.walk(source):
        dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDED_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.suffix in EXCLUDED_SUFFIXES or name.startswith("."):
                continue
            yield path, Path(PLUGIN) / path.relative_to(source)
    yield ROOT / "LICENSE", Path(PLUGIN) / "LICENSE"


def write_zip(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=".partial-", suffix=".zip", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path, name in plugin_files():
                archive.write(path, name.as_posix())
        size = Path(partial).stat().st_size
        if size > MAX_BYTES:
            sys.exit(f"the package is {size / 2**20:.1f} MB, over the 25 MB limit")
        os.chmod(partial, 0o644)  # mkstemp makes it private; a package is for everyone
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    print(f"{target} ({size / 1024:.0f} KB)")


def install_unpacked(plugins_dir: Path) -> None:
    for path, name in plugin_files():
        destination = plugins_dir / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--unpacked"]:
        install_unpacked(Path(sys.argv[2]))
    else:
        write_zip(Path(sys.argv[1]))
