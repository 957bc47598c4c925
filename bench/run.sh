#!/usr/bin/env bash
# Whole-process benchmarks of figora and the peer comparison (see bench/README.md).
#
#   bench/run.sh [all|process|peers]
#
# Needs: Java 17, the built jars (mvn -B -q install -DskipTests && mvn -B -q -Pbench package
# -DskipTests), hyperfine for the process timings (Debian: apt-get install hyperfine), and for
# the peer comparison R (Rscript) and Debian's /usr/bin/python3 with SciPy and statsmodels, with
# the peers' scripts in $FIGORA_PEERS (default: ../shared/peers beside the repository).
# This script installs nothing. Environment:
#   FIGORA_BENCH_DATA   data directory (default bench/target/bench-data); generated if missing
#   FIGORA_BENCH_OUT    results directory (default bench/target/results)
#   PEER_LISTS          lists run through figora and R (default 20; with --all each figora report holds every set)
#   SCIPY_LISTS         lists run through SciPy (default 5; SciPy needs about half a minute a list)
#   RUNS                hyperfine runs per command (default 15)
#   FIGORA              the figora command to time (default: the launcher ./figora)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
what="${1:-all}"
data="${FIGORA_BENCH_DATA:-$here/target/bench-data}"
out="${FIGORA_BENCH_OUT:-$here/target/results}"
peers="${FIGORA_PEERS:-$root/../shared/peers}"
peer_lists="${PEER_LISTS:-20}"
scipy_lists="${SCIPY_LISTS:-5}"
runs="${RUNS:-15}"
bench_jar="$here/target/benchmarks.jar"
# The command timed: the launcher by default; FIGORA="java -jar other.jar" compares builds.
figora="${FIGORA:-$root/figora}"
export FIGORA_BENCH_DATA="$data" XDG_CACHE_HOME="$out/cache" FIGORA_HOME="$root"

for jar in "$bench_jar"; do
  [ -f "$jar" ] || { echo "run.sh: $jar is missing; build first (see bench/README.md)" >&2; exit 2; }
done
mkdir -p "$out"
java -cp "$bench_jar" org.figora.bench.Generate | tee "$out/data.txt"
gmt="$data/corpus.gmt"

machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}
machine | tee "$out/machine.txt"

process() {
  if ! command -v hyperfine >/dev/null; then
    echo "run.sh: hyperfine not found; install it (Debian: apt-get install hyperfine)" >&2
    return 1
  fi
  # Build the caches first: every timed run below loads the index from the cache.
  $figora index build --corpus "$gmt" >/dev/null
  $figora index build --corpus "$data/records" >/dev/null
  $figora index build >/dev/null
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/process.json" \
    -n "enrich list500 on 100k GMT corpus, every hit row written" \
    "$figora enrich $data/list500.txt --corpus $gmt --quiet -o $out/list500.tsv" \
    -n "enrich list500 on 100k GMT corpus, --top 50" \
    "$figora enrich $data/list500.txt --corpus $gmt --top 50 --quiet -o $out/list500-top50.tsv" \
    -n "enrich list500 on 100,000 records, --top 50" \
    "$figora enrich $data/list500.txt --corpus $data/records --top 50 --quiet -o $out/records-top50.tsv" \
    -n "enrich example on bundled seeds" \
    "$figora enrich $root/examples/igf1r-signalling.txt --quiet -o $out/seeds.tsv" \
    -n "figora --version (JVM and picocli only)" \
    "$figora --version"
  hyperfine -N --runs 5 --export-json "$out/index-build.json" \
    -n "index build, 100k records" "$figora index build --corpus $data/records --quiet" \
    -n "index build, GMT" "$figora index build --corpus $gmt --quiet"
}

peers() {
  local lists="$out/peer-lists" scipy_set="$out/scipy-lists"
  rm -rf "$lists" "$scipy_set" "$out/figora" "$out/figora-peer" "$out/r" "$out/py"
  mkdir -p "$lists" "$scipy_set"
  local files i=0
  mapfile -t files < <(cd "$data/lists" && printf '%s\n' *.txt | sort)
  for f in "${files[@]:0:$peer_lists}"; do
    cp "$data/lists/$f" "$lists/"
    if [ $((i++)) -lt "$scipy_lists" ]; then cp "$data/lists/$f" "$scipy_set/"; fi
  done
  # figora tests every non-empty set and writes every row, as the peers do.
  local start end
  start=$(date +%s.%N)
  mkdir -p "$out/figora"
  $figora enrich "$lists"/*.txt --corpus "$gmt" --min-size 1 --max-size 100000 --all \
    --output-dir "$out/figora" --quiet
  end=$(date +%s.%N)
  echo "[figora] lists=$peer_lists wall_s=$(echo "$end - $start" | bc)" | tee "$out/figora-batch.txt"
  /usr/bin/python3 "$here/peer_tsv.py" "$out/figora" "$out/figora-peer"
  Rscript "$peers/ref_r.R" --gmt "$gmt" --genes-dir "$lists" --out "$out/r" 2>&1 \
    | grep '^\[ref_r\]' | tee "$out/r-batch.txt"
  /usr/bin/python3 "$peers/ref_py.py" --gmt "$gmt" --genes-dir "$scipy_set" --out "$out/py" 2>&1 \
    | grep '^\[ref_py\]' | tee "$out/py-batch.txt"
  { echo "figora vs R:"; /usr/bin/python3 "$peers/compare.py" "$out/figora-peer" "$out/r" --tol 1e-12 --quiet || true
    echo "figora vs SciPy:"; /usr/bin/python3 "$peers/compare.py" "$out/figora-peer" "$out/py" --tol 1e-12 --quiet || true
  } 2>&1 | tee "$out/compare.txt"
}

case "$what" in
  all) process; peers ;;
  process) process ;;
  peers) peers ;;
  *) echo "usage: bench/run.sh [all|process|peers]" >&2; exit 2 ;;
esac
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
