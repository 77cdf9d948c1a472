#!/bin/sh
# cli_eval.sh - `nerid eval`: span measures between two nerid runs (strict
# and partial), CoNLL files (conlleval conventions), the text and --json
# forms, and its error paths (usage, missing folder, unreadable gold with
# file:line:column, CoNLL tag errors). Inputs are written here.
: "${NERID_BIN:?}"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# -- two nerid runs: a text against itself is perfect on spans
mkdir -p "$tmp/raw" "$tmp/gold" "$tmp/pred"
printf '"Kami akan menindak pinjol ilegal," kata Kepala Eksekutif OJK Friderica Widyasari Dewi di Jakarta, Rabu (26/7/2023).\n' >"$tmp/raw/a.txt"
printf 'Presiden Joko Widodo tiba di Surabaya, Senin (3/7/2023) pukul 10.00 WIB.\n' >"$tmp/raw/b.txt"
"$NERID_BIN" -q -r "$tmp/raw" -O "$tmp/gold"
"$NERID_BIN" -q -r "$tmp/raw" -O "$tmp/pred"
"$NERID_BIN" eval --json "$tmp/gold" "$tmp/pred" >"$tmp/self.json" || bad "eval self"
"$PY" -c '
import json, sys
r = json.load(open(sys.argv[1]))
s = r["spans"]
assert s["entities/ALL"]["strict"]["f1"] == 1.0 and s["entities/ALL"]["gold"] >= 4, s["entities/ALL"]
assert s["entities/PERSON"]["strict"]["tp"] == 2
assert s["times/ALL"]["partial"]["f1"] == 1.0 and s["quotes/direct"]["gold"] == 1
assert r["ALL"]["f1"] == 1.0 and r["times+value"]["f1"] == 1.0 and r["docs"] == 2' "$tmp/self.json" &&
    ok "eval: nerid against itself" || bad "eval: nerid against itself"

# -- shift one entity span by a character and drop one time: strict and
#    partial differ as conlleval and nervaluate say
"$PY" - "$tmp/pred/b.json" <<'PYEOF'
import json, sys
p = sys.argv[1]; d = json.load(open(p))
for e in d["entities"]:
    if e["type"] == "PERSON":
        e["mentions"][0]["end"] -= 1          # "Joko Widod": overlaps, not exact
d["times"] = d["times"][:-1]
json.dump(d, open(p, "w"))
PYEOF
"$NERID_BIN" eval --json "$tmp/gold" "$tmp/pred" >"$tmp/shift.json"
"$PY" -c '
import json, sys
s = json.load(open(sys.argv[1]))["spans"]
e = s["entities/PERSON"]
assert e["gold"] == 2 and e["pred"] == 2 and e["strict"]["tp"] == 1, e
assert e["partial"]["correct"] == 1 and e["partial"]["partial"] == 1 and abs(e["partial"]["p"] - 0.75) < 1e-9, e
t = s["times/ALL"]
assert t["pred"] == t["gold"] - 1 and t["strict"]["r"] < 1 and t["strict"]["p"] == 1.0, t' "$tmp/shift.json" &&
    ok "eval: strict vs partial" || bad "eval: strict vs partial"
"$NERID_BIN" eval "$tmp/gold" "$tmp/pred" >"$tmp/shift.txt"
grep -q '^entities/PERSON  *2  *2  *0.500  *0.500  *0.500  *0.750  *0.750  *0.750' "$tmp/shift.txt" &&
    grep -q '^headline' "$tmp/shift.txt" && ok "eval: text table" || bad "eval: text table: $(cat "$tmp/shift.txt")"

# -- CoNLL files (IOB2 and IOB1), conlleval-style strict counts
cat >"$tmp/g.conll" <<'C'
-DOCSTART- -X- -X- O

Presiden -X- _ O
Joko -X- _ B-PER
Widodo -X- _ I-PER
tiba -X- _ O
di -X- _ O
Surabaya -X- _ B-LOC
. -X- _ O

Menurut -X- _ O
Kementerian -X- _ B-ORG
Keuangan -X- _ I-ORG
C
cat >"$tmp/p.conll" <<'C'
-DOCSTART- -X- -X- O

Presiden -X- _ B-PER
Joko -X- _ I-PER
Widodo -X- _ I-PER
tiba -X- _ O
di -X- _ O
Surabaya -X- _ I-LOC
. -X- _ O

Menurut -X- _ O
Kementerian -X- _ I-ORG
Keuangan -X- _ I-ORG
C
"$NERID_BIN" eval --json "$tmp/g.conll" "$tmp/p.conll" >"$tmp/conll.json" || bad "eval conll"
"$PY" -c '
import json, sys
s = json.load(open(sys.argv[1]))["spans"]
assert s["entities/LOC"]["strict"]["tp"] == 1 and s["entities/ORG"]["strict"]["tp"] == 1   # IOB1 starts
assert s["entities/PER"]["strict"]["tp"] == 0 and s["entities/PER"]["partial"]["partial"] == 1
assert s["entities/ALL"]["gold"] == 3 and s["entities/ALL"]["strict"]["tp"] == 2' "$tmp/conll.json" &&
    ok "eval: CoNLL files" || bad "eval: CoNLL files"
"$NERID_BIN" --format conll "$tmp/raw/b.txt" >"$tmp/b1.conll"
"$NERID_BIN" --format conll "$tmp/raw/b.txt" >"$tmp/b2.conll"
"$NERID_BIN" eval "$tmp/b1.conll" "$tmp/b2.conll" | grep -q '^entities/ALL .* 1.000  *1.000  *1.000' &&
    ok "eval: reads nerid --format conll" || bad "eval: reads nerid --format conll"

# -- errors
err() { # status, message fragment, args...
    want=$1 frag=$2; shift 2
    "$NERID_BIN" eval "$@" >/dev/null 2>"$tmp/err"
    st=$?
    if [ $st = "$want" ] && grep -q -- "$frag" "$tmp/err"; then ok "eval error: $frag"; else bad "eval error $*: status $st: $(cat "$tmp/err")"; fi
}
err 64 "needs GOLD and PRED" "$tmp/gold"
err 64 "too many arguments" "$tmp/gold" "$tmp/pred" "$tmp/pred"
err 64 "unknown option '--strict'" --strict "$tmp/gold" "$tmp/pred"
err 64 "both be folders or both CoNLL" "$tmp/gold" "$tmp/g.conll"
err 66 "No such file" "$tmp/gold" "$tmp/nope"
printf '{"id": "a",\n "entities": [}\n' >"$tmp/gold/a.json"
err 65 "a.json:2:15: unexpected token" "$tmp/gold" "$tmp/pred"
printf 'Joko -X- _ B-PER\nWidodo -X- _ X-PER\n' >"$tmp/bad.conll"
err 65 "bad.conll:2: tag 'X-PER' is not O, B-TYPE or I-TYPE" "$tmp/bad.conll" "$tmp/p.conll"
printf 'Joko B-PER\n\n' >"$tmp/g2.conll"
printf -- '-DOCSTART- -X- -X- O\nJoko B-PER\n-DOCSTART- -X- -X- O\nWidodo O\n' >"$tmp/p2.conll"
err 65 "g2.conll has 1 documents, .*p2.conll has 2" "$tmp/g2.conll" "$tmp/p2.conll"
"$NERID_BIN" eval --help | grep -q 'Usage: nerid eval' && ok "eval --help" || bad "eval --help"
exit $fail
