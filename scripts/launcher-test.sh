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
# The jar is rebuilt when anything that goes into it is newer (a report stylesheet too), not when
# only tests changed. A copy of the launcher in a tree of its own, with a fake mvn that records
# being called and fails, so nothing is built.
tree="$work/tree"
mkdir -p "$tree/cli/target" "$tree/server/target" "$work/fake-bin" \
  "$tree/analysis/src/main/resources" "$tree/analysis/src/test/java"
cp "$repo/figora" "$tree/figora"
: > "$tree/pom.xml"
: > "$tree/analysis/src/main/resources/report.css"
: > "$tree/analysis/src/test/java/SomeTest.java"
cp "$repo/cli/target/figora.jar" "$tree/cli/target/figora.jar"
: > "$tree/server/target/figora-server.jar"
: > "$tree/cli/target/figora.jsa" # no start-up archive: its training would need the examples
touch -d '2000-01-01' "$tree/pom.xml" "$tree/analysis/src/main/resources/report.css"
printf '#!/bin/sh\ntouch "%s"\nexit 1\n' "$work/mvn-called" > "$work/fake-bin/mvn"
chmod +x "$work/fake-bin/mvn"
touch "$tree/analysis/src/test/java/SomeTest.java"
PATH="$work/fake-bin:$PATH" "$tree/figora" --version > /dev/null 2>&1 \
  || fail "launcher copy with only a test source changed did not run"
[ ! -e "$work/mvn-called" ] || fail "a changed test source rebuilt the jar"
touch "$tree/analysis/src/main/resources/report.css"
if PATH="$work/fake-bin:$PATH" "$tree/figora" --version > /dev/null 2>&1; then
  fail "a changed stylesheet did not rebuild the jar"
fi
[ -e "$work/mvn-called" ] || fail "a changed stylesheet did not call mvn"
echo "launcher tests passed"
