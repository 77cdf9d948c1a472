# dev_common.sh - sourced by the tests that run nerid over a set in
# ../shared (read-only, other people's text: never copied into the repo).
#   dev_setup SET [FILE]  sets $dev (the set's folder), $out (a temporary
#                         folder removed at exit) and $PY; exits 77 (skip)
#                         when the set, FILE in it, or python3 is absent
#   dev_run               nerid on every $dev/raw/NAME.txt -> $out/NAME.json
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
PY=${PYTHON3:-python3}
SHARED=${NERID_SHARED:-$TOP_SRCDIR/../shared}

dev_setup() {
    dev="$SHARED/$1"
    [ -d "$dev/raw" ] || { echo "no $dev: skip"; exit 77; }
    [ -z "${2:-}" ] || [ -f "$dev/$2" ] || { echo "no $dev/$2: skip"; exit 77; }
    command -v "$PY" >/dev/null 2>&1 || { echo "no python3: skip"; exit 77; }
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
}

dev_run() {
    for f in "$dev"/raw/*.txt; do
        "$NERID_BIN" "$f" >"$out/$(basename "$f" .txt).json"
    done
}
