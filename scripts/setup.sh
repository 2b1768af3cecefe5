#!/usr/bin/env bash
# Idempotent development set-up: QGIS from Debian, then .venv with the pinned test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis python3-venv qttools5-dev-tools pyqt5-dev-tools xvfb imagemagick)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing from Debian: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

if ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    echo "/usr/bin/python3 cannot import qgis: install python3-qgis" >&2
    exit 1
fi

if [[ ! -x .venv/bin/python ]]; then
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
touch .venv/.installed
