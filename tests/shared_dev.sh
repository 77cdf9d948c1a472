#!/bin/sh
# nerid on ../shared/corpus-dev (real articles; read-only, never copied):
# every output is valid nerid/1 whose offsets slice back, and the scores
# stay above tests/shared_floors.txt. Skips (77) when ../shared is absent.
set -eu
. "${TOP_SRCDIR:?}/tests/dev_common.sh"
dev_setup corpus-dev
dev_run
for f in "$dev"/raw/*.txt; do
    "$PY" "$TOP_SRCDIR/tests/validate_output.py" "$f" "$out/$(basename "$f" .txt).json"
done
"$PY" "$TOP_SRCDIR/tests/score_floor.py" "$dev/gold" "$out" "$TOP_SRCDIR/tests/shared_floors.txt" \
    "$SHARED/eval/score.py"
