#!/bin/sh
# cli_bench.sh - measures single-machine throughput of `nerid --jsonl` at
# -j1 and -j2 (not part of `make check`: no timed tests). The corpus is
# assembled at run time in a temporary folder from the team's corpus/raw
# and the texts under ../shared (corpus-dev, corpus-quotes-dev,
# corpus-ner-dev), repeated REPEAT times (default 5) - it is never written
# into the source tree. Prints MB, seconds and MB/s per thread count, and
# checks that both runs give the same output.
#
#   NERID_BIN=build/extract/nerid TOP_SRCDIR=. sh tests/cli_bench.sh
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
PY=${PYTHON3:-python3}
shared=${SHARED_DIR:-$TOP_SRCDIR/../shared}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
"$PY" - "$TOP_SRCDIR/corpus/raw" "$shared/corpus-dev/raw" "$shared/corpus-quotes-dev/raw" \
    "$shared/corpus-ner-dev/raw" "${REPEAT:-5}" >"$tmp/corpus.jsonl" <<'PYEOF'
import glob, json, os, sys
*dirs, rep = sys.argv[1:]
files = sorted(f for d in dirs if os.path.isdir(d) for f in glob.glob(os.path.join(d, "*.txt")))
for r in range(int(rep)):
    for f in files:
        print(json.dumps({"id": "%d/%s" % (r, os.path.basename(f)),
                          "text": open(f, encoding="utf-8").read()}, ensure_ascii=False))
PYEOF
docs=$(wc -l <"$tmp/corpus.jsonl" | tr -d ' ')
bytes=$(wc -c <"$tmp/corpus.jsonl" | tr -d ' ')
echo "corpus: $docs documents, $bytes bytes of JSON Lines"
for j in 1 2; do
    start=$(date +%s.%N)
    "$NERID_BIN" --jsonl -q -j$j "$tmp/corpus.jsonl" >"$tmp/out.$j" || echo "status $?"
    end=$(date +%s.%N)
    "$PY" -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print('-j%s: %.2f s, %.2f MB/s' % (sys.argv[4], s, int(sys.argv[3]) / 1e6 / s))" \
        "$start" "$end" "$bytes" "$j"
done
cmp -s "$tmp/out.1" "$tmp/out.2" && echo "outputs identical" || echo "OUTPUTS DIFFER"
