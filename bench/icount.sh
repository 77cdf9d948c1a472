#!/bin/sh
# bench/icount.sh - machine-independent cost of nerid: instructions counted
# by valgrind (callgrind), which do not move with the load of a shared
# machine the way wall times do. Prints the instructions of one
# `nerid ARTICLE` process (start-up included) and of one `--jsonl -j 1`
# run over the 1 MB bench corpus, per input byte.
# Usage: bench/icount.sh BUILD_DIR   (after bench/run.sh generated bench/out)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: bench/icount.sh BUILD_DIR}
nerid=$build/extract/nerid
art=$here/out/articles/0000.txt
corpus=$here/out/corpus-1.jsonl
[ -f "$art" ] && [ -f "$corpus" ] || { echo "icount: run bench/run.sh first (bench/out)"; exit 1; }
command -v valgrind >/dev/null || { echo "icount: apt-get install valgrind"; exit 1; }
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
          awk '/Collected/ {print $4}'; }
one=$(count "$nerid" "$art")
all=$(count "$nerid" --jsonl -q -j 1 "$corpus")
bytes=$(wc -c <"$corpus")
echo "one article (nerid FILE, start-up included): $one instructions"
echo "corpus-1.jsonl ($bytes bytes, --jsonl -j 1): $all instructions, $((all / bytes)) per input byte"
