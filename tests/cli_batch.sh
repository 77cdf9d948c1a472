#!/bin/sh
# cli_batch.sh - the corpus-scale modes of the nerid command: --jsonl
# records (pass-through fields, input order, an error record per bad line,
# exit 65, summary and --quiet), -j (same bytes on 1 and 2 threads), -r DIR
# and -O OUTDIR, --format json|jsonl|conll|brat|html with --coarse, the
# progress bar, and every usage error of the new options. Inputs are
# sentences written here in Indonesian news style; no timing is asserted.
: "${NERID_BIN:?}"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
check() { # name, then a command that must succeed
    name=$1; shift
    if "$@"; then ok "$name"; else bad "$name"; fi
}

S1='JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan, ekonomi Indonesia tumbuh 5 persen pada 2023.'
S2='Presiden Joko Widodo tiba di Surabaya, Senin (3/7/2023) pukul 10.00 WIB.'
S3='\"Kami akan menindak pinjol ilegal,\" kata Kepala Eksekutif OJK Friderica Widyasari Dewi di Jakarta, Rabu (26/7/2023).'

# ---------------------------------------------------------------- --jsonl
{
    printf '{"id":"a","source":"kompas","text":"%s"}\n' "$S1"
    printf 'this is not json\n'
    printf '[1, 2]\n'
    printf '{"id":7}\n'
    printf '{"id":"n","text":42}\n'
    printf '\n'
    printf '{"id":"u","text":"Bad \377 byte"}\n'
    printf '{"id":"b","text":"%s","tags":["x",{"k":1}]}\r\n' "$S2"
    printf '{"id":"c","text":"%s"}' "$S3"   # no final newline
} >"$tmp/in.jsonl"
"$NERID_BIN" --jsonl -j2 "$tmp/in.jsonl" >"$tmp/out.jsonl" 2>"$tmp/err"
st=$?
check "jsonl: exit 65 when a record fails" [ $st = 65 ]
"$PY" - "$tmp/out.jsonl" <<'EOF' || bad "jsonl: records"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(recs) == 8, len(recs)                      # blank line skipped
assert [r.get("id") for r in recs] == ["a", None, None, 7, "n", "u", "b", "c"], [r.get("id") for r in recs]
a, b, c = recs[0], recs[6], recs[7]
assert a["source"] == "kompas" and "text" not in a and a["schema"] == "nerid/1"
assert a["doc"]["id"] == "a"
assert any(e["name"].startswith("Sri Mulyani") for e in a["entities"]), a["entities"]
assert b["tags"] == ["x", {"k": 1}]                   # passed through unchanged
assert any(t["value"].startswith("2023-07-03T10:00") for t in b["times"]), b["times"]
assert any(q["kind"] == "direct" for q in c["quotes"]), c["quotes"]
e = recs[1]["error"]
assert e["line"] == 2 and isinstance(e["offset"], int) and "invalid JSON" in e["message"], e
assert "not a JSON object" in recs[2]["error"]["message"]
assert recs[3]["error"]["message"].endswith('field "text" is missing')
assert recs[4]["error"]["message"].endswith('field "text" is not a string')
e = recs[5]["error"]
assert e["line"] == 7 and e["offset"] == 22 and "invalid UTF-8 at byte offset 22 (byte 0xFF)" in e["message"], e
EOF
ok "jsonl: records, pass-through, error records"
grep -q '^nerid: .*in.jsonl:2:[0-9]*: invalid JSON' "$tmp/err" || bad "jsonl: positioned message on stderr: $(cat "$tmp/err")"
grep -q '^nerid: 8 documents, 5 errors, ' "$tmp/err" && ok "jsonl: summary" || bad "jsonl: summary: $(cat "$tmp/err")"

# standard input, --quiet: errors only, no summary
grep -v '^this\|^\[\|"id":7\|"id":"n"\|"id":"u"' "$tmp/in.jsonl" | "$NERID_BIN" --jsonl -q >"$tmp/q.jsonl" 2>"$tmp/qerr"
check "jsonl: stdin, all good, exit 0" [ $? = 0 ]
check "jsonl: --quiet prints nothing" [ ! -s "$tmp/qerr" ]
check "jsonl: stdin gives 3 records" [ "$(wc -l <"$tmp/q.jsonl" | tr -d ' ')" = 3 ]

# escapes in "text": nerid decodes the text itself, jansson the rest of the
# record. One article written raw and with every non-ASCII character, quote
# and line end escaped (as json.dumps writes it) must give the same result;
# bad escapes, a NUL, a lone surrogate and a repeated "text" stay jansson's
# positioned errors.
"$PY" - "$tmp/esc.jsonl" <<'EOF'
import json, sys
text = ('SURABAYA, KOMPAS.com \u2014 Wali Kota Surabaya Eri Cahyadi meresmikan kafe '
        '\u201cRumah Kopi\u201d di Jalan Tunjungan, Senin (3/7/2023) pukul 10.00 WIB. \U0001F600\n'
        '"Kami ingin warga punya ruang bertemu," ujar Eri.\tTerima kasih\\/')
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write(json.dumps({"id": "raw", "text": text}, ensure_ascii=False) + '\n')
    f.write(json.dumps({"text": text, "id": "esc", "tags": {"k": ["}", 1]}}) + '\n')
    f.write('{"id":"dup","text":"a","text":"b"}\n')
    f.write('{"id":"nul","text":"a\\u0000b"}\n')
    f.write('{"id":"lone","text":"a\\ud83d b"}\n')
    f.write('{"id":"badesc","text":"a\\x b"}\n')
    f.write('{"id":"esckey","te\\u0078t":"Eri Cahyadi di Surabaya."}\n')
EOF
"$NERID_BIN" --jsonl -q "$tmp/esc.jsonl" >"$tmp/esc.out" 2>"$tmp/esc.err"
check "jsonl escapes: bad records -> 65" [ $? = 65 ]
"$PY" - "$tmp/esc.out" "$tmp/esc.err" <<'EOF' && ok "jsonl escapes: same result escaped or raw, jansson's errors" || bad "jsonl escapes: $(cat "$tmp/esc.err")"
import json, sys
r = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
err = open(sys.argv[2]).read()
assert [x.get("id") for x in r] == ["raw", "esc", None, None, None, None, "esckey"], r
raw, esc = r[0], r[1]
assert esc["tags"] == {"k": ["}", 1]}
for k in ("entities", "quotes", "times"):
    assert raw[k] == esc[k], k
assert any(e["name"] == "Eri Cahyadi" for e in raw["entities"]), raw["entities"]
assert len(raw["quotes"]) == 1 and len(raw["times"]) >= 1, (raw["quotes"], raw["times"])
for rec in r[2:6]:
    assert "error" in rec, rec
assert "duplicate object key" in err and "JSON_ALLOW_NUL" in err
assert "invalid Unicode" in err and "invalid escape" in err
assert r[6]["entities"], r[6]  # an escaped key is still "text"
EOF

# a text over --max-bytes, and a line far over it, are error records; the
# next record still runs
{
    printf '{"id":"long","text":"%s"}\n' "$S1$S1$S1"
    "$PY" -c 'print("{\"id\":\"huge\",\"text\":\"" + "Banjir di Bandung. " * 4000 + "\"}")'
    printf '{"id":"short","text":"Banjir di Bandung."}\n'
} | "$NERID_BIN" --jsonl -q --max-bytes 100 >"$tmp/long.jsonl" 2>"$tmp/lerr"
check "jsonl: too long -> 65" [ $? = 65 ]
"$PY" -c '
import json, sys
r = [json.loads(l) for l in open(sys.argv[1])]
assert len(r) == 3, r
assert r[0]["id"] == "long" and "over the limit of 100 bytes" in r[0]["error"]["message"], r[0]
assert r[1]["id"] is None and "is longer than the limit of 65636 bytes" in r[1]["error"]["message"], r[1]
assert r[2]["id"] == "short" and "entities" in r[2]' "$tmp/long.jsonl" && ok "jsonl: long text, long line" || bad "jsonl: long line"

# a missing source is reported, the others still run
"$NERID_BIN" --jsonl -q "$tmp/nope.jsonl" "$tmp/in.jsonl" >/dev/null 2>"$tmp/merr"
check "jsonl: missing source -> 66" [ $? = 66 ]
grep -q "nope.jsonl: No such file" "$tmp/merr" || bad "jsonl: missing source message"

# ---------------------------------------------------------------- -j
i=0
while [ $i -lt 60 ]; do
    printf '{"id":"d%d","text":"%s %s"}\n' $i "$S1" "$S2"
    printf '{"id":"e%d","text":"%s"}\n' $i "$S3"
    i=$((i + 1))
done >"$tmp/many.jsonl"
"$NERID_BIN" --jsonl -q -j1 "$tmp/many.jsonl" >"$tmp/j1" || bad "-j1 run"
"$NERID_BIN" --jsonl -q -j2 "$tmp/many.jsonl" >"$tmp/j2" || bad "-j2 run"
"$NERID_BIN" --jsonl -q "$tmp/many.jsonl" >"$tmp/j0" || bad "default -j run"
check "-j: 1, 2 and default threads give identical output in input order" \
    sh -c "cmp -s '$tmp/j1' '$tmp/j2' && cmp -s '$tmp/j1' '$tmp/j0'"
check "-j: 120 records" [ "$(wc -l <"$tmp/j2" | tr -d ' ')" = 120 ]
"$PY" -c '
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1])]
assert ids == [p + str(i) for i in range(60) for p in ("d", "e")]' "$tmp/j2" && ok "-j: order" || bad "-j: order"

# ---------------------------------------------------------------- -r / -O
mkdir -p "$tmp/corpus/sub" "$tmp/corpus/.hidden"
printf '%s\n' "$S1" >"$tmp/corpus/b.txt"
printf '%s\n' "$S2" >"$tmp/corpus/a.txt"
printf '%s\n' "$S3" | sed 's/\\//g' >"$tmp/corpus/sub/c.txt"
printf 'not a text file\n' >"$tmp/corpus/notes.md"
printf 'Bad \377\n' >"$tmp/corpus/sub/bad.txt"
"$NERID_BIN" -r "$tmp/corpus" -O "$tmp/out" 2>"$tmp/rerr"
check "-r -O: exit 65 for the bad file" [ $? = 65 ]
check "-r -O: one JSON per .txt, sub-folders kept" \
    sh -c "[ -s '$tmp/out/a.json' ] && [ -s '$tmp/out/b.json' ] && [ -s '$tmp/out/sub/c.json' ] && [ ! -e '$tmp/out/sub/bad.json' ] && [ ! -e '$tmp/out/notes.json' ]"
grep -q 'sub/bad.txt:1:5: invalid UTF-8' "$tmp/rerr" || bad "-r: positioned error: $(cat "$tmp/rerr")"
grep -q '^nerid: 4 documents, 1 errors' "$tmp/rerr" || bad "-r: summary"
"$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema"]=="nerid/1" and d["doc"]["id"].endswith("a.txt")' "$tmp/out/a.json" ||
    bad "-r -O: a.json is a nerid document"
rm "$tmp/corpus/sub/bad.txt"
"$NERID_BIN" -q -r "$tmp/corpus" >"$tmp/r.jsonl"
check "-r without -O: JSON Lines sorted by path" \
    "$PY" -c 'import json,sys; ids=[json.loads(l)["doc"]["id"].split("/corpus/")[1] for l in open(sys.argv[1])]; assert ids==["a.txt","b.txt","sub/c.txt"], ids' "$tmp/r.jsonl"
"$NERID_BIN" -q -O "$tmp/out2" "$tmp/corpus/a.txt" "$tmp/corpus/b.txt"
check "-O with files: NAME.json" sh -c "[ -s '$tmp/out2/a.json' ] && [ -s '$tmp/out2/b.json' ]"
"$NERID_BIN" -q -r "$tmp/nodir" >/dev/null 2>&1
check "-r missing folder -> 66" [ $? = 66 ]
: >"$tmp/notdir"
"$NERID_BIN" -q -O "$tmp/notdir/x" "$tmp/corpus/a.txt" 2>/dev/null
check "-O unwritable -> 74" [ $? = 74 ]

# ---------------------------------------------------------------- formats
printf '%s\n' "$S2" >"$tmp/one.txt"
"$NERID_BIN" --format conll "$tmp/one.txt" >"$tmp/one.conll"
check "conll: DOCSTART and IOB2 tags" sh -c "head -1 '$tmp/one.conll' | grep -qx -- '-DOCSTART- -X- -X- O' &&
    grep -qx 'Joko -X- _ B-PERSON' '$tmp/one.conll' && grep -qx 'Widodo -X- _ I-PERSON' '$tmp/one.conll' &&
    grep -qx 'Surabaya -X- _ B-LOCATION' '$tmp/one.conll' && grep -qx 'Presiden -X- _ O' '$tmp/one.conll'"
"$NERID_BIN" --format conll --coarse "$tmp/one.txt" >"$tmp/one.c2"
check "conll --coarse: PER/LOC" sh -c "grep -qx 'Joko -X- _ B-PER' '$tmp/one.c2' && grep -qx 'Surabaya -X- _ B-LOC' '$tmp/one.c2'"
check "conll: every non-blank line has 4 columns" sh -c "! awk 'NF && NF != 4' '$tmp/one.conll' | grep -q ."

printf '%s\n' "$S3" | sed 's/\\//g' >"$tmp/q.txt"
"$NERID_BIN" --format brat "$tmp/q.txt" >"$tmp/q.ann"
"$PY" - "$tmp/q.txt" "$tmp/q.ann" <<'EOF' && ok "brat: offsets, quote, cue, speaker relation, time note" || bad "brat"
import sys
txt = open(sys.argv[1], encoding="utf-8").read()
T, types, rels, notes = {}, {}, [], {}
for l in open(sys.argv[2], encoding="utf-8").read().splitlines():
    f = l.split("\t")
    if l.startswith("T"):
        typ, offs = f[1].split(" ", 1)
        got = " ".join(txt[int(s):int(e)] for s, e in (p.split() for p in offs.split(";")))
        assert got == f[2], (l, got)
        T[f[0]] = f[2]; types[f[0]] = typ
    elif l.startswith("R"):
        rels.append(f[1].split())
    elif l.startswith("#"):
        notes[f[1].split()[1]] = f[2]
q = [t for t in T if types[t] == "DirectQuote"]
assert q and T[q[0]].startswith("Kami akan menindak pinjol ilegal"), T
r = {x[0]: (x[1][5:], x[2][5:]) for x in rels}
assert r["CuedBy"][0] == q[0] and T[r["CuedBy"][1]] == "kata"
assert r["SpokenBy"][0] == q[0] and "Friderica" in T[r["SpokenBy"][1]]
d = [t for t in T if types[t] in ("DATE", "TIME")]
assert any(notes.get(t) == "2023-07-26" for t in d), (d, notes)
EOF
"$NERID_BIN" -q --format brat -O "$tmp/brat" "$tmp/q.txt" "$tmp/one.txt"
check "brat -O: .txt next to .ann, annotation.conf" sh -c "cmp -s '$tmp/q.txt' '$tmp/brat/q.txt' && [ -s '$tmp/brat/q.ann' ] &&
    [ -s '$tmp/brat/one.ann' ] && grep -q '^SpokenBy' '$tmp/brat/annotation.conf' && [ -s '$tmp/brat/visual.conf' ]"
"$NERID_BIN" --format brat "$tmp/q.txt" "$tmp/one.txt" >"$tmp/brat.jsonl"
check "brat stream: one {id, text, ann} line per document" \
    "$PY" -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert len(r)==2 and r[0]["ann"].startswith("T1\t") and r[1]["text"].startswith("Presiden")' "$tmp/brat.jsonl"

"$NERID_BIN" --format html "$tmp/q.txt" >"$tmp/q.html"
"$PY" - "$tmp/q.html" <<'EOF' && ok "html: well-formed page with entities, quote, speaker, time value, legend" || bad "html"
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.classes = []; s.text = []
    def handle_starttag(s, t, a):
        if t not in ("meta", "br"): s.stack.append(t)
        s.classes.append(dict(a).get("class", ""))
    def handle_endtag(s, t):
        assert s.stack and s.stack[-1] == t, (t, s.stack[-5:]); s.stack.pop()
    def handle_data(s, d): s.text.append(d)
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
assert not p.stack, p.stack
c = " ".join(p.classes); t = "".join(p.text)
for k in ("legend", "ent PERSON", "q-direct", "cue", "time", "badge who", "badge val"):
    assert k in c, k
assert "2023-07-26" in t and "Friderica" in t
EOF
"$NERID_BIN" -q --format html -O "$tmp/html" "$tmp/q.txt" "$tmp/one.txt"
check "html -O: pages and index" sh -c "[ -s '$tmp/html/q.html' ] && grep -q 'href=\"one.html\"' '$tmp/html/index.html'"
"$NERID_BIN" --format html --coarse "$tmp/q.txt" "$tmp/one.txt" >"$tmp/two.html"
check "html stream: one page, two sections, coarse legend" sh -c "[ \$(grep -c '<section' '$tmp/two.html') = 2 ] &&
    [ \$(grep -c '<html' '$tmp/two.html') = 1 ] && grep -q 'class=\"ent PER\"' '$tmp/two.html'"
"$NERID_BIN" --format jsonl "$tmp/q.txt" >"$tmp/q.jl"
check "--format jsonl: one line for one file" [ "$(wc -l <"$tmp/q.jl" | tr -d ' ')" = 1 ]
"$NERID_BIN" --jsonl --format conll -q "$tmp/many.jsonl" >"$tmp/many.conll"
check "jsonl input, conll output: a DOCSTART per record" [ "$(grep -c DOCSTART "$tmp/many.conll")" = 120 ]

# ---------------------------------------------------------------- progress
"$NERID_BIN" --jsonl --progress "$tmp/many.jsonl" >/dev/null 2>"$tmp/perr"
check "--progress: bar with docs, MB/s and ETA" sh -c "grep -q 'docs .*MB/s' '$tmp/perr' && grep -q 'ETA' '$tmp/perr'"
"$NERID_BIN" --jsonl "$tmp/many.jsonl" >/dev/null 2>"$tmp/perr"
check "no progress bar when stderr is not a terminal" sh -c "! grep -q 'ETA' '$tmp/perr'"
"$NERID_BIN" --jsonl --progress -q "$tmp/many.jsonl" >/dev/null 2>"$tmp/perr"
check "--quiet wins over --progress" [ ! -s "$tmp/perr" ]

# on a terminal (a pseudo-terminal from script(1)) the bar shows by default
if command -v script >/dev/null 2>&1; then
    script -qec "'$NERID_BIN' --jsonl -o /dev/null '$tmp/many.jsonl'" /dev/null >"$tmp/tty" 2>&1
    check "progress bar by default on a terminal" grep -q 'docs .*MB/s.*ETA' "$tmp/tty"
    script -qec "'$NERID_BIN' --jsonl --no-progress -o /dev/null '$tmp/many.jsonl'" /dev/null >"$tmp/tty" 2>&1
    check "--no-progress on a terminal" sh -c "! grep -q ETA '$tmp/tty'"
fi

# a co-process that writes one record and waits for its answer gets it
# (the output is flushed whenever nerid would otherwise wait)
"$PY" - "$NERID_BIN" <<'EOF' && ok "jsonl: answers a co-process record by record" || bad "jsonl: co-process"
import json, subprocess, sys, threading
p = subprocess.Popen([sys.argv[1], "--jsonl", "-q"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
guard = threading.Timer(120, p.kill)   # a hang fails instead of blocking make check
guard.start()
for i, t in enumerate(["Banjir melanda Bandung.", "Joko Widodo tiba di Surabaya."]):
    p.stdin.write((json.dumps({"id": i, "text": t}) + "\n").encode())
    p.stdin.flush()
    r = json.loads(p.stdout.readline())
    assert r["id"] == i and r["entities"], r
p.stdin.close()
assert p.wait() == 0
guard.cancel()
EOF

# ---------------------------------------------------------------- usage
usage() { # expected message fragment, args...
    want=$1; shift
    "$NERID_BIN" "$@" </dev/null >/dev/null 2>"$tmp/uerr"
    st=$?
    if [ $st = 64 ] && grep -q -- "$want" "$tmp/uerr"; then ok "usage: $*"; else bad "usage: $* (status $st: $(cat "$tmp/uerr"))"; fi
}
usage "is not a number of threads" -j 0
usage "is not a number of threads" -j two
usage "is not a number of threads" --threads 1000
usage "unknown format 'xml'" --format xml
usage "takes no FILE" -r "$tmp/corpus" "$tmp/one.txt"
usage "cannot be combined with --jsonl" -r "$tmp/corpus" --jsonl
usage "with --jsonl use -o FILE" --jsonl -O "$tmp/x"
usage "cannot be combined" -o "$tmp/x" -O "$tmp/y" "$tmp/one.txt"
usage "needs input files" -O "$tmp/y"
usage "not standard input" -O "$tmp/y" -
usage "applies to --format" --coarse "$tmp/one.txt"
usage "needs an argument" -r
"$NERID_BIN" --help | grep -q -- '--jsonl' && ok "--help lists --jsonl" || bad "--help lists --jsonl"


# ---------------------------------------------------------------- man page
# every long option of --help is documented in nerid(1)
if [ -n "$TOP_SRCDIR" ] && [ -f "$TOP_SRCDIR/docs/nerid.1" ]; then
    for o in $("$NERID_BIN" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        m=$(printf '%s' "$o" | sed 's/-/\\-/g')
        grep -qF -- "$m" "$TOP_SRCDIR/docs/nerid.1" || bad "nerid.1 lacks $o"
    done
    ok "nerid.1 documents every option of --help"
fi

exit $fail
