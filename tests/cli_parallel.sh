#!/bin/sh
# cli_parallel.sh - the JSON Lines filter runs unchanged under GNU parallel
# --pipe (the same contract Hadoop Streaming and Spark's RDD.pipe use:
# records on stdin, one result line per record on stdout, any chunking):
# the records of `parallel --pipe` equal, sorted by id, those of one
# process. Skips (77) when parallel or python3 is absent.
: "${NERID_BIN:?}"
PY=${PYTHON3:-python3}
command -v parallel >/dev/null 2>&1 || { echo "SKIP: no GNU parallel"; exit 77; }
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
"$PY" - >"$tmp/in.jsonl" <<'PYEOF'
import json
texts = [
    "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan, ekonomi tumbuh 5 persen pada 2023.",
    "Presiden Joko Widodo tiba di Surabaya, Senin (3/7/2023) pukul 10.00 WIB.",
    "\"Kami akan menindak pinjol ilegal,\" kata Kepala Eksekutif OJK Friderica Widyasari Dewi di Jakarta.",
]
for i in range(300):
    print(json.dumps({"id": "r%03d" % i, "batch": i % 7, "text": texts[i % 3] + " " * (i % 5)}))
print("{broken")
PYEOF
"$NERID_BIN" --jsonl -q -j1 <"$tmp/in.jsonl" >"$tmp/one.jsonl"
st1=$?
parallel --pipe --block 4k -j2 -k "'$NERID_BIN' --jsonl -q -j1" <"$tmp/in.jsonl" >"$tmp/par.jsonl"
st2=$?
fail=0
# nerid exits 65; parallel exits with the number of failed jobs
[ $st1 = 65 ] && [ $st2 = 1 ] || { echo "FAIL: statuses $st1 and $st2 (the broken record must fail both)"; fail=1; }
# several chunks really ran
"$PY" - "$tmp/one.jsonl" "$tmp/par.jsonl" <<'PYEOF' || fail=1
import json, sys
def load(p):
    recs = [json.loads(l) for l in open(p, encoding="utf-8")]
    for r in recs:   # an error's line number counts from the start of its chunk
        if "error" in r:
            r["error"].pop("line")
            r["error"]["message"] = r["error"]["message"].split(": ", 1)[1]
    return sorted(recs, key=lambda r: (r.get("id") is None, str(r.get("id"))))
a, b = load(sys.argv[1]), load(sys.argv[2])
assert len(a) == 301, len(a)
assert a == b, "parallel --pipe records differ from one process"
print("ok   parallel --pipe: %d records identical to one process" % len(a))
PYEOF
n=$(parallel --pipe --block 4k -j2 "wc -l" <"$tmp/in.jsonl" | wc -l)
[ "$n" -gt 1 ] && echo "ok   input was split into $n chunks" || { echo "FAIL: input not split"; fail=1; }
exit $fail
