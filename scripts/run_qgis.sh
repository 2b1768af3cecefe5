#!/usr/bin/env bash
# Run a real QGIS under xvfb with the built plugin enabled in a throw-away profile, executing
# the Python file $1 once QGIS has started (it must quit QGIS). Every Python error QGIS logs is
# recorded in $SMOKE_REPORT (scripts/smoke/startup.py). QGIS_LOCALE (e.g. fr_FR) sets the language,
# XVFB_SCREEN (e.g. 1920x1200) the screen. A run longer than SMOKE_SECONDS (200) is stopped, and
# so is one blocked by a dialog (scripts/smoke/qgis_session.py); QGIS's output is in build/qgis.log.
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
export PYTHONPATH=$ROOT/scripts/smoke${PYTHONPATH:+:$PYTHONPATH}
export SMOKE_SECONDS=${SMOKE_SECONDS:-200}
export SMOKE_REPORT=${SMOKE_REPORT:-$ROOT/build/smoke-report.json}
unset QT_QPA_PLATFORM
rm -f "$SMOKE_REPORT"
status=0
timeout -k 10 $((SMOKE_SECONDS + 40)) xvfb-run -a -s "-screen 0 ${XVFB_SCREEN:-1280x800}x24" \
    qgis --nologo --noversioncheck --code "$CODE" >build/qgis.log 2>&1 || status=$?
if ((status)); then
    echo "QGIS ended with status $status; the end of build/qgis.log:" >&2
    tail -n 40 build/qgis.log >&2
fi
