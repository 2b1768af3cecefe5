#!/usr/bin/env bash
# Run a real QGIS under xvfb with the built plugin enabled in a throw-away profile, executing
# the Python file $1 once QGIS has started (it must quit QGIS). Every Python error QGIS logs is
# recorded in $SMOKE_REPORT (scripts/smoke/startup.py). QGIS_LOCALE (e.g. fr_FR) sets the language,
# XVFB_SCREEN (e.g. 1920x1200) the screen.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CODE=$(realpath "$1")
mkdir -p build
PROFILE_ROOT=$(mktemp -d)
trap 'rm -rf "$PROFILE_ROOT"' EXIT
PROFILE=$PROFILE_ROOT/profiles/default
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS"
"${VENV:-.venv}/bin/python" scripts/package.py --unpacked "$PROFILE/python/plugins"
cat > "$PROFILE/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
tdathack_plugin=true

[locale]
overrideFlag=${QGIS_LOCALE:+true}
userLocale=${QGIS_LOCALE:-}

[qgis]
showTips322=false
checkVersion=false
allowVersionCheck=false
INI

export QGIS_CUSTOM_CONFIG_PATH=$PROFILE_ROOT
export PYQGIS_STARTUP=$ROOT/scripts/smoke/startup.py
export SMOKE_REPORT=${SMOKE_REPORT:-$ROOT/build/smoke-report.json}
unset QT_QPA_PLATFORM
rm -f "$SMOKE_REPORT"
timeout 300 xvfb-run -a -s "-screen 0 ${XVFB_SCREEN:-1280x800}x24" \
    qgis --nologo --noversioncheck --code "$CODE" >build/qgis.log 2>&1 || true
