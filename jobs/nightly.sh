#!/usr/bin/env bash
# Nightly ingest for cron or a systemd timer: jobs/nightly.sh [YYYY-MM-DD]   (default: today)
#
# Ingests that night's input, input/YYYY-MM-DD/ (a folder of filings and archives) or else the EDGAR daily
# feed input/YYYYMMDD.nc.tar.gz, into output/YYYY-MM-DD/ (CSV files and summary.json), logging to
# logs/nightly-YYYY-MM-DD.log. Paths are under EDGAR_HOME (default: this repository). The date is the
# job's identifying --run-date: running the same night again resumes its unfinished run (failed, stopped,
# or crashed) or, when it already completed, reports so and rewrites nothing; a new night is a new run.
#
# Exit codes: 0 completed or already complete (rejected files allowed, see summary.json)
#             1 the job failed or was stopped: run the same command again to resume
#             2 wrong arguments     3 cannot start (no input for that date, database unreachable ...)
#             75 another nightly run holds the lock: try again later
#             143 stopped by SIGTERM (the execution ends STOPPED and resumes on the next run)
# Environment: EDGAR_HOME, EDGAR_JAR (default target/edgar-etl.jar), EDGAR_JAVA_OPTS (e.g. -Xmx1g, -D...),
#              EDGAR_DB (a JDBC URL for --db; default: the H2 store in EDGAR_ETL_HOME, else ~/.local/share/edgar-etl,
#              else an older version's EDGAR_HOME/data, used with a notice).
set -uo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
home="${EDGAR_HOME:-$here}"
jar="${EDGAR_JAR:-$here/target/edgar-etl.jar}"

usage() {
  cat <<EOF
usage: jobs/nightly.sh [YYYY-MM-DD]     (default: today)
Ingests input/YYYY-MM-DD/ or input/YYYYMMDD.nc.tar.gz under \$EDGAR_HOME into output/YYYY-MM-DD/, logging to
logs/nightly-YYYY-MM-DD.log; the same date again resumes an unfinished run. Options for the job itself go in
EDGAR_JAVA_OPTS (-Dedgar.*) or EDGAR_DB; other ingest options: java -jar target/edgar-etl.jar ingest --help.
Exit codes: 0 done, 1 failed or stopped (rerun resumes), 2 usage, 3 cannot start, 75 another run holds the lock.
EOF
}
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    -*) echo "nightly: unknown option $arg: nightly.sh takes a date only (see nightly.sh --help)" >&2; exit 2 ;;
  esac
done
if [ $# -gt 1 ]; then
  echo "nightly: one date at most, got $#: $* (see nightly.sh --help)" >&2
  exit 2
fi
run_date="${1:-$(date +%F)}"
if ! [[ "$run_date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || [ "$(date -d "$run_date" +%F 2>/dev/null)" != "$run_date" ]; then
  echo "nightly: not a date (YYYY-MM-DD): $run_date (see nightly.sh --help)" >&2
  exit 2
fi

cd "$home" || { echo "nightly: EDGAR_HOME not found: $home" >&2; exit 3; }
mkdir -p logs output || exit 3
log="logs/nightly-$run_date.log"

# One nightly at a time, whatever the date: the lock is held by the JVM below (it inherits fd 9)
# and released by the kernel when it ends, even on kill -9.
exec 9>>logs/.nightly.lock
if ! flock -n 9; then
  echo "$(date -Is) nightly $run_date: another nightly run is in progress; not started" | tee -a "$log" >&2
  exit 75
fi

exec >>"$log" 2>&1
echo "$(date -Is) nightly $run_date: starting (pid $$)"

if [ -d "input/$run_date" ]; then
  input="input/$run_date"
elif [ -f "input/${run_date//-/}.nc.tar.gz" ]; then
  input="input/${run_date//-/}.nc.tar.gz"
else
  echo "$(date -Is) nightly $run_date: no input: neither input/$run_date/ nor input/${run_date//-/}.nc.tar.gz"
  exit 3
fi
if [ ! -f "$jar" ]; then
  echo "$(date -Is) nightly $run_date: $jar is missing (mvn package)"
  exit 3
fi

db_args=()
if [ -n "${EDGAR_DB:-}" ]; then
  db_args=(--db "$EDGAR_DB")
fi
# exec: SIGTERM sent to this script reaches the JVM, which stops the job gracefully.
# shellcheck disable=SC2086
exec java ${EDGAR_JAVA_OPTS:-} -jar "$jar" ingest --input "$input" --output "output/$run_date" \
  --run-date "$run_date" "${db_args[@]}"
