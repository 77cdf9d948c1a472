#!/usr/bin/env python3
"""Scores predictions against gold and fails when a measure is below its floor.

usage: score_floor.py GOLD_DIR PRED_DIR FLOORS [SCORER]

FLOORS has lines "measure f1-floor" (measures as printed by score.py, e.g.
"ALL 0.80", "times+value 0.90"). SCORER is a score.py compatible script;
without it, `$NERID_BIN eval --json` scores (its numbers agree with
score.py: tests/cli_eval_agree.sh).
"""
import json
import os
import subprocess
import sys


def main(gold, pred, floors_path, scorer=None):
    if scorer:
        cmd = [sys.executable, scorer, gold, pred, "--json"]
    else:
        cmd = [os.environ["NERID_BIN"], "eval", "--json", gold, pred]
    res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    bad = 0
    for line in open(floors_path, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        measure, floor = line.split()
        f1 = res[measure]["f1"] if measure != "headline" else res["headline"]
        ok = f1 + 1e-9 >= float(floor)
        print(f"{'ok  ' if ok else 'FAIL'} {measure:<18} F1 {f1:.3f} (floor {float(floor):.3f})")
        bad += not ok
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
