#!/bin/sh
# nerid on ../shared/corpus-dev (real articles; read-only, never copied):
# every output is valid nerid/1 whose offsets slice back, and the scores
# stay above tests/shared_floors.txt. Skips (77) when ../shared is absent.
set -eu
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
PY=${PYTHON3:-python3}
dev="${NERID_SHARED:-$TOP_SRCDIR/../shared}/corpus-dev"
[ -d "$dev/raw" ] || { echo "no $dev: skip"; exit 77; }
command -v "$PY" >/dev/null 2>&1 || exit 77
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in "$dev"/raw/*.txt; do
    name=$(basename "$f" .txt)
    "$NERID_BIN" "$f" >"$out/$name.json"
    "$PY" "$TOP_SRCDIR/tests/validate_output.py" "$f" "$out/$name.json"
done
"$PY" "$TOP_SRCDIR/tests/score_floor.py" "$dev/gold" "$out" "$TOP_SRCDIR/tests/shared_floors.txt" \
    "${NERID_SHARED:-$TOP_SRCDIR/../shared}/eval/score.py"
