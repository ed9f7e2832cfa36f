#!/usr/bin/env bash
# Scores the pipeline on every labelled batch: jobs/eval-batches.sh [LABEL_DIR...]
#
# Runs the jar once over the labelled filings (src/test/resources/corpus and corpus-batches, copied into
# a scratch input) and prints the eval table of each label set: the 41 original labels
# (src/test/resources/labels) and each batch (src/test/resources/labels/batchN), or the label folders
# given. The first-sight figure of a batch is this script's output at the commit before the batch was
# released; docs/extraction.md keeps both. Environment: EDGAR_JAR (default target/edgar-etl.jar).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${EDGAR_JAR:-$here/target/edgar-etl.jar}"
[ -f "$jar" ] || { echo "eval-batches: $jar is missing (mvn -B -q package -DskipTests)" >&2; exit 3; }
res="$here/src/test/resources"
if [ $# -gt 0 ]; then labels=("$@"); else labels=("$res/labels" "$res"/labels/batch[0-9]*/); fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/input"
cp -r "$res/corpus/." "$work/input/"
[ -d "$res/corpus-batches" ] && cp -r "$res/corpus-batches/." "$work/input/"
java -jar "$jar" ingest --input "$work/input" --output "$work/out" --db "jdbc:h2:file:$work/db/edgar" >"$work/ingest.log" 2>&1 \
  || { cat "$work/ingest.log" >&2; exit 1; }
for dir in "${labels[@]}"; do
  echo "== ${dir%/}"
  java -jar "$jar" eval --labels "$dir" --output "$work/out" | grep -v '^  miss:'
  java -jar "$jar" eval --labels "$dir" --output "$work/out" --json \
    | python3 -c 'import json,sys; r=json.load(sys.stdin)["result"]; print("not-reported F1: " + ", ".join("%s %.3f" % (k, v["not_reported_f1"]) for k, v in r.items()))'
done
