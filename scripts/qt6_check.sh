#!/usr/bin/env bash
# QGIS's own Qt5 → Qt6 migration checker, run on tdathack_plugin/: it must find nothing to change
# and nothing to warn about.
#
# The checker is scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py of QGIS 3.40.6, the release Debian
# trixie ships, read from Debian's source tarball (checked by its SHA-256, never committed here).
# It introspects PyQt6, which it gets in a venv of its own (tokenize-rt, PyQt6 and QScintilla
# from PyPI), away from QGIS's PyQt5. Both are cached in .roots/qt6-check (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

RELEASE=3.40.6
TARBALL=qgis_$RELEASE+dfsg.orig.tar.xz
SHA256=957e20a3db941eab236eb7b784a8a7eee3ca40dadcbc6be89b9c8365c2b4973b
URL=http://deb.debian.org/debian/pool/main/q/qgis/$TARBALL
CACHE=${QGIS_ROOTS:-$PWD/.roots}/qt6-check
CHECKER=$CACHE/qgis-$RELEASE/scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py

mkdir -p "$CACHE"
if [[ ! -f $CHECKER ]]; then
    echo "Fetching QGIS $RELEASE's migration checker from Debian's source package"
    curl -sSf --retry 3 -o "$CACHE/$TARBALL.part" "$URL"
    echo "$SHA256  $CACHE/$TARBALL.part" | sha256sum --check --quiet
    tar -xJf "$CACHE/$TARBALL.part" -C "$CACHE" "qgis-$RELEASE/scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py"
    rm -f "$CACHE/$TARBALL.part"
fi
if [[ ! -f $CACHE/venv/.installed ]]; then
    python3 -m venv "$CACHE/venv"
    "$CACHE/venv/bin/pip" install -q --disable-pip-version-check \
        tokenize-rt==6.2.0 PyQt6==6.9.1 PyQt6-Qt6==6.9.2 PyQt6-QScintilla==2.14.1
    touch "$CACHE/venv/.installed"
fi

# This release of the checker rewrites the files it is given: it runs on a copy, and any change
# it makes there, or any warning it prints, is a finding. Without a Qt 6 build of QGIS to
# introspect it checks Qt's enums only; QGIS's are checked by tests/test_qt6_ready.py.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r tdathack_plugin "$work/"
find "$work" -name __pycache__ -prune -exec rm -rf {} +
set +e
report=$(QT_QPA_PLATFORM=offscreen "$CACHE/venv/bin/python" "$CHECKER" "$work/tdathack_plugin" 2>&1)
status=$?
set -e
findings=$(grep -v -e '^Processing ' -e '^QGIS classes not available for introspection' \
    <<<"$report" || true)
changes=$(cd "$work" && diff -ru --exclude=__pycache__ "$OLDPWD/tdathack_plugin" tdathack_plugin || true)
if [[ -n $findings || -n $changes ]]; then
    printf '%s\n' "$findings" "$changes"
    echo "qt6-check: QGIS $RELEASE's pyqt5_to_pyqt6 has findings on tdathack_plugin (exit $status)" >&2
    exit 1
fi
echo "qt6-check: QGIS $RELEASE's pyqt5_to_pyqt6 finds nothing to migrate in tdathack_plugin"
