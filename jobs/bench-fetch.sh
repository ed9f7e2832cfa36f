#!/usr/bin/env bash
# Fetch benchmark against a local stand-in for EDGAR: jobs/bench-fetch.sh [N] [RATE ...]   (default: 300 10 1000000)
# For each RATE (requests per second; 10 is EDGAR's cap, a huge one lifts it to show the client's own cost):
# starts org.edgaretl.tools.ServeNight (a night of N distinct 8-Ks built from src/test/resources/corpus, served
# in EDGAR's layout on 127.0.0.1), runs the real jar's fetch of that night into a fresh directory and H2
# database, and prints one row: filings, MB, the fetch job's own time (Spring Batch's, JVM start excluded),
# filings/s over it, and the most requests the server saw in any one-second window.
# Environment: BENCH_DIR (default /tmp/edgar-bench-fetch), BENCH_CONCURRENCY (edgar.fetch.concurrency; default: the
# application's, 2).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
shift || true
rates=("$@")
[ ${#rates[@]} -eq 0 ] && rates=(10 1000000)
work=${BENCH_DIR:-/tmp/edgar-bench-fetch}
mkdir -p "$work"
[ -f target/edgar-etl.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
[ -f "$work/cp.txt" ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt"
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"

to_seconds() { python3 -c 'import re, sys
units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
print("%.3f" % sum(int(n) * units[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)", sys.argv[1])))' "$1"; }

printf '%-10s %8s %8s %8s %10s %12s %7s\n' rate filings MB job_s filings/s max_req/1s load1
for rate in "${rates[@]}"; do
  run="$work/run-$rate"
  rm -rf "$run" && mkdir -p "$run"
  java -cp "$cp" org.edgaretl.tools.ServeNight 2025-01-02 "$n" >"$run/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null' EXIT
  for _ in $(seq 1 100); do
    grep -q '^http' "$run/server.log" 2>/dev/null && break
    sleep 0.2
  done
  url=$(grep -m1 '^http' "$run/server.log")
  load=$(cut -d' ' -f1 /proc/loadavg)
  concurrency=()
  [ -n "${BENCH_CONCURRENCY:-}" ] && concurrency=(-Dedgar.fetch.concurrency="$BENCH_CONCURRENCY")
  java -Dspring.datasource.url="jdbc:h2:file:$run/db/edgar;DB_CLOSE_ON_EXIT=FALSE" "${concurrency[@]}" \
    -jar target/edgar-etl.jar fetch --date 2025-01-02 --dest "$run/input" --base-url "$url" --rate "$rate" \
    --user-agent "edgar-etl benchmark bench@example.com" >"$run/fetch.log" 2>&1 \
    || { echo "fetch at rate $rate failed; see $run/fetch.log" >&2; tail -5 "$run/fetch.log" >&2; exit 1; }
  sleep 1.2 # the server prints its busiest window once a second
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  trap - EXIT
  load="$load/$(cut -d' ' -f1 /proc/loadavg)"
  job=$(grep -o "status: \[COMPLETED\] in [0-9hms]*" "$run/fetch.log" | tail -1 | awk '{print $NF}')
  job_s=$(to_seconds "$job")
  bytes=$(du -sb "$run/input/edgar/data" | cut -f1)
  files=$(find "$run/input/edgar/data" -name '*.txt' | wc -l)
  max=$(grep -o 'max/s [0-9]*' "$run/server.log" | tail -1 | awk '{print $2}')
  awk -v r="$rate" -v n="$files" -v b="$bytes" -v j="$job_s" -v m="$max" -v l="$load" 'BEGIN {
    printf "%-10s %8d %8.1f %8.2f %10.1f %12s %7s\n", r, n, b / 1e6, j, n / j, m, l }'
done
