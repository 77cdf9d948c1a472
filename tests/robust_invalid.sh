#!/bin/sh
# robust_invalid.sh - bad inputs give a clear, positioned error or the
# documented lenient result, never a crash (a data-directory suite in the
# style of jansson's test/suites/invalid).
#
# Each folder tests/invalid/CASE/ holds:
#   cmd       the nerid arguments (shell words) after --compact, run
#             inside the folder
#   status    the expected exit status
#   error     the expected standard error, exactly (empty: none)
#   contains  optional: lines that must each occur in standard output
#   lines     optional: the expected number of output lines (JSON Lines)
# Standard output, when there is any, must be valid JSON (one object per
# line). A status above 125 (a signal, e.g. a crash) always fails.
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
PY=${PYTHON3:-python3}
suite="$TOP_SRCDIR/tests/invalid"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0

check_json() { # file
    [ -s "$1" ] || return 0
    command -v "$PY" >/dev/null 2>&1 || return 0
    "$PY" -c 'import json,sys
for i, l in enumerate(open(sys.argv[1], encoding="utf-8")):
    json.loads(l)' "$1"
}

for case in "$suite"/*/; do
    name=$(basename "$case")
    n=$((n + 1))
    [ -f "$case/skip-if-root" ] && [ "$(id -u)" = 0 ] && { echo "SKIP $name (root)"; continue; }
    (cd "$case" && eval "\"\$NERID_BIN\" --compact $(cat cmd)") >"$tmp/out" 2>"$tmp/err"
    st=$?
    want=$(cat "$case/status")
    ok=1
    if [ "$st" -gt 125 ]; then
        echo "FAIL $name: crashed (status $st)"; ok=0
    elif [ "$st" != "$want" ]; then
        echo "FAIL $name: status $st, expected $want"; ok=0
    fi
    if ! cmp -s "$tmp/err" "$case/error"; then
        echo "FAIL $name: standard error differs:"; diff "$case/error" "$tmp/err" | sed 's/^/    /'; ok=0
    fi
    if ! check_json "$tmp/out" 2>"$tmp/jerr"; then
        echo "FAIL $name: output is not JSON Lines: $(tail -1 "$tmp/jerr")"; ok=0
    fi
    if [ -f "$case/contains" ]; then
        while IFS= read -r want_line; do
            [ -n "$want_line" ] || continue
            grep -qF -- "$want_line" "$tmp/out" || { echo "FAIL $name: output lacks $want_line"; ok=0; }
        done <"$case/contains"
    fi
    if [ -f "$case/lines" ] && [ "$(wc -l <"$tmp/out" | tr -d ' ')" != "$(cat "$case/lines")" ]; then
        echo "FAIL $name: $(wc -l <"$tmp/out") output lines, expected $(cat "$case/lines")"; ok=0
    fi
    [ $ok = 1 ] && echo "ok   $name" || fail=1
done

# Cases that cannot live in the source tree.
# An unreadable file (root can read anything: skipped then).
if [ "$(id -u)" != 0 ]; then
    printf 'Banjir di Bandung.\n' >"$tmp/secret.txt"
    chmod 000 "$tmp/secret.txt"
    (cd "$tmp" && "$NERID_BIN" secret.txt) >"$tmp/out" 2>"$tmp/err"
    st=$?
    if [ $st != 66 ] || [ "$(cat "$tmp/err")" != "nerid: secret.txt: Permission denied" ]; then
        echo "FAIL unreadable: status $st: $(cat "$tmp/err")"; fail=1
    else
        echo "ok   unreadable"
    fi
fi
# A file whose read fails after a successful open (EIO).
if [ -r /proc/self/mem ]; then
    "$NERID_BIN" /proc/self/mem >"$tmp/out" 2>"$tmp/err"
    st=$?
    if [ $st != 66 ] || [ "$(cat "$tmp/err")" != "nerid: /proc/self/mem: Input/output error" ]; then
        echo "FAIL read-error: status $st: $(cat "$tmp/err")"; fail=1
    else
        echo "ok   read-error"
    fi
fi
echo "$n cases"
exit $fail
