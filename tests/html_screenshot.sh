#!/bin/sh
# html_screenshot.sh - renders a corpus article with `nerid --format html`
# and takes a screenshot of the page with headless Chromium, to check in a
# real browser that the page renders (highlights, quote badges, time
# values, legend). It asserts that the page loads and the PNG is a real,
# non-trivial image; look at the picture itself to judge the layout:
#
#   NERID_BIN=/path/to/extract/nerid TOP_SRCDIR=/path/to/nerid \
#       KEEP=/tmp/nerid-shot.png sh tests/html_screenshot.sh
#
# KEEP (optional) copies the PNG there. Skips (77) when chromium (or
# chromium-browser / google-chrome) is absent. The article is read from the
# source tree's corpus/raw (the team's own texts); ARTICLE overrides it.
: "${NERID_BIN:?}" "${TOP_SRCDIR:?}"
browser=
for b in chromium chromium-browser google-chrome; do
    command -v "$b" >/dev/null 2>&1 && { browser=$b; break; }
done
[ -n "$browser" ] || { echo "SKIP: no chromium"; exit 77; }
article=${ARTICLE:-$TOP_SRCDIR/corpus/raw/kompas_pompa_dayeuhkolot.txt}
[ -f "$article" ] || article=$(ls "$TOP_SRCDIR"/corpus/raw/*.txt 2>/dev/null | head -1)
[ -f "$article" ] || { echo "SKIP: no corpus article"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
"$NERID_BIN" --format html "$article" >"$tmp/page.html" || { echo "FAIL: nerid --format html"; exit 1; }
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$tmp/profile" --window-size=1200,1600 \
    --screenshot="$tmp/shot.png" "file://$tmp/page.html" >"$tmp/log" 2>&1
[ -s "$tmp/shot.png" ] || { echo "FAIL: no screenshot"; cat "$tmp/log"; exit 1; }
# a PNG signature, and more than a blank page's worth of bytes
sig=$(head -c 8 "$tmp/shot.png" | od -An -tx1 | tr -d ' \n')
[ "$sig" = 89504e470d0a1a0a ] || { echo "FAIL: not a PNG"; exit 1; }
size=$(wc -c <"$tmp/shot.png" | tr -d ' ')
[ "$size" -gt 20000 ] || { echo "FAIL: screenshot of $size bytes looks blank"; exit 1; }
[ -n "$KEEP" ] && cp "$tmp/shot.png" "$KEEP"
echo "ok   screenshot of $(basename "$article") ($size bytes)"
