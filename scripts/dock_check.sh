#!/usr/bin/env bash
# The Opendatasoft dock in a real QGIS under xvfb (scripts/smoke/dock.py), in one language at one
# display scale: `bash scripts/dock_check.sh fr 1.5`. The report goes to
# build/dock-check-<lang>-<scale>.json, the pictures to build/screenshots/dock-<lang>-<scale>/.
# The screen is 1280 × 800 logical pixels whatever the scale, as a laptop's at 100 % or 150 %.
set -euo pipefail
cd "$(dirname "$0")/.."
LANG_CODE=${1:-fr}
SCALE=${2:-1}
case $LANG_CODE in fr) LOCALE=fr_FR ;; *) LOCALE=en_GB ;; esac
export SMOKE_REPORT=$PWD/build/dock-check-$LANG_CODE-$SCALE.json
export DOCK_SHOTS=$PWD/build/screenshots/dock-$LANG_CODE-$SCALE
export TDATHACK_ROOT=$PWD
export QT_SCALE_FACTOR=$SCALE
export XVFB_SCREEN
XVFB_SCREEN=$(awk -v s="$SCALE" 'BEGIN { printf "%dx%d", 1280 * s, 800 * s }')
rm -rf "$DOCK_SHOTS"
mkdir -p "$DOCK_SHOTS"
QGIS_LOCALE=$LOCALE bash scripts/run_qgis.sh scripts/smoke/dock.py
test -s "$SMOKE_REPORT" || { echo "dock-check: QGIS wrote no report; see build/qgis.log" >&2; exit 1; }
