#!/usr/bin/env bash
# Start a real QGIS under xvfb with the plugin enabled in a throw-away profile; fail on any
# Python error; leave a screenshot of the main window (Web menu open) in build/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
mkdir -p build/screenshots
PROFILE_ROOT=$(mktemp -d)
trap 'rm -rf "$PROFILE_ROOT"' EXIT
PROFILE=$PROFILE_ROOT/profiles/default
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS"
.venv/bin/python scripts/package.py --unpacked "$PROFILE/python/plugins"
cat > "$PROFILE/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
tdathack_plugin=true

[qgis]
showTips322=false
checkVersion=false
allowVersionCheck=false
INI

export QGIS_CUSTOM_CONFIG_PATH=$PROFILE_ROOT
export PYQGIS_STARTUP=$ROOT/scripts/smoke/startup.py
export SMOKE_REPORT=$ROOT/build/smoke-report.json
export SMOKE_SCREENSHOT=$ROOT/build/screenshots/qgis-main-window.png
unset QT_QPA_PLATFORM
rm -f "$SMOKE_REPORT" "$SMOKE_SCREENSHOT"

timeout 240 xvfb-run -a -s "-screen 0 1280x800x24" \
    qgis --nologo --noversioncheck --code "$ROOT/scripts/smoke/check.py" >build/smoke-qgis.log 2>&1 || true

.venv/bin/python - "$SMOKE_REPORT" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1], encoding="utf-8"))
except (OSError, ValueError) as exc:
    sys.exit(f"smoke: QGIS did not finish its checks ({exc}); see build/smoke-qgis.log")
problems = list(report["errors"])
if not report.get("active"):
    problems.append("the plugin is not active")
if not report.get("menu"):
    problems.append("no T.Dat'Hack entry in the Web menu")
if problems:
    sys.exit("smoke: " + "; ".join(problems))
print(f"smoke: QGIS started with the plugin, menu {report['menu']}, screenshot {report['screenshot']}")
PY
