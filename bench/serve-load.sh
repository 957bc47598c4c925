#!/usr/bin/env bash
# Load on 'figora serve' (see bench/RESULTS.md): 100,000-figure synthetic GMT, 16 clients
# posting 500-gene lists for JSON with the top 50 rows, then a soak with the server's heap
# sampled after full collections.
#
#   bench/serve-load.sh [SECONDS [SOAK_SECONDS [CLIENTS]]]      (defaults 60, 300, 16)
#
# Needs the built jars: mvn -B -q -DskipTests package && mvn -B -q -Pbench -pl analysis,bench
# package -DskipTests. Starts the server on a free port of 127.0.0.1 and stops it at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
seconds="${1:-60}"
soak="${2:-300}"
clients="${3:-16}"
data="${FIGORA_BENCH_DATA:-$here/target/serve-data}"
bench_jar="$here/target/benchmarks.jar"
export XDG_CACHE_HOME="$here/target/serve-cache" FIGORA_HOME="$root"
[ -f "$bench_jar" ] || { echo "serve-load.sh: build $bench_jar first" >&2; exit 2; }
java -cp "$bench_jar" org.figora.bench.ServerLoad prepare "$data"
"$root/figora" index build --corpus "$data/corpus.gmt" >/dev/null 2>&1 || true
log="$here/target/serve-load-server.log"
"$root/figora" serve --port 0 --corpus "$data/corpus.gmt" --access-log /dev/null \
  >"$log.out" 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  url=$(grep -o 'http://[^ ]*' "$log.out" 2>/dev/null || true)
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { echo "the server did not start; see $log" >&2; exit 1; }
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$bench_jar" org.figora.bench.ServerLoad run "$url" "$data" "$clients" 20 "$seconds" \
  "$server"
if [ "$soak" -gt 0 ]; then
  echo "soak:"
  java -cp "$bench_jar" org.figora.bench.ServerLoad run "$url" "$data" "$clients" 0 "$soak" \
    "$server" heap
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
