#!/usr/bin/env bash
# End-to-end ingest benchmark: jobs/bench.sh [N ...]   (default: 1000 10000)
# For each N: replicates the real corpus into N distinct filings (jobs/ReplicateCorpus.java), runs the real
# jar's ingest on a fresh H2 database and output directory, and prints one result row.
# Environment: BENCH_DIR (work directory, default /tmp/edgar-bench), BENCH_HEAP (default 512m),
# BENCH_THREADS (passed as --threads when set), BENCH_GC (default -XX:+UseParallelGC: G1 with a small heap
# turns every filing over 512 KB into a humongous allocation and runs concurrent cycles back to back),
# BENCH_JAVA_OPTS (extra JVM options, e.g. JFR),
# BENCH_CORPUS (source of the filings; default ../shared/corpus, else src/test/resources/corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
work=${BENCH_DIR:-/tmp/edgar-bench}
heap=${BENCH_HEAP:-512m}
corpus=${BENCH_CORPUS:-}
if [ -z "$corpus" ]; then
  if [ -d ../shared/corpus ]; then corpus=../shared/corpus; else corpus=src/test/resources/corpus; fi
fi
[ -f target/edgar-etl.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work"

# "4m48s792ms" (Spring Batch's duration format) -> seconds
to_seconds() { python3 -c 'import re, sys
units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
print("%.3f" % sum(int(n) * units[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)", sys.argv[1])))' "$1"; }

printf '%-8s %8s %8s %8s %8s %10s %7s %10s %10s %8s %8s %7s  %s\n' filings MB job_s wall_s cpu_s filings/s MB/s ms/filing cpu_ms/f heap_MB live_MB rejects load1
for n in "${sizes[@]}"; do
  input="$work/input-$n"
  if [ ! -f "$input/.complete" ]; then
    rm -rf "$input"
    java jobs/ReplicateCorpus.java "$corpus" "$input" "$n" >&2
    touch "$input/.complete"
  fi
  run="$work/run-$n"
  rm -rf "$run" && mkdir -p "$run"
  bytes=$(du -sb --exclude=.complete "$input" | cut -f1)
  threads=()
  [ -n "${BENCH_THREADS:-}" ] && threads=(--threads "$BENCH_THREADS")
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -o "$run/time.txt" -f "%U %S %M" java -Xmx"$heap" ${BENCH_GC:--XX:+UseParallelGC} \
    -Xlog:gc:file="$run/gc.log" ${BENCH_JAVA_OPTS:-} \
    -Dspring.datasource.url="jdbc:h2:file:$run/db/edgar;DB_CLOSE_ON_EXIT=FALSE" \
    -jar target/edgar-etl.jar ingest --input "$input" --output "$run/out" "${threads[@]}" >"$run/ingest.log" 2>&1 \
    || { echo "ingest of $n filings failed; see $run/ingest.log" >&2; tail -5 "$run/ingest.log" >&2; exit 1; }
  end=$(date +%s.%N)
  load="$load/$(cut -d' ' -f1 /proc/loadavg)"
  job=$(grep -o "status: \[COMPLETED\] in [0-9hms]*" "$run/ingest.log" | tail -1 | awk '{print $NF}')
  job_s=$(to_seconds "$job")
  wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  peak=$({ grep -o '[0-9]*M->' "$run/gc.log" || true; } | sed 's/M->//' | sort -n | tail -1)
  # the most the heap held right after a full collection: what the run really keeps alive
  live=$({ grep 'Pause Full' "$run/gc.log" || true; } | { grep -o -- '->[0-9]*M' || true; } | tr -d '>M-' | sort -n | tail -1)
  cpu_s=$(awk '{ printf "%.2f", $1 + $2 }' "$run/time.txt")
  rejects=$(($(wc -l <"$run/out/rejects.csv") - 1))
  awk -v n="$n" -v b="$bytes" -v j="$job_s" -v w="$wall_s" -v p="${peak:-0}" -v lv="${live:-0}" -v r="$rejects" -v l="$load" -v c="$cpu_s" 'BEGIN {
    printf "%-8d %8.1f %8.2f %8.2f %8.2f %10.1f %7.2f %10.2f %10.2f %8s %8s %7d  %s\n", n, b / 1e6, j, w, c, n / j, b / 1e6 / j, 1000 * j / n, 1000 * c / n, p, lv, r, l }'
done
