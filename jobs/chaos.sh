#!/usr/bin/env bash
# Chaos run: kills the real jar with SIGKILL at random moments, KILLS times over one ingest (each kill
# followed by the same command again), lets the last run finish, then compares every output with an
# uninterrupted run of the same input: CSV rows (as a multiset and byte for byte) and database row counts.
# Prints the rows lost and duplicated per table; exits 1 unless both are 0 everywhere.
#
# usage: jobs/chaos.sh [-n KILLS] [-f COPIES] [-s SEED] [-k]   (-k keeps the work directory)
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS=20; COPIES=300; SEED=$$; KEEP=0
while getopts "n:f:s:k" opt; do
  case $opt in
    n) KILLS=$OPTARG ;; f) COPIES=$OPTARG ;; s) SEED=$OPTARG ;; k) KEEP=1 ;;
    *) sed -n '2,8p' "$0"; exit 2 ;;
  esac
done
RANDOM=$SEED

JAR=$PWD/target/edgar-etl.jar
[ -f "$JAR" ] || mvn -q -B -o package -DskipTests
WORK=$(mktemp -d /tmp/edgar-chaos.XXXXXX)
[ "$KEEP" = 1 ] || trap 'rm -rf "$WORK"' EXIT

# Input: the real filings of the test corpus plus COPIES distinct copies of one real 8-K.
IN=$WORK/input
mkdir -p "$IN"
cp -r src/test/resources/corpus/. "$IN/"
for i in $(seq 1 "$COPIES"); do
  { cat src/test/resources/corpus/seed/immunogen-1995-08-8k.txt; printf '\ncopy %d\n' "$i"; } > "$IN/copy-$i.txt"
done

jvm() { # DIR: replaces the calling (sub)shell with one ingest run in DIR (H2 database and outputs there)
  cd "$1" && exec java -Xmx256m -Dspring.datasource.url="jdbc:h2:file:$1/db/edgar;DB_CLOSE_ON_EXIT=FALSE" \
      -Dedgar.chunk-size=2 -jar "$JAR" ingest --input "$IN" --output out >>"$1/runs.log" 2>&1
}
run() { ( jvm "$1" ); }

mkdir -p "$WORK/clean" "$WORK/chaos"
start=$(date +%s%N)
run "$WORK/clean" || { echo "the clean run failed: $WORK/clean/runs.log"; exit 1; }
CLEAN_MS=$(( ($(date +%s%N) - start) / 1000000 ))

# Anywhere in a clean run's time after each start (JVM start-up is a large share of it, and a restart has
# less left to do, so a shorter window would mostly kill start-ups); once a run finishes on its own the
# chaos is over and the final run below is a rerun of a completed job.
killed=0
for k in $(seq 1 "$KILLS"); do
  ( jvm "$WORK/chaos" ) & pid=$!   # the subshell execs java: $! is the JVM itself
  delay=$(( (RANDOM * 32768 + RANDOM) % CLEAN_MS ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -0 "$pid" 2>/dev/null; then
    # while a run is going its rows are in the partitions' part files; the merged file appears at the end
    rows=$(find "$WORK/chaos/out" -name filings.csv -path '*/.parts/*' -exec cat {} + 2>/dev/null | wc -l)
    kill -9 "$pid"; killed=$((killed + 1))
    echo "kill $k at ${delay} ms (part filings.csv lines on disk, headers included: $rows)"
  else
    echo "kill $k at ${delay} ms: the run had already finished"
    wait "$pid" 2>/dev/null || true
    break
  fi
  wait "$pid" 2>/dev/null || true
done
run "$WORK/chaos" || { echo "the final run failed: $WORK/chaos/runs.log"; exit 1; }

unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK/lib"
count() { # DIR TABLE
  java -cp "$WORK"/lib/h2-*.jar org.h2.tools.Shell -url "jdbc:h2:file:$1/db/edgar" -user sa -password "" \
    -sql "SELECT COUNT(*) FROM $2" | sed -n 2p | tr -d ' '
}
status=0
printf '%-10s %8s %8s %6s %10s %9s\n' table rows lost dup db_rows identical
for t in filings events exhibits financings warnings rejects; do
  read -r rows lost dup < <(python3 - "$WORK/clean/out/$t.csv" "$WORK/chaos/out/$t.csv" <<'PY'
import csv, sys
from collections import Counter
def rows(p):
    with open(p, newline='', encoding='utf-8') as f:
        return Counter(tuple(r) for r in csv.reader(f))
clean, chaos = rows(sys.argv[1]), rows(sys.argv[2])
print(sum(clean.values()) - 1, sum((clean - chaos).values()), sum((chaos - clean).values()))
PY
)
  c=$(count "$WORK/clean" "$t"); x=$(count "$WORK/chaos" "$t")
  same=$(cmp -s "$WORK/clean/out/$t.csv" "$WORK/chaos/out/$t.csv" && echo yes || echo no)
  printf '%-10s %8s %8s %6s %10s %9s\n' "$t" "$rows" "$lost" "$dup" "$x/$c" "$same"
  if [ "$lost" != 0 ] || [ "$dup" != 0 ] || [ "$c" != "$x" ] || [ "$same" != yes ]; then status=1; fi
done
echo "seed $SEED: $killed processes killed, clean run ${CLEAN_MS} ms"
[ "$status" = 0 ] && echo "rows lost 0, rows duplicated 0" || echo "OUTPUTS DIFFER (work directory: $WORK)"
exit $status
