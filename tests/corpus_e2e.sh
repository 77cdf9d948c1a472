#!/bin/sh
# End-to-end over the team corpus (corpus/raw, gold in corpus/gold): every
# article gives valid nerid/1 whose offsets slice back to the reported text,
# in all three offset units; and the scores against the gold stay above the
# floors in tests/corpus_floors.txt (regression guard: raise them as
# accuracy improves, never lower them to make a change pass).
set -eu
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "python3 missing: skip"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
for f in "$TOP_SRCDIR"/corpus/raw/*.txt; do
    name=$(basename "$f" .txt)
    for unit in codepoints utf16 bytes; do
        "$NERID_BIN" --offsets "$unit" "$f" >"$out/$name.$unit.json"
        "$PY" "$TOP_SRCDIR/tests/validate_output.py" "$f" "$out/$name.$unit.json" "$unit"
    done
    mv "$out/$name.codepoints.json" "$out/$name.json"
    n=$((n + 1))
done
[ "$n" -ge 5 ] || { echo "only $n corpus articles"; exit 1; }
echo "$n articles: valid nerid/1, offsets slice back in every unit"
"$PY" "$TOP_SRCDIR/tests/score_floor.py" "$TOP_SRCDIR/corpus/gold" "$out" "$TOP_SRCDIR/tests/corpus_floors.txt"
