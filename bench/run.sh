#!/bin/sh
# bench/run.sh - generates the corpus (once) and runs the side-by-side
# benchmark; writes bench/RESULTS.md. See bench/README.md.
# Usage: bench/run.sh [BUILD_DIR] [MAX_MB]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${1:-$src/build}
max=${2:-100}
NERID=${NERID:-$build/extract/nerid}
[ -x "$NERID" ] || { echo "bench: no nerid at $NERID (give the build folder)"; exit 1; }
export NERID
export NERID_DATA_DIR=${NERID_DATA_DIR:-$src/gazetteers}
PY=/usr/bin/python3
"$PY" -c 'import ahocorasick' || { echo "bench: apt-get install python3-ahocorasick"; exit 1; }
export PY
# the compiled gazetteer image must be current, or start-up is measured on
# the text loader
[ -f "$build/gazetteers.bin" ] && make -s -C "$build" gazetteers.bin
if [ ! -f "$here/out/corpus-$max.jsonl" ] || [ ! -f "$here/out/adv-names-x4.txt" ] ||
   [ "$here/gen_corpus.py" -nt "$here/out/NAMES" ]; then
    echo "generating the corpus ($max MB) ..."
    "$PY" "$here/gen_corpus.py" "$src" "$src/../shared" "$max"
fi
exec "$PY" "$here/run.py"
