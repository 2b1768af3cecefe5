#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS cluster on a Unix socket, for the tests, the benchmarks and
# demos. PostgreSQL refuses to run as root: as root, the cluster runs as `nobody`.
#
#   scripts/pg_cluster.sh start DIR   create (once) and start a cluster in DIR (socket in DIR)
#   scripts/pg_cluster.sh stop DIR    stop it (the folder stays; delete it to start afresh)
#   scripts/pg_cluster.sh with CMD... start one in a temporary folder, run CMD with
#                                     TDATHACK_PG_HOST set, then stop and delete it, always
#
# Its superuser is `tdathack` (password `tdathack`, scram-sha-256: a throw-away cluster only);
# the database `tdathack` has PostGIS. Nothing listens on TCP.
set -euo pipefail

USER_NAME=tdathack
PASSWORD=tdathack

bin_dir() {
    local initdb
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)
    [[ -n $initdb ]] || {
        echo "PostgreSQL is not installed (Debian: postgresql-15-postgis-3)" >&2
        return 1
    }
    dirname "$initdb"
}

as_owner() { # run a command as the cluster's owner (nobody when we are root)
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@")
    else
        "$@"
    fi
}

start() {
    local dir bin
    dir=$(realpath -m "$1")
    bin=$(bin_dir)
    mkdir -p "$dir"
    chmod 755 "$dir"
    if [[ ! -f $dir/data/PG_VERSION ]]; then
        rm -rf "$dir/data"
        [[ $(id -u) -eq 0 ]] && chown nobody:nogroup "$dir"
        as_owner bash -c "umask 077 && printf '%s\n' '$PASSWORD' > '$dir/pwfile'"
        as_owner "$bin/initdb" --pgdata="$dir/data" --username="$USER_NAME" \
            --pwfile="$dir/pwfile" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log"
        rm -f "$dir/pwfile"
    fi
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off" start
    export PGPASSWORD=$PASSWORD
    if ! "$bin/psql" -h "$dir" -U "$USER_NAME" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$USER_NAME'" | grep -q 1; then
        "$bin/psql" -q -h "$dir" -U "$USER_NAME" -d postgres -c "CREATE DATABASE $USER_NAME"
    fi
    "$bin/psql" -q -h "$dir" -U "$USER_NAME" -d "$USER_NAME" \
        -c "CREATE EXTENSION IF NOT EXISTS postgis" 2>/dev/null
}

stop() {
    local dir
    dir=$(realpath -m "$1")
    [[ -f $dir/data/postmaster.pid ]] || return 0
    as_owner "$(bin_dir)/pg_ctl" --pgdata="$dir/data" --wait --silent --mode=fast stop
}

case ${1:-} in
    start)
        [[ $# -eq 2 ]] || { echo "usage: $0 start DIR" >&2; exit 2; }
        start "$2"
        ;;
    stop)
        [[ $# -eq 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }
        stop "$2"
        ;;
    with)
        shift
        (($#)) || { echo "usage: $0 with CMD..." >&2; exit 2; }
        if ! bin_dir >/dev/null 2>&1; then
            echo "PostgreSQL is not installed: running without a database" >&2
            exec "$@"
        fi
        dir=$(mktemp -d /tmp/tdathack-pg.XXXXXX)
        trap 'stop "$dir" || true; rm -rf "$dir"' EXIT
        start "$dir"
        TDATHACK_PG_HOST=$dir "$@"
        ;;
    *)
        echo "usage: $0 start DIR | stop DIR | with CMD..." >&2
        exit 2
        ;;
esac
