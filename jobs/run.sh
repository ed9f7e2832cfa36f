#!/usr/bin/env bash
# Builds the jar if needed and runs one ingest: jobs/run.sh [--input DIR] [--output DIR]
# Exit code: 0 completed (rejects allowed), 1 job failed or stopped (run again to resume),
# 2 wrong arguments, 3 could not start.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/edgar-etl.jar ]; then
  mvn -B -q package -DskipTests
fi
exec java ${EDGAR_JAVA_OPTS:-} -jar target/edgar-etl.jar ingest "$@"
