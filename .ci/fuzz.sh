#!/bin/sh
# .ci/fuzz.sh - builds every libFuzzer target with clang-14
# (-fsanitize=fuzzer,address,undefined) in a scratch build folder and fuzzes
# each for FUZZ_SECONDS (default 60) seconds from fuzz/seeds/ and
# tests/regress/. Fails on any crash, leak, UB report or timeout; the
# offending input is printed as a path under the build folder.
# Usage: .ci/fuzz.sh [BUILD_DIR]   (run from anywhere; never configures in
# the source tree)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$(mktemp -d /tmp/nerid-fuzz-build.XXXXXX)}
secs=${FUZZ_SECONDS:-60}
command -v clang-14 >/dev/null || { echo "fuzz.sh: clang-14 not found (apt-get install clang-14 libclang-rt-14-dev)"; exit 1; }
[ -x "$src/configure" ] || (cd "$src" && autoreconf -fi)
mkdir -p "$build"
cd "$build"
[ -f Makefile ] || "$src/configure" -q
make -s fuzz FUZZ_SECONDS="$secs"
echo "fuzz.sh: every target ran $secs s without a failure"
