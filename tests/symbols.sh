#!/bin/sh
# The installed library exports only the public API: every defined dynamic
# symbol of libnerid.so starts with nerid_, and every function declared in
# include/nerid.h is exported.
set -eu
: "${TOP_SRCDIR:?}"
lib=$(ls "${TOP_BUILDDIR:-.}"/.libs/libnerid.so 2>/dev/null | head -n 1 || true)
[ -n "$lib" ] || { echo "no shared library built: skip"; exit 77; }
command -v nm >/dev/null 2>&1 || exit 77
syms=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort)
bad=$(printf '%s\n' "$syms" | grep -v '^nerid_' | grep -v '^_' || true)
if [ -n "$bad" ]; then
    echo "non-public symbols exported:"; printf '%s\n' "$bad"; exit 1
fi
want=$(grep -oE '\bnerid_[a-z0-9_]+\(' "$TOP_SRCDIR/include/nerid.h" | tr -d '(' | sort -u)
missing=$(printf '%s\n' "$want" | while read -r f; do printf '%s\n' "$syms" | grep -qx "$f" || echo "$f"; done)
if [ -n "$missing" ]; then
    echo "declared in nerid.h but not exported:"; printf '%s\n' "$missing"; exit 1
fi
echo "$(printf '%s\n' "$syms" | wc -l) exported symbols, all public"
