#!/usr/bin/env bash
# The Spark benchmark of issue 16 (results in bench/RESULTS.md): N lists of the benchmark
# generator against the benchmark's 100,000-figure synthetic GMT, top 50 per list, through
# 'figora enrich --lists X.gmt --top 50' (the CLI batch, one combined TSV) and through the Spark
# job in local[2] (Parquet), on the same lists and machine. Prints for each run the wall-clock
# and CPU seconds (user + system, of the JVM and what it started), lists per wall-clock second,
# and the peak heap after GC (the Spark job's from its GC log: in local mode the driver and the
# executor are one JVM). On a shared machine, CPU seconds per list are the steadier measure.
#
#   spark/bench.sh [N...]        (default: 10000 30000)
#
# Environment: SPARK_BENCH_DATA (default bench/target/spark-bench-data), SPARK_BENCH_OUT
# (default bench/target/spark-bench-results). Builds what it needs; installs nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
data="${SPARK_BENCH_DATA:-$root/bench/target/spark-bench-data}"
out="${SPARK_BENCH_OUT:-$root/bench/target/spark-bench-results}"
if [ $# -eq 0 ]; then set -- 10000 30000; fi

(cd "$root" && mvn -B -q -Pbench -pl bench -am package -DskipTests)
"$root/figora" --version >/dev/null          # builds the CLI jar if needed
"$here/figora-spark" --version >/dev/null    # builds the job jar and its Spark class path
mkdir -p "$data" "$out"
java -cp "$root/bench/target/benchmarks.jar" org.figora.bench.SparkBenchData "$data" "$@"
gmt="$data/corpus.gmt"
export XDG_CACHE_HOME="$out/cache"
"$root/figora" index build --corpus "$gmt" >/dev/null   # both runs read the index cache

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc)"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

peak_heap() { # largest heap occupancy after a collection in a JVM unified GC log, in MB
  grep -o -- '->[0-9]*M' "$1" | tr -dc '0-9\n' | sort -n | tail -1
}

printf '%-8s %-6s %10s %12s %10s %14s %s\n' lists run seconds "CPU seconds" lists/s \
  "peak heap MB" rows | tee -a "$out/results.txt"
for n in "$@"; do
  lists="$data/lists-$n.gmt"
  rm -rf "$out/spark-$n" "$out/cli-$n.tsv"
  FIGORA_JAVA_OPTS="-Xlog:gc:file=$out/cli-$n.gc.log" /usr/bin/time -f '%e %U %S' -o "$out/cli-$n.time" \
    "$root/figora" enrich --lists "$lists" --corpus "$gmt" --top 50 -q -o "$out/cli-$n.tsv"
  FIGORA_JAVA_OPTS="-Xlog:gc:file=$out/spark-$n.gc.log" /usr/bin/time -f '%e %U %S' \
    -o "$out/spark-$n.time" "$here/figora-spark" --master 'local[2]' --corpus "$gmt" \
    --cache-dir "$XDG_CACHE_HOME/figora" --lists "$lists" --top 50 --out "$out/spark-$n" -q
  cli_rows=$(($(wc -l < "$out/cli-$n.tsv") - 1))
  spark_rows=$(grep -o '"result_rows" *: *[0-9]*' "$out/spark-$n/provenance.json" | grep -o '[0-9]*$')
  for run in cli spark; do
    read -r seconds user system < <(tail -1 "$out/$run-$n.time")
    rows=$([ $run = cli ] && echo "$cli_rows" || echo "$spark_rows")
    printf '%-8s %-6s %10s %12.1f %10.1f %14s %s\n' "$n" "$run" "$seconds" \
      "$(echo "$user + $system" | bc -l)" "$(echo "$n / $seconds" | bc -l)" \
      "$(peak_heap "$out/$run-$n.gc.log")" "$rows" | tee -a "$out/results.txt"
  done
done
