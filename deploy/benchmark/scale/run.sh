#!/usr/bin/env bash
# The scale benchmark behind the README's performance table: ./redress bench-scale [options]
#
# Against the local suite (started here with ./redress up unless it already answers, and then
# stopped again), for each size: bulk-loads complaints, assessments and remedy actions by SQL
# (deploy/benchmark/sql/*-scale-seed.sql), then times every read over HTTP (p50/p99 of sequential
# requests) beside the same SQL in psql ("database alone", EXPLAIN ANALYZE execution time). Then,
# at the largest size: intake (wrk, or curl without it, posting new complaints with N clients)
# against pgbench running the SQL of one intake at the same concurrency, and event propagation
# (a stage 1 decision agreeing actions, until its remedy case is readable in remedy-service).
# Writes deploy/benchmark/target/scale-report.md and scale-report.json.
#
# It EMPTIES the suite's databases complaints, assessments and remedies (and empties them again
# at the end unless --keep-data). Needs psql, pgbench and pg_dump (PostgreSQL client), curl, jq;
# wrk if installed. Load goes to 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
HERE="$ROOT/deploy/benchmark/scale"
SQL="$ROOT/deploy/benchmark/sql"
TARGET="$ROOT/deploy/benchmark/target"
WORK="$TARGET/scale"
COMMAND="./redress bench-scale${*:+ $*}"

SIZES="10000,100000,1000000" REQUESTS=50 READ_SECONDS=20 CLIENTS=8 INTAKE_SECONDS=30 DECISIONS=50 KEEP_DATA=no
usage() {
  cat <<'USAGE'
Usage: ./redress bench-scale [--sizes 10000,100000,1000000] [--requests 50] [--read-seconds 20]
                             [--clients 8] [--intake-seconds 30] [--decisions 50] [--keep-data]
  --sizes           complaints, assessments and remedy actions loaded for each round of reads
  --requests        sequential requests per read and size (fewer if --read-seconds runs out first)
  --read-seconds    time allowed per read and size (at least 3 requests are made)
  --clients         concurrent clients for intake, over HTTP and in pgbench
  --intake-seconds  how long each intake run lasts
  --decisions       stage 1 decisions timed until their remedy case is readable
  --keep-data       leave the largest size loaded at the end (default: the tables are emptied)
Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres) for the suite's PostgreSQL.
USAGE
}
while (($#)); do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --read-seconds) READ_SECONDS="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --intake-seconds) INTAKE_SECONDS="$2"; shift 2 ;;
    --decisions) DECISIONS="$2"; shift 2 ;;
    --keep-data) KEEP_DATA=yes; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; echo "bench-scale: unknown option '$1'" >&2; exit 2 ;;
  esac
done
for n in "$REQUESTS" "$READ_SECONDS" "$CLIENTS" "$INTAKE_SECONDS" "$DECISIONS" ${SIZES//,/ }; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "bench-scale: '$n' is not a positive whole number" >&2; exit 2; }
done

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGOPTIONS="-c client_min_messages=warning"
for tool in psql pgbench pg_dump curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench-scale: needs $tool on the PATH (Debian: postgresql-client, curl, jq)" >&2; exit 2; }
done
[[ -f "$SQL/assessments-work-queue-seed.sql" ]] \
  || { echo "bench-scale: needs deploy/benchmark/sql/assessments-work-queue-seed.sql (the assessments seed)" >&2; exit 2; }
psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>&1 \
  || { echo "bench-scale: no PostgreSQL answers at $PGHOST:$PGPORT as $PGUSER" >&2; exit 2; }

COMPLAINTS=http://127.0.0.1:8081 ASSESSMENTS=http://127.0.0.1:8082 REMEDIES=http://127.0.0.1:8083
STARTED=$(date +%s) SUITE_PID="" LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
mkdir -p "$WORK"
rm -f "$WORK"/*.tsv
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

empty_tables() {
  q -d complaints -c 'TRUNCATE complaint_timeline, complaint_remedy_action, complaint_remedy_case, complaint_clock, complaint CASCADE'
  q -d assessments -c 'TRUNCATE unmet_need, assessment CASCADE'
  q -d remedies -c 'TRUNCATE remedy_timeline, remedy_action, remedy_case CASCADE'
}
finish() {
  local status=$?
  if [[ "$KEEP_DATA" != yes && -n "${LOADED:-}" ]]; then empty_tables >/dev/null 2>&1 || true; fi
  q -d postgres -c 'DROP DATABASE IF EXISTS scale_intake WITH (FORCE)' >/dev/null 2>&1 || true
  if [[ -n "$SUITE_PID" ]]; then
    log "stopping the suite started for the run"
    kill -TERM "$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
  fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ready() { curl -fsS -o /dev/null --max-time 2 "$1/q/health/ready" 2>/dev/null; }
if ready "$COMPLAINTS" && ready "$ASSESSMENTS" && ready "$REMEDIES"; then
  log "using the suite already running on 8081-8083"
else
  log "starting the suite: ./redress up (log: ${WORK#"$ROOT"/}/suite.log)"
  set -m
  "$ROOT/redress" up > "$WORK/suite.log" 2>&1 &
  SUITE_PID=$!
  set +m
  for _ in $(seq 1 300); do
    ready "$COMPLAINTS" && ready "$ASSESSMENTS" && ready "$REMEDIES" && break
    kill -0 "$SUITE_PID" 2>/dev/null || { tail -20 "$WORK/suite.log" >&2; echo "bench-scale: the suite did not start" >&2; exit 1; }
    sleep 1
  done
  ready "$COMPLAINTS" && ready "$ASSESSMENTS" && ready "$REMEDIES" || { echo "bench-scale: the suite is not ready after 300 s" >&2; exit 1; }
  log "suite ready after $(($(date +%s) - STARTED)) s"
fi
TOKEN="$("$ROOT/redress" token complaints-officer complaints-manager remedy-officer social-worker team-manager auditor)"
export REDRESS_SCALE_TOKEN="$TOKEN"
AUTH="Authorization: Bearer $TOKEN"

# today, the third and fifth working days after it (weekends skipped; bank holidays are not), and
# the last complete reporting year (April to March)
read -r TODAY SOON3 SOON5 FROM TO < <(q -d postgres -F ' ' -c "
  SELECT current_date,
         (SELECT d::date FROM generate_series(current_date + 1, current_date + 14, interval '1 day') d
          WHERE extract(isodow FROM d) < 6 ORDER BY d OFFSET 2 LIMIT 1),
         (SELECT d::date FROM generate_series(current_date + 1, current_date + 14, interval '1 day') d
          WHERE extract(isodow FROM d) < 6 ORDER BY d OFFSET 4 LIMIT 1),
         make_date(y - 1, 4, 1), make_date(y, 3, 31)
  FROM (SELECT extract(year FROM current_date - 90)::int AS y) s")

# percentiles <file of numbers>: count, p50, p99, max (nearest rank)
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print 0, "", "", ""; exit }
    p50 = int(NR * 0.50 + 0.999999); p99 = int(NR * 0.99 + 0.999999)
    printf "%d %.1f %.1f %.1f\n", NR, v[p50], v[p99], v[NR] }'
}

# time_read <size> <name> <url>: sequential GETs, milliseconds per request
time_read() {
  local size="$1" name="$2" url="$3" times="$WORK/times.txt" errors=0 bytes=0 i=0 deadline out code seconds
  : > "$times"
  # warm-up: two requests, or one when it takes more than a second
  seconds="$(curl -s -o /dev/null -H "$AUTH" -w '%{time_total}' "$url" || echo 0)"
  awk -v s="$seconds" 'BEGIN { exit !(s > 1) }' || curl -s -o /dev/null -H "$AUTH" "$url" || true
  deadline=$(($(date +%s) + READ_SECONDS))
  while ((i < REQUESTS)) && { ((i < 3)) || (($(date +%s) < deadline)); }; do
    out="$(curl -s -o /dev/null -H "$AUTH" -w '%{http_code} %{time_total} %{size_download}' "$url" || echo "000 0 0")"
    read -r code seconds bytes <<< "$out"
    [[ "$code" == 2* ]] || errors=$((errors + 1))
    awk -v s="$seconds" 'BEGIN { printf "%.3f\n", s * 1000 }' >> "$times"
    i=$((i + 1))
  done
  read -r n p50 p99 max < <(percentiles "$times")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$n" "$p50" "$p99" "$max" "$errors" "$bytes" >> "$WORK/reads.tsv"
  log "  $name: p50 $p50 ms, p99 $p99 ms over $n requests, $errors errors, $bytes bytes"
}

# database_alone <size> <database>: every read of reads.sql on that database, each statement under
# EXPLAIN (ANALYZE), three times; the median of the summed execution times, in milliseconds
database_alone() {
  local size="$1" database="$2" script="$WORK/explain-$database.sql"
  : > "$script"
  for run in 1 2 3; do
    awk -v db="$database" -v run="$run" '
      /^-- read / { active = ($4 == db); if (active) print "\\echo @@ " $3 " " run; start = 1; next }
      /^--/ || /^[[:space:]]*$/ { next }
      active { if (start) { printf "EXPLAIN (ANALYZE, FORMAT JSON) "; start = 0 } print; if ($0 ~ /;[[:space:]]*$/) start = 1 }
    ' "$HERE/reads.sql" >> "$script"
  done
  q -d "$database" -v today="$TODAY" -v soon3="$SOON3" -v soon5="$SOON5" -v cid="$CID" -v rcid="$RCID" \
    -v from="$FROM" -v to="$TO" -f "$script" \
    | awk '/^@@ / { key = $2 " " $3; names[$2] = 1; next }
           /"Execution Time"/ { gsub(/[^0-9.]/, "", $NF); sum[key] += $NF }
           END { for (k in sum) print k, sum[k] }' \
    | sort -k1,1 -k3,3n \
    | awk -v size="$size" '{ v[$1] = v[$1] " " $3 } END { for (n in v) { split(substr(v[n], 2), a, " "); printf "%s\t%s\t%.2f\n", size, n, a[2] } }' \
    >> "$WORK/database.tsv"
}

# seconds_since <epoch seconds>
seconds_since() { echo $(($(date +%s) - $1)); }

# load <size>: the three databases at once, each in its own psql session
load() {
  local size="$1" started complaints remedies assessments
  started=$(date +%s)
  log "loading $size complaints, assessments and remedy actions (the three databases at once)"
  LOADED=yes
  { q -d complaints -v complaints="$size" -f "$SQL/complaints-scale-seed.sql" > /dev/null
    seconds_since "$started" > "$WORK/load-complaints.txt"; } &
  complaints=$!
  { q -d remedies -v actions="$size" -f "$SQL/remedies-scale-seed.sql" > /dev/null
    seconds_since "$started" > "$WORK/load-remedies.txt"; } &
  remedies=$!
  { q -d assessments -v assessments="$size" -f "$SQL/assessments-work-queue-seed.sql" > /dev/null
    q -d assessments -f "$SQL/assessments-scale-references.sql" > /dev/null
    seconds_since "$started" > "$WORK/load-assessments.txt"; } &
  assessments=$!
  wait "$complaints" && wait "$remedies" && wait "$assessments" || { echo "bench-scale: loading $size failed" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$(seconds_since "$started")" \
    "$(cat "$WORK/load-complaints.txt")" "$(cat "$WORK/load-assessments.txt")" "$(cat "$WORK/load-remedies.txt")" \
    "$(q -d complaints -c 'SELECT pg_size_pretty(pg_database_size(current_database()))')" \
    "$(q -d assessments -c 'SELECT pg_size_pretty(pg_database_size(current_database()))')" \
    "$(q -d remedies -c 'SELECT pg_size_pretty(pg_database_size(current_database()))')" \
    "$(q -d complaints -c "SELECT count(*) FILTER (WHERE state <> 'CLOSED') FROM complaint")" >> "$WORK/loads.tsv"
  log "  loaded in $(seconds_since "$started") s (complaints $(cat "$WORK/load-complaints.txt") s, assessments $(cat "$WORK/load-assessments.txt") s, remedies $(cat "$WORK/load-remedies.txt") s)"
}

LOADED=""
for size in ${SIZES//,/ }; do
  load "$size"
  # a closed complaint with its timeline; the newest remedy case agreeing a service improvement (its
  # page lists the earlier improvements on the same theme)
  CID="$(q -d complaints -c "SELECT id FROM complaint WHERE state = 'CLOSED' ORDER BY reference LIMIT 1")"
  RCID="$(q -d remedies -c "SELECT remedy_case_id FROM remedy_action WHERE type = 'SERVICE_IMPROVEMENT' ORDER BY due_date DESC LIMIT 1")"
  log "reads at $size"
  time_read "$size" complaints_overdue "$COMPLAINTS/complaints?clock=OVERDUE"
  time_read "$size" complaints_due_soon "$COMPLAINTS/complaints?clock=DUE_SOON"
  time_read "$size" complaints_all "$COMPLAINTS/complaints"
  time_read "$size" complaint_one "$COMPLAINTS/complaints/$CID"
  time_read "$size" complaint_timeline "$COMPLAINTS/complaints/$CID/timeline"
  time_read "$size" annual_report "$COMPLAINTS/reports/annual?from=$FROM&to=$TO"
  time_read "$size" assessments_overdue "$ASSESSMENTS/assessments?clock=OVERDUE"
  time_read "$size" remedy_case "$REMEDIES/remedy-cases/$RCID"
  time_read "$size" remedy_actions_overdue "$REMEDIES/remedy-actions?state=OVERDUE"
  time_read "$size" compliance "$REMEDIES/compliance?from=$FROM&to=$TO"
  time_read "$size" themes "$REMEDIES/themes"
  log "database alone at $size"
  for database in complaints assessments remedies; do database_alone "$size" "$database"; done
done

# --- intake: the service over HTTP, then pgbench with the same transaction, same concurrency ---
log "intake: $CLIENTS clients for $INTAKE_SECONDS s over HTTP"
INTAKE_TOOL=wrk
if command -v wrk >/dev/null 2>&1; then
  wrk -t "$(( CLIENTS < 2 ? 1 : 2 ))" -c "$CLIENTS" -d "${INTAKE_SECONDS}s" --latency --timeout 10s \
    -s "$HERE/intake.lua" "$COMPLAINTS/complaints" > "$WORK/wrk.txt" 2>&1
  HTTP_RATE="$(awk '/^Requests\/sec:/ { print $2 }' "$WORK/wrk.txt")"
  HTTP_P50="$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")"
  HTTP_P99="$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")"
  HTTP_OK="$(awk '$1 == "status" && $2 ~ /^2/ { n += $3 } END { print n + 0 }' "$WORK/wrk.txt")"
  HTTP_ERRORS="$(awk '$1 == "status" && $2 !~ /^2/ { n += $3 } /Socket errors/ { gsub(/[^0-9 ]/, " "); split($0, a, " "); for (i in a) n += a[i] } END { print n + 0 }' "$WORK/wrk.txt")"
else
  INTAKE_TOOL="curl ($CLIENTS parallel loops)"
  body="{\"receivedDate\":\"$(date -u -d '5 days ago' +%F)\",\"channel\":\"EMAIL\",\"complainantRole\":\"PARENT\",\"childReferences\":[\"CR-100042\"],\"points\":[\"The assessment took too long\",\"No short breaks were offered\"],\"desiredOutcomes\":[\"A new assessment\"]}"
  end=$(($(date +%s) + INTAKE_SECONDS))
  clients=()
  for c in $(seq 1 "$CLIENTS"); do
    ( while (($(date +%s) < end)); do
        curl -s -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' -d "$body" \
          -w '%{http_code} %{time_total}\n' "$COMPLAINTS/complaints" || echo "000 0"
      done > "$WORK/curl-$c.txt" ) &
    clients+=("$!")
  done
  # the clients only: a bare wait would also wait for the suite this script started, which runs on
  wait "${clients[@]}"
  cat "$WORK"/curl-*.txt > "$WORK/curl.txt"
  awk '{ printf "%.3f\n", $2 * 1000 }' "$WORK/curl.txt" > "$WORK/times.txt"
  read -r _ p50 p99 _ < <(percentiles "$WORK/times.txt")
  HTTP_P50="${p50}ms" HTTP_P99="${p99}ms"
  HTTP_OK="$(awk '$1 ~ /^2/' "$WORK/curl.txt" | wc -l)"
  HTTP_ERRORS="$(awk '$1 !~ /^2/' "$WORK/curl.txt" | wc -l)"
  HTTP_RATE="$(awk -v n="$HTTP_OK" -v s="$INTAKE_SECONDS" 'BEGIN { printf "%.1f", n / s }')"
fi
log "  HTTP: $HTTP_RATE req/s, p50 $HTTP_P50, p99 $HTTP_P99, $HTTP_OK created, $HTTP_ERRORS errors"

log "intake: pgbench, $CLIENTS clients for $INTAKE_SECONDS s, on a schema-only copy of the complaints database"
q -d postgres -c 'DROP DATABASE IF EXISTS scale_intake WITH (FORCE)' -c 'CREATE DATABASE scale_intake'
pg_dump --schema-only complaints | q -d scale_intake > /dev/null
pgbench -n -c "$CLIENTS" -j "$(( CLIENTS < 2 ? 1 : 2 ))" -T "$INTAKE_SECONDS" -r -f "$HERE/intake.sql" \
  --log --log-prefix="$WORK/pgbench-log" scale_intake > "$WORK/pgbench.txt" 2>&1
PG_RATE="$(awk '/^tps = / { print $3 }' "$WORK/pgbench.txt")"
PG_ERRORS="$(awk '/number of failed transactions/ { print $5 }' "$WORK/pgbench.txt")"
cat "$WORK"/pgbench-log.* 2>/dev/null | awk '{ printf "%.3f\n", $3 / 1000 }' > "$WORK/times.txt"
read -r _ PG_P50 PG_P99 _ < <(percentiles "$WORK/times.txt")
rm -f "$WORK"/pgbench-log.*
q -d postgres -c 'DROP DATABASE IF EXISTS scale_intake WITH (FORCE)'
log "  pgbench: $PG_RATE tps, p50 $PG_P50 ms, p99 $PG_P99 ms, ${PG_ERRORS:-0} failed"

# --- event propagation: 2xx on a stage 1 decision agreeing actions -> its remedy case readable ---
log "propagation: $DECISIONS stage 1 decisions, one at a time"
now_ms() { echo $(($(date +%s%N) / 1000000)); }
: > "$WORK/propagation.txt"
PROPAGATION_LOST=0
for _ in $(seq 1 "$DECISIONS"); do
  id="$(curl -s -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"receivedDate\":\"$TODAY\",\"channel\":\"EMAIL\",\"complainantRole\":\"PARENT\",\"childReferences\":[\"CR-100042\"],\"points\":[\"The assessment took too long\"],\"desiredOutcomes\":[\"A new assessment\"]}" \
    "$COMPLAINTS/complaints" | jq -r .id)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"decidedOn\":\"$TODAY\",\"findings\":[{\"point\":1,\"finding\":\"UPHELD\",\"faultAccepted\":true}],\"actions\":[{\"actionRef\":\"A1\",\"type\":\"APOLOGY\",\"period\":\"P4W\"},{\"actionRef\":\"A2\",\"type\":\"PAYMENT\",\"period\":\"P1M\",\"amountPence\":25000}]}" \
    "$COMPLAINTS/complaints/$id/stage-1/response")"
  decided=$(now_ms)
  [[ "$code" == 2* ]] || { PROPAGATION_LOST=$((PROPAGATION_LOST + 1)); continue; }
  seen=""
  while (($(now_ms) - decided < 30000)); do
    if [[ "$(curl -s -H "$AUTH" "$REMEDIES/remedy-cases?complaintId=$id" | jq -r '.total // 0')" -gt 0 ]]; then
      seen=$(now_ms); break
    fi
    sleep 0.005
  done
  if [[ -n "$seen" ]]; then echo $((seen - decided)) >> "$WORK/propagation.txt"; else PROPAGATION_LOST=$((PROPAGATION_LOST + 1)); fi
done
read -r PROP_N PROP_P50 PROP_P99 PROP_MAX < <(percentiles "$WORK/propagation.txt")
POLL_MS="$(curl -s -o /dev/null -w '%{time_total}' -H "$AUTH" "$REMEDIES/remedy-cases?complaintId=$id" | awk '{ printf "%.1f", $1 * 1000 }')"
log "  propagation: p50 $PROP_P50 ms, p99 $PROP_P99 ms over $PROP_N decisions, $PROPAGATION_LOST not seen within 30 s (one poll: $POLL_MS ms)"

# --- the report ---
WALL=$(($(date +%s) - STARTED))
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
JAVA="$(java -version 2>&1 | head -1)"
POSTGRES="$(q -d postgres -c 'SHOW server_version')"
CPU="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
MEMORY="$(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
DATE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
GIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"

jq -n --arg command "$COMMAND" --arg date "$DATE" --arg commit "$GIT" --arg cpu "$CPU" --arg memory "$MEMORY" \
  --argjson nproc "$(nproc)" --arg java "$JAVA" --arg postgres "$POSTGRES" --argjson wall "$WALL" \
  --arg loadStart "$LOAD_START" --arg loadEnd "$LOAD_END" \
  --arg today "$TODAY" --arg from "$FROM" --arg to "$TO" \
  --rawfile loads "$WORK/loads.tsv" --rawfile reads "$WORK/reads.tsv" --rawfile database "$WORK/database.tsv" \
  --arg intakeTool "$INTAKE_TOOL" --argjson clients "$CLIENTS" --argjson seconds "$INTAKE_SECONDS" \
  --arg httpRate "$HTTP_RATE" --arg httpP50 "$HTTP_P50" --arg httpP99 "$HTTP_P99" --arg httpOk "$HTTP_OK" --arg httpErrors "$HTTP_ERRORS" \
  --arg pgRate "$PG_RATE" --arg pgP50 "$PG_P50" --arg pgP99 "$PG_P99" --arg pgErrors "${PG_ERRORS:-0}" \
  --arg propN "$PROP_N" --arg propP50 "$PROP_P50" --arg propP99 "$PROP_P99" --arg propMax "$PROP_MAX" \
  --arg propLost "$PROPAGATION_LOST" --arg pollMs "$POLL_MS" '
  def rows($t): $t | split("\n") | map(select(length > 0) | split("\t"));
  def ms($s): if ($s | test("us$")) then ($s | sub("us$"; "") | tonumber / 1000)
              elif ($s | test("ms$")) then ($s | sub("ms$"; "") | tonumber)
              elif ($s | test("s$")) then ($s | sub("s$"; "") | tonumber * 1000) else ($s | tonumber) end;
  (rows($database) | map({key: (.[0] + " " + .[1]), value: (.[2] | tonumber)}) | from_entries) as $db
  | {command: $command, date: $date, commit: $commit, wallSeconds: $wall,
     machine: {nproc: $nproc, cpu: $cpu, memory: $memory, java: $java, postgresql: $postgres,
              loadAverage: {atStart: $loadStart, atEnd: $loadEnd}},
     today: $today, reportingYear: {from: $from, to: $to},
     loads: rows($loads) | map({size: (.[0] | tonumber), seconds: (.[1] | tonumber),
                                secondsByDatabase: {complaints: (.[2] | tonumber), assessments: (.[3] | tonumber), remedies: (.[4] | tonumber)},
                                complaintsDatabase: .[5], assessmentsDatabase: .[6], remediesDatabase: .[7], openComplaints: (.[8] | tonumber)}),
     reads: rows($reads) | map({size: (.[0] | tonumber), read: .[1], requests: (.[2] | tonumber), p50Ms: (.[3] | tonumber),
                                p99Ms: (.[4] | tonumber), maxMs: (.[5] | tonumber), errors: (.[6] | tonumber), bytes: (.[7] | tonumber),
                                databaseAloneMs: $db[.[0] + " " + .[1]]}),
     intake: {clients: $clients, seconds: $seconds,
              http: {tool: $intakeTool, perSecond: ($httpRate | tonumber), p50Ms: ms($httpP50), p99Ms: ms($httpP99),
                     created: ($httpOk | tonumber), errors: ($httpErrors | tonumber)},
              pgbench: {perSecond: ($pgRate | tonumber), p50Ms: ($pgP50 | tonumber), p99Ms: ($pgP99 | tonumber), failed: ($pgErrors | tonumber)},
              httpToPgbench: ((($httpRate | tonumber) / ($pgRate | tonumber)) * 1000 | round / 1000)},
     propagation: {decisions: ($propN | tonumber), p50Ms: ($propP50 | tonumber), p99Ms: ($propP99 | tonumber),
                   maxMs: ($propMax | tonumber), notSeenWithin30s: ($propLost | tonumber), onePollMs: ($pollMs | tonumber)}}
  ' > "$TARGET/scale-report.json"

jq -r '
  def readname: {complaints_overdue: "`GET /complaints?clock=OVERDUE`", complaints_due_soon: "`GET /complaints?clock=DUE_SOON`",
              complaints_all: "`GET /complaints` (no filter)", complaint_one: "`GET /complaints/{id}`",
              complaint_timeline: "`GET /complaints/{id}/timeline`", annual_report: "`GET /reports/annual` (one year)",
              assessments_overdue: "`GET /assessments?clock=OVERDUE`", remedy_case: "`GET /remedy-cases/{id}`",
              remedy_actions_overdue: "`GET /remedy-actions?state=OVERDUE`", compliance: "`GET /compliance` (one year)",
              themes: "`GET /themes` (first page)"}[.] // .;
  def n: if . == null then "–" elif . >= 100 then (round | tostring) elif . >= 1 then (. * 10 | round / 10 | tostring)
         else (. * 100 | round / 100 | tostring) end;
  def size: if . >= 1000000 then "\(. / 1000000)M" elif . >= 1000 then "\(. / 1000)k" else tostring end;
  . as $r
  | "# Scale benchmark\n",
    "Command: `\(.command)` (from the repository root; commit \(.commit))  ",
    "Date: \(.date); wall time \(.wallSeconds / 60 | floor) min \(.wallSeconds % 60) s  ",
    "Machine: \(.machine.nproc) cores (\(.machine.cpu)), \(.machine.memory) memory; \(.machine.java); PostgreSQL \(.machine.postgresql)  ",
    "Load average (1, 5, 15 min) at the start \(.machine.loadAverage.atStart), at the end \(.machine.loadAverage.atEnd): on a shared machine every figure below includes the other work.\n",
    "## Loads\n",
    "Each size is N complaints, N assessments and N remedy actions, loaded by SQL (`deploy/benchmark/sql/*scale*.sql`, the three databases at once, each emptied first), then analysed.\n",
    "| size | load time | complaints (s, size) | assessments (s, size) | remedies (s, size) | open complaints |", "|---|---|---|---|---|---|",
    (.loads[] | "| \(.size | size) | \(.seconds) s | \(.secondsByDatabase.complaints) s, \(.complaintsDatabase) | \(.secondsByDatabase.assessments) s, \(.assessmentsDatabase) | \(.secondsByDatabase.remedies) s, \(.remediesDatabase) | \(.openComplaints) |"),
    "\n## Reads\n",
    "Sequential requests over HTTP after two warm-up requests (one if it takes over a second), up to the number asked or until the time per read runs out, at least three (curl `time_total`, ms; with 50 or fewer requests p99 is the slowest); \"database alone\" is the sum of the EXPLAIN ANALYZE execution times of the read'"'"'s SQL (`deploy/benchmark/scale/reads.sql`), median of three runs. Reporting year \(.reportingYear.from) to \(.reportingYear.to); today \(.today).\n",
    "| read | size | requests | p50 ms | p99 ms | database alone ms | bytes | errors |", "|---|---|---|---|---|---|---|---|",
    (.reads[] | "| \(.read | readname) | \(.size | size) | \(.requests) | \(.p50Ms | n) | \(.p99Ms | n) | \(.databaseAloneMs | n) | \(.bytes) | \(.errors) |"),
    "\n## Intake\n",
    "\(.intake.clients) concurrent clients for \(.intake.seconds) s each: new complaints over HTTP (\(.intake.http.tool), `POST /complaints`) against pgbench running the same transaction (`deploy/benchmark/scale/intake.sql`) on a schema-only copy of the complaints database.\n",
    "| | per second | p50 ms | p99 ms | errors |", "|---|---|---|---|---|",
    "| HTTP `POST /complaints` | \(.intake.http.perSecond | n) | \(.intake.http.p50Ms | n) | \(.intake.http.p99Ms | n) | \(.intake.http.errors) |",
    "| pgbench, the same SQL | \(.intake.pgbench.perSecond | n) | \(.intake.pgbench.p50Ms | n) | \(.intake.pgbench.p99Ms | n) | \(.intake.pgbench.failed) |",
    "\nThe service reaches \(.intake.httpToPgbench * 100 | round) % of the database'"'"'s rate for the same work.\n",
    "## Event propagation\n",
    "From the 2xx of a stage 1 decision agreeing two actions to its remedy case being readable in remedy-service (`GET /remedy-cases?complaintId=`, polled; one poll takes \(.propagation.onePollMs) ms), one decision at a time, after intake.\n",
    "| decisions | p50 ms | p99 ms | max ms | not seen within 30 s |", "|---|---|---|---|---|",
    "| \(.propagation.decisions) | \(.propagation.p50Ms | n) | \(.propagation.p99Ms | n) | \(.propagation.maxMs | n) | \(.propagation.notSeenWithin30s) |"
' "$TARGET/scale-report.json" > "$TARGET/scale-report.md"

log "report: ${TARGET#"$ROOT"/}/scale-report.md and scale-report.json (wall time $((WALL / 60)) min $((WALL % 60)) s)"
