#!/usr/bin/env bash
# A newer QGIS from Debian, in a root file system of its own, for the test matrix.
#
#   scripts/qgis_root.sh build 3.40          build .roots/trixie once (QGIS 3.40 LTR)
#   scripts/qgis_root.sh run 3.44 CMD...     run CMD in this checkout, inside .roots/sid (QGIS 3.44)
#
# The root is built by mmdebstrap from Debian's packages and reused while it exists (delete the
# folder to rebuild it). On every run the checkout is bind-mounted at /src, with /proc, /dev and
# /sys, the host's resolv.conf and CA bundle are copied in, and everything is unmounted when the
# command ends, whether it succeeded or not.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD

usage() { echo "usage: $0 build|run 3.40|3.44 [command...]" >&2; exit 2; }
(($# >= 2)) || usage
action=$1 version=$2
shift 2
case $version in
    3.40) suite=trixie ;;
    3.44) suite=sid ;;
    *) echo "QGIS $version: no Debian suite known for it (3.40 → trixie, 3.44 → sid)" >&2; exit 2 ;;
esac
ROOTS=${QGIS_ROOTS:-$CHECKOUT/.roots}
ROOT=$ROOTS/$suite

# Packages the suite needs beyond Debian's minimal "apt" variant: QGIS and its Python bindings,
# a venv, make, lrelease, a virtual screen for the real-QGIS smoke test, and fonts for maps.
PACKAGES=qgis,python3-qgis,python3-venv,make,qttools5-dev-tools,xvfb,xauth,imagemagick,fonts-dejavu-core,ca-certificates,git

build_root() {
    [[ -f $ROOT/.complete ]] && return 0
    command -v mmdebstrap >/dev/null || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
    }
    mkdir -p "$ROOTS"
    rm -rf "$ROOT" "$ROOT.partial"
    echo "Building the Debian $suite root for QGIS $version in $ROOT (once)"
    mmdebstrap --quiet --variant=apt --include="$PACKAGES" \
        --aptopt='Acquire::Check-Valid-Until "false"' \
        --aptopt='APT::Install-Recommends "false"' \
        "$suite" "$ROOT.partial" http://deb.debian.org/debian
    mv "$ROOT.partial" "$ROOT"
    touch "$ROOT/.complete"
}

MOUNTED=()
unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTED[i]}" 2>/dev/null || umount -lR "${MOUNTED[i]}" 2>/dev/null || true
    done
}

bind() { # bind SOURCE TARGET: a private recursive bind that is undone on exit
    mkdir -p "$2"
    mount --rbind "$1" "$2"
    mount --make-rslave "$2"
    MOUNTED+=("$2")
}

run_in_root() {
    build_root
    trap unmount_all EXIT
    mount -t proc proc "$ROOT/proc" && MOUNTED+=("$ROOT/proc")
    bind /dev "$ROOT/dev"
    bind /sys "$ROOT/sys"
    bind "$CHECKOUT" "$ROOT/src"
    # The test database's socket folder (scripts/pg_cluster.sh), at the same path inside.
    [[ -n ${TDATHACK_PG_HOST:-} ]] && bind "$TDATHACK_PG_HOST" "$ROOT$TDATHACK_PG_HOST"
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
    mkdir -p "$ROOT/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
    # The venv lives in the root, not in the shared checkout: its Python is the suite's.
    chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" QT_QPA_PLATFORM=offscreen VENV=/opt/venv \
        TDATHACK_PG_HOST="${TDATHACK_PG_HOST:-}" TDATHACK_REQUIRE_DB="${TDATHACK_REQUIRE_DB:-}" \
        /bin/bash -c 'cd /src && exec "$@"' bash "$@"
}

case $action in
    build) build_root ;;
    run) (($#)) || usage; run_in_root "$@" ;;
    *) usage ;;
esac
