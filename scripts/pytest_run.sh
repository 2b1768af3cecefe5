#!/usr/bin/env bash
# The test suite: `scripts/pytest_run.sh PYTHON [pytest arguments...]`.
#
# When a test crashes the interpreter (a C++ abort or a segfault), Python's fault handler prints
# every thread's stack and the log ends with the main thread's pytest frames. This script then
# repeats, at the very end, the fatal error line and the first frames of each thread, so that
# the test and the plugin code at fault are in the last lines a CI summary shows.
set -uo pipefail
python=$1
shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$python" -m pytest "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if grep -q "Fatal Python error" "$log"; then
    echo "---- crash summary: the first frames of each thread ----"
    awk '/^tests\// { file = $1 }
         /Fatal Python error/ { print "in " file ": " $0; next }
         /^(Current thread|Thread) 0x/ { print; frames = 6; next }
         frames > 0 && /^  File / { print; frames-- }' "$log"
fi
exit "$status"
