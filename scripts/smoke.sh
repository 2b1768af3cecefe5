#!/usr/bin/env bash
# Start a real QGIS under xvfb with the plugin enabled in a throw-away profile; fail on any
# Python error; leave a screenshot of the main window (Web menu open) in build/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/screenshots
export SMOKE_REPORT=$PWD/build/smoke-report.json
export SMOKE_SCREENSHOT=$PWD/build/screenshots/qgis-main-window.png
rm -f "$SMOKE_SCREENSHOT"
bash scripts/run_qgis.sh scripts/smoke/check.py

"${VENV:-.venv}/bin/python" - "$SMOKE_REPORT" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1], encoding="utf-8"))
except (OSError, ValueError) as exc:
    sys.exit(f"smoke: QGIS did not finish its checks ({exc}); see build/qgis.log")
problems = list(report["errors"])
if not report.get("active"):
    problems.append("the plugin is not active")
if not report.get("menu"):
    problems.append("no T.Dat'Hack entry in the Web menu")
if problems:
    sys.exit("smoke: " + "; ".join(problems))
print(f"smoke: QGIS started with the plugin, menu {report['menu']}, screenshot {report['screenshot']}")
PY
