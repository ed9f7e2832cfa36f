#!/usr/bin/env bash
# The night, end to end, for cron or a systemd timer:
#   jobs/nightly.sh [--feed] [--no-fetch] [--load JDBC_URL] [--reprocess] [YYYY-MM-DD]   (default date: today)
#
# Three stages, each one process; a stage that fails stops the night, saying which and how to resume:
#   fetch   EDGAR's daily index of that date and its 8-K and 8-K/A filings into input/YYYY-MM-DD/
#           (edgar/data/CIK/ACCESSION.txt, the index kept beside them), or with --feed the day's feed archive.
#           Needs EDGAR_ETL_USER_AGENT ("Your Org you@example.com"). A date EDGAR has no index for (a weekend, a
#           holiday) ends the night there: "no filings published for DATE", exit 0. --no-fetch skips this stage
#           and ingests what is already there (input/YYYY-MM-DD/ or input/YYYYMMDD.nc.tar.gz).
#   ingest  that input into output/YYYY-MM-DD/ (CSV files, summary.json), with the date as the job's identifying
#           --run-date: the same night again resumes its unfinished run or, when it completed, reports so and
#           rewrites nothing (--reprocess: do it again). A night whose index lists filings but whose ingest read
#           none is a failure.
#   load    output/YYYY-MM-DD/ into the warehouse, when --load JDBC_URL or EDGAR_WAREHOUSE_URL is given
#           (loading a run twice changes nothing).
# Paths are under EDGAR_HOME (default: this repository); everything is logged to logs/nightly-YYYY-MM-DD.log.
#
# Exit codes: 0 done (also: nothing published that day, or the night was already complete)
#             1 ingest failed or was stopped: run the same command again to resume
#             2 wrong arguments     3 ingest cannot start (no input for that date, database unreachable ...)
#             4 the index lists filings but the ingest read none: see the log, then --reprocess
#             11 fetch failed (EDGAR kept refusing, a file failed its checks): run again, it downloads only what is missing
#             12 fetch refused its options (EDGAR_FETCH_ARGS, a rate above EDGAR's limit)
#             13 fetch cannot start (no User-Agent, destination locked, database unreachable)
#             21 load failed and was rolled back: run again    22 load refused its options (not PostgreSQL)
#             23 load cannot start (warehouse unreachable, the run's manifest does not match its files)
#             75 another nightly run holds the lock: try again later
#             143 stopped by SIGTERM (the running stage ends STOPPED and resumes on the next run)
# Environment: EDGAR_HOME, EDGAR_JAR (default target/edgar-etl.jar), EDGAR_JAVA_OPTS (e.g. -Xmx1g, -D...),
#              EDGAR_DB (a JDBC URL for --db; default: the H2 store in EDGAR_ETL_HOME, else ~/.local/share/edgar-etl,
#              else an older version's EDGAR_HOME/data, used with a notice),
#              EDGAR_ETL_USER_AGENT, EDGAR_BASE_URL (a mirror instead of https://www.sec.gov),
#              EDGAR_FETCH_ARGS (more fetch options, e.g. "--rate 8 --forms 8-K"),
#              EDGAR_WAREHOUSE_URL, EDGAR_WAREHOUSE_USER (default postgres).
set -uo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
home="${EDGAR_HOME:-$here}"
jar="${EDGAR_JAR:-$here/target/edgar-etl.jar}"

usage() {
  cat <<EOF
usage: jobs/nightly.sh [--feed] [--no-fetch] [--load JDBC_URL] [--reprocess] [YYYY-MM-DD]   (default date: today)
Fetches that day's filings from EDGAR into input/YYYY-MM-DD/ (--feed: the day's feed archive; --no-fetch: use
what is there), ingests them into output/YYYY-MM-DD/ (--reprocess: again, even if that night completed) and,
with --load or EDGAR_WAREHOUSE_URL, loads the run into the warehouse; logs to logs/nightly-YYYY-MM-DD.log under
\$EDGAR_HOME. The same date again resumes an unfinished night. Exit codes and environment: the head of this
script and jobs/README.md.
EOF
}
# A wrong argument: one line naming it, exit 2.
bad() {
  echo "nightly: $1 (see nightly.sh --help)" >&2
  exit 2
}

fetch=1
feed=()
reprocess=()
warehouse="${EDGAR_WAREHOUSE_URL:-}"
run_date=""
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed=(--feed) ;;
    --no-fetch) fetch=0 ;;
    --reprocess) reprocess=(--reprocess) ;;
    --load) [ $# -ge 2 ] || bad "--load needs a JDBC URL (jdbc:postgresql://HOST:PORT/DB)"; warehouse="$2"; shift ;;
    --load=*) warehouse="${1#--load=}" ;;
    -h|--help) usage; exit 0 ;;
    -*) bad "unknown option $1" ;;
    *) [ -z "$run_date" ] || bad "one date at most, got $run_date and $1"; run_date="$1" ;;
  esac
  shift
done
run_date="${run_date:-$(date +%F)}"
if ! [[ "$run_date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || [ "$(date -d "$run_date" +%F 2>/dev/null)" != "$run_date" ]; then
  bad "not a date (YYYY-MM-DD): $run_date"
fi

cd "$home" || { echo "nightly: EDGAR_HOME not found: $home" >&2; exit 3; }
mkdir -p logs output || exit 3
log="logs/nightly-$run_date.log"

# One nightly at a time, whatever the date: the lock is held by this script and the JVMs it starts (they
# inherit fd 9), and released by the kernel when the last of them ends, even on kill -9.
exec 9>>logs/.nightly.lock
if ! flock -n 9; then
  echo "$(date -Is) nightly $run_date: another nightly run is in progress; not started" | tee -a "$log" >&2
  exit 75
fi

exec >>"$log" 2>&1
say() { echo "$(date -Is) nightly $run_date: $*"; }
say "starting (pid $$)"

if [ ! -f "$jar" ]; then
  say "$jar is missing (mvn package)"
  exit 3
fi
db_args=()
if [ -n "${EDGAR_DB:-}" ]; then
  db_args=(--db "$EDGAR_DB")
fi

# SIGTERM (systemctl stop) goes to the running stage's JVM, which stops its job gracefully.
child=""
trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM INT

# run_stage NAME BASE ARGS...: runs the jar; a failure stops the night with exit BASE + the jar's code.
run_stage() {
  local name="$1" base="$2" rc
  shift 2
  say "$name: edgar-etl $*"
  # shellcheck disable=SC2086
  java ${EDGAR_JAVA_OPTS:-} -jar "$jar" "$@" &
  child=$!
  while :; do
    wait "$child"
    rc=$?
    if [ "$rc" -gt 128 ] && kill -0 "$child" 2>/dev/null; then
      continue # the wait was interrupted by SIGTERM: the JVM is still stopping
    fi
    break
  done
  child=""
  if [ "$rc" -eq 0 ]; then
    return 0
  fi
  if [ "$rc" -eq 143 ]; then
    say "$name was stopped (SIGTERM); run jobs/nightly.sh $run_date again to resume it"
    exit 143
  fi
  local how="run jobs/nightly.sh $run_date again to resume"
  case "$name" in
    fetch) how="$how (it downloads only what is missing)" ;;
    load) how="run jobs/nightly.sh $run_date again to load again (the warehouse is unchanged)" ;;
  esac
  say "stage $name failed (edgar-etl exit $rc): $how; the night stops here"
  exit $((base + rc))
}

# "key" : 123 in one of our pretty-printed JSON summaries
json_number() {
  sed -n "s/^ *\"$1\" : \([0-9][0-9]*\).*/\1/p" "$2" 2>/dev/null | head -n 1
}

listed=0
if [ "$fetch" -eq 1 ]; then
  fetch_args=(fetch --date "$run_date" --dest "input/$run_date" "${feed[@]}")
  if [ -n "${EDGAR_BASE_URL:-}" ]; then
    fetch_args+=(--base-url "$EDGAR_BASE_URL")
  fi
  # shellcheck disable=SC2206
  fetch_args+=(${EDGAR_FETCH_ARGS:-} "${db_args[@]}")
  run_stage fetch 10 "${fetch_args[@]}"
  summary="input/$run_date/fetch-summary.json"
  if [ "$(json_number days_published "$summary")" = "0" ]; then
    say "no filings published for $run_date (EDGAR has no index for it); nothing else to do"
    exit 0
  fi
  listed="$(json_number listed "$summary")"
  input="input/$run_date"
elif [ -d "input/$run_date" ]; then
  input="input/$run_date"
elif [ -f "input/${run_date//-/}.nc.tar.gz" ]; then
  input="input/${run_date//-/}.nc.tar.gz"
else
  say "no input: neither input/$run_date/ nor input/${run_date//-/}.nc.tar.gz"
  exit 3
fi

run_stage ingest 0 ingest --input "$input" --output "output/$run_date" --run-date "$run_date" \
  "${reprocess[@]}" "${db_args[@]}"
read_files="$(json_number files_read "output/$run_date/summary.json")"
if [ "${listed:-0}" -gt 0 ] && [ "${read_files:-0}" -eq 0 ]; then
  say "the fetch of $run_date lists $listed files (input/$run_date/fetch-summary.json) but the ingest read none" \
    "(an earlier ingest of this night completed without them?): run jobs/nightly.sh --reprocess $run_date"
  exit 4
fi

if [ -n "$warehouse" ]; then
  run_stage load 20 load "output/$run_date" --db "$warehouse" --db-user "${EDGAR_WAREHOUSE_USER:-postgres}"
fi
say "done"
exit 0
