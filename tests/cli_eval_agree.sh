#!/bin/sh
# cli_eval_agree.sh - `nerid eval --json` gives the same numbers as the
# shared scorer score.py where the definitions coincide (every measure
# score.py prints: tp/fp/fn exactly, P/R/F1 and the headline to 1e-4), on
# the shared dev article (../shared/corpus-dev) and on the team's corpus/.
# Skips (77) when ../shared or python3 is absent.
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
PY=${PYTHON3:-python3}
shared=${NERID_SHARED:-$TOP_SRCDIR/../shared}
score=$shared/eval/score.py
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
[ -f "$score" ] && [ -d "$shared/corpus-dev/gold" ] || { echo "SKIP: no $shared"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
compare() { # name gold raw
    name=$1 gold=$2 raw=$3
    mkdir -p "$tmp/$name"
    "$NERID_BIN" -q -r "$raw" -O "$tmp/$name"
    "$NERID_BIN" eval --json "$gold" "$tmp/$name" >"$tmp/$name.ours" || { echo "FAIL $name: nerid eval"; fail=1; return; }
    "$PY" "$score" "$gold" "$tmp/$name" --json >"$tmp/$name.theirs" || { echo "FAIL $name: score.py"; fail=1; return; }
    if "$PY" - "$tmp/$name.ours" "$tmp/$name.theirs" <<'PYEOF'; then echo "ok   $name agrees with score.py"; else echo "FAIL $name"; fail=1; fi
import json, sys
ours, theirs = (json.load(open(p)) for p in sys.argv[1:3])
bad = []
for k, v in theirs.items():
    o = ours.get(k)
    if isinstance(v, dict):
        for f in ("tp", "fp", "fn"):
            if o is None or o[f] != v[f]:
                bad.append((k, f, o and o[f], v[f]))
        for f in ("p", "r", "f1"):
            if o is None or abs(o[f] - v[f]) > 1e-4:
                bad.append((k, f, o and o[f], v[f]))
    elif isinstance(v, float):
        if o is None or abs(o - v) > 1e-4:
            bad.append((k, o, v))
    elif o != v:
        bad.append((k, o, v))
for b in bad:
    print("   differs:", b)
# the comparison must not be vacuous
assert theirs["docs"] > 0 and theirs["ALL"]["tp"] + theirs["ALL"]["fn"] > 0
sys.exit(1 if bad else 0)
PYEOF
}
compare corpus-dev "$shared/corpus-dev/gold" "$shared/corpus-dev/raw"
[ -d "$TOP_SRCDIR/corpus/gold" ] && compare team-corpus "$TOP_SRCDIR/corpus/gold" "$TOP_SRCDIR/corpus/raw"
# a missing prediction counts as empty in both
mkdir -p "$tmp/empty"
"$NERID_BIN" eval --json "$shared/corpus-dev/gold" "$tmp/empty" >"$tmp/e1"
"$PY" "$score" "$shared/corpus-dev/gold" "$tmp/empty" --json >"$tmp/e2"
"$PY" -c '
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert a["missing_predictions"] == b["missing_predictions"] == b["docs"]
assert a["ALL"] == b["ALL"] and a["times+value"] == b["times+value"]' "$tmp/e1" "$tmp/e2" &&
    echo "ok   missing predictions" || { echo "FAIL missing predictions"; fail=1; }
exit $fail
