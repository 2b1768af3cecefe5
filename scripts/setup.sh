#!/usr/bin/env bash
# Idempotent development set-up: QGIS from Debian, then a venv ($VENV, default .venv) with the
# pinned test tools and the pytest-qgis release that supports this QGIS.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis python3-venv qttools5-dev-tools xvfb xauth imagemagick)
VENV=${VENV:-.venv}
# PostgreSQL + PostGIS for the database engine's tests (scripts/pg_cluster.sh), on the machine
# that runs them: inside a QGIS root (TDATHACK_PG_HOST set), the tests use the host's cluster.
if [[ -z ${TDATHACK_PG_HOST:-} ]]; then
    postgresql=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: \(postgresql-[0-9]*\)$/\1/p')
    APT_PACKAGES+=("${postgresql:-postgresql-15}-postgis-3")
fi

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

if [[ ! -x $VENV/bin/python ]]; then
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# pytest-qgis 2.1.0 is the last release for QGIS < 3.34; 5.x needs 3.34 or newer.
if (($(/usr/bin/python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)") < 33400)); then
    PYTEST_QGIS=pytest-qgis==2.1.0
else
    PYTEST_QGIS=pytest-qgis==5.0.2
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt "$PYTEST_QGIS"
touch "$VENV/.installed"
