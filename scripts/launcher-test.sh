#!/usr/bin/env bash
# Checks the ./figora launcher as a user meets it, once the jar is built (mvn package):
# reached through a symbolic link on PATH, under the C locale with a non-ASCII list name, with
# standard input closed, and with standard output full. Run from anywhere; exits non-zero on the
# first failure.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
fail() { echo "launcher test failed: $*" >&2; exit 1; }

mkdir -p "$work/bin" "$work/elsewhere"
ln -s "$repo/figora" "$work/bin/figora"
(cd "$work/elsewhere" && PATH="$work/bin:$PATH" figora enrich "$repo/examples/igf1r-signalling.txt" \
  --top 1 -q > "$work/out.tsv") || fail "figora through a symlink on PATH"
grep -q 'PMC5738696__ol-15-01-0041-g00' "$work/out.tsv" || fail "symlink run printed no report"

cp "$repo/examples/igf1r-signalling.txt" "$work/gènes.txt"
LC_ALL=C "$repo/figora" enrich "$work/gènes.txt" --top 1 -q > "$work/out.tsv" \
  || fail "non-ASCII list name under LC_ALL=C"
grep -q 'PMC5738696__ol-15-01-0041-g00' "$work/out.tsv" || fail "LC_ALL=C run printed no report"

set +e
"$repo/figora" enrich - <&- 2> "$work/err.txt"
code=$?
set -e
[ "$code" = 3 ] && grep -q 'standard input is closed' "$work/err.txt" \
  || fail "closed standard input: exit $code, $(cat "$work/err.txt")"

if [ -e /dev/full ]; then
  set +e
  "$repo/figora" enrich "$repo/examples/igf1r-signalling.txt" -q > /dev/full 2> "$work/err.txt"
  code=$?
  set -e
  [ "$code" = 3 ] || fail "standard output on /dev/full: exit $code"
fi
echo "launcher tests passed"
