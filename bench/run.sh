#!/usr/bin/env bash
# The gateway against a bare ASP.NET Core + Npgsql baseline. Not run by CI (the smoke mode is).
#
#   bench/run.sh            full run: prints the table and judges the targets (bench/README.md)
#   bench/run.sh --smoke    a few seconds per scenario: proves the harness works, judges nothing
#   bench/run.sh --hold     set up, start both servers, print their addresses and wait (for
#                           profiling with dotnet-trace or perf; Ctrl-C ends it)
#
# Starts PostgreSQL and Redis through scripts/services.sh, seeds bench_items (100,000 rows)
# and bench_export (EXPORT_ROWS rows) in the database sluice_bench_gateway, builds Sluice
# and the baseline (bench/baseline) in Release, publishes four APIs through the management
# API, and drives Sluice and the baseline with wrk on 127.0.0.1, alternating A B A B so drift
# on a shared machine falls on both. Scenarios:
#   a  one row by primary key, public API
#   b  the same, private API: client token, in-memory rate and concurrency limits, access records
#   c  as b with the limits in Redis (a second Sluice process with REDIS_URL)
#   d  a 100-row list
#   e  EXPORT_ROWS rows as NDJSON: rows/s and the server's RSS growth, against psql \copy
#   f  a script API doing one db.queryOne by key, against the same lookup as a SQL API
#   p  scenario a against a second baseline with Npgsql's default pool (100): an extra row
# The baseline's pool is Sluice's (EXTERNAL_DB_POOL_SIZE, 10 unless SLUICE_ENV sets it) in
# every scenario but p. Each round runs both servers, in turn first (A B, then B A, …), and the
# table gives per scenario the median of the rounds' ratios with their min–max.
# Also times `sluice serve` from process start to the first served gateway request, STARTS
# times once the scenarios are done (judged on the median).
#
# Environment: DURATION (seconds per run, 10; smoke 2), ROUNDS (pairs, 4; smoke 1),
# CONNECTIONS (32), THREADS (2), WARMUP (seconds of load on each path after a server starts,
# so tiered compilation settles before anything is measured: 8; smoke 1), SETTLE (seconds
# of unmeasured load before each scenario: 2; smoke 1), EXPORT_ROWS (1000000;
# smoke 100000), STARTS (5; smoke 1), BENCH_DB (sluice_bench_gateway), KEEP_WORK=1 keeps the work folder,
# BASELINE_POOL (the baseline's Npgsql Maximum Pool Size; default Sluice's pool size),
# SCENARIOS (which to run, default "a b c d e f p"), SLUICE_ENV and BASELINE_ENV (extra
# VAR=value words for either process, e.g. SLUICE_ENV="EXTERNAL_DB_POOL_SIZE=32 DOTNET_gcServer=1").
# Exit: 0 all targets met (or smoke passed), 3 a target missed, 1 the harness failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/bench"
SMOKE=0
HOLD=0
case "${1:-}" in
    --smoke) SMOKE=1 ;;
    --hold) HOLD=1 ;;
    "") ;;
    *) echo "usage: bench/run.sh [--smoke | --hold]" >&2; exit 1 ;;
esac
if [[ $SMOKE == 1 ]]; then
    DURATION="${DURATION:-2}" ROUNDS="${ROUNDS:-1}" WARMUP="${WARMUP:-1}" SETTLE="${SETTLE:-1}" EXPORT_ROWS="${EXPORT_ROWS:-100000}" STARTS="${STARTS:-1}"
else
    DURATION="${DURATION:-10}" ROUNDS="${ROUNDS:-4}" WARMUP="${WARMUP:-8}" SETTLE="${SETTLE:-2}" EXPORT_ROWS="${EXPORT_ROWS:-1000000}" STARTS="${STARTS:-5}"
fi
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DB="${BENCH_DB:-sluice_bench_gateway}"
SCENARIOS="${SCENARIOS:-a b c d e f p}"
read -r -a SLUICE_EXTRA <<<"${SLUICE_ENV:-}"
# The baseline gets the pool size Sluice runs with, unless told otherwise.
SLUICE_POOL="$(sed -n 's/.*EXTERNAL_DB_POOL_SIZE=\([0-9][0-9]*\).*/\1/p' <<<"${SLUICE_ENV:-}")"
BASELINE_POOL="${BASELINE_POOL:-${SLUICE_POOL:-10}}"
read -r -a BASELINE_EXTRA <<<"${BASELINE_ENV:-}"
wanted() { [[ " $SCENARIOS " == *" $1 "* ]]; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "== $*" >&2; }
die() { echo "bench: ERROR: $*" >&2; exit 1; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v jq >/dev/null || need+=(jq)
command -v curl >/dev/null || need+=(curl)
command -v openssl >/dev/null || need+=(openssl)
if ((${#need[@]})); then
    say "apt-get install ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${need[@]}" >/dev/null
fi

bash "$ROOT/scripts/services.sh" start >/dev/null
eval "$(bash "$ROOT/scripts/services.sh" env)"
ADMIN_URL="$SLUICE_TEST_POSTGRES_URL"           # postgresql://user:pass@127.0.0.1:port/postgres
BENCH_URL="${ADMIN_URL%/*}/$DB"
PG_USER="$(sed -E 's#^postgresql://([^:]+):.*#\1#' <<<"$ADMIN_URL")"
PG_PASS="$(sed -E 's#^postgresql://[^:]+:([^@]+)@.*#\1#' <<<"$ADMIN_URL")"
PG_HOST="$(sed -E 's#^.*@([^:/]+):([0-9]+)/.*#\1#' <<<"$ADMIN_URL")"
PG_PORT="$(sed -E 's#^.*@([^:/]+):([0-9]+)/.*#\2#' <<<"$ADMIN_URL")"
psql_admin() { psql "$ADMIN_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_bench() { psql "$BENCH_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }

WORK="$(mktemp -d /tmp/sluice-bench.XXXXXX)"
PIDS=()
stop_pid() {
    if kill -0 "$1" 2>/dev/null; then
        kill "$1" 2>/dev/null || true
        wait "$1" 2>/dev/null || true
    fi
}
cleanup() {
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    [[ "${KEEP_WORK:-0}" == 1 ]] && echo "work folder kept: $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT
say "build (Release)"
dotnet build "$HERE/baseline" -c Release -v quiet -nologo >/dev/null
BASELINE="$HERE/baseline/bin/Release/net10.0/Sluice.Bench.Baseline"
if [[ $SMOKE == 1 ]]; then
    dotnet build "$ROOT/src/Sluice.Cli" -c Release -v quiet -nologo >/dev/null
    SLUICE="$ROOT/src/Sluice.Cli/bin/Release/net10.0/sluice"
else
    # Measured as it is deployed: published ReadyToRun (precompiled, so startup does not wait
    # for the JIT), framework-dependent, as the README's "Performance" section shows.
    RID="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
    dotnet publish "$ROOT/src/Sluice.Cli" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
        -v quiet -nologo -o "$WORK/sluice-bin" >/dev/null
    SLUICE="$WORK/sluice-bin/sluice"
fi

say "database $DB: bench_items 100,000 rows, bench_export $EXPORT_ROWS rows"
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
psql_bench -v export_rows="$EXPORT_ROWS" -f "$HERE/seed.sql"

# free_port: a loopback port nothing answers on, below the kernel's ephemeral range: outgoing
# connections hold ports from that range, which a connect probe cannot see, and binding one fails.
free_port() {
    local low port
    low="$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)"
    ((low > 12000)) || low=32768
    while :; do
        port=$((10000 + RANDOM % (low - 10000)))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

# wait_for URL PID LOG: until URL answers 200 (at most 60 s) or the process dies.
wait_for() {
    for _ in $(seq 1 6000); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || { cat "$3" >&2; die "the server exited"; }
        sleep 0.01
    done
    cat "$3" >&2
    die "no answer from $1"
}

# start_baseline LABEL [POOL]: starts a baseline (BASELINE_PID, BASELINE_BASE) with that Npgsql
# Maximum Pool Size, or Npgsql's default without one. Kept for the whole run.
start_baseline() {
    local port
    port="$(free_port)"
    BASELINE_BASE="http://127.0.0.1:$port"
    BASELINE_DATABASE="Host=$PG_HOST;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASS;Database=$DB${2:+;Maximum Pool Size=$2}" \
        ASPNETCORE_URLS="$BASELINE_BASE" env "${BASELINE_EXTRA[@]}" "$BASELINE" >"$WORK/baseline-$1.log" 2>&1 &
    BASELINE_PID=$!
    PIDS+=("$BASELINE_PID")
    wait_for "$BASELINE_BASE/item/1" "$BASELINE_PID" "$WORK/baseline-$1.log"
}
if wanted p; then
    start_baseline default-pool
    DEFAULT_POOL_BASE="$BASELINE_BASE"
fi
start_baseline tuned "$BASELINE_POOL"

# Sluice: embedded SQLite metadata in the work folder, production settings, limits that
# count but never refuse (the scenarios measure their cost, not their refusals).
SLUICE_PORT="$(free_port)"
SLUICE_BASE="http://127.0.0.1:$SLUICE_PORT"
mkdir -p "$WORK/sluice"
export ENVIRONMENT=production DATA_DIR="$WORK/sluice/data" DATABASE_URL="sqlite:///$WORK/sluice/data/sluice.db" \
    SECRET_KEY="$(openssl rand -hex 32)" ENCRYPTION_KEY="$(openssl rand -hex 32)" \
    FIRST_SUPERUSER=admin FIRST_SUPERUSER_PASSWORD="bench-$(openssl rand -hex 12)" \
    FLOW_CONTROL_RATE_LIMIT_PER_MINUTE=0 FLOW_CONTROL_MAX_CONCURRENT_PER_CLIENT=0 \
    GATEWAY_MAX_RESPONSE_ROWS="$EXPORT_ROWS" LOGIN_RATE_LIMIT_PER_MINUTE=0
SLUICE_PID=""
# start_sluice LABEL [ENV=VALUE ...]: starts `sluice serve` (SLUICE_PID); sets STARTUP_MS to
# the milliseconds from process start to the first answer (a gateway request when API_PUBLIC=1).
start_sluice() {
    local label="$1" started
    shift
    started="$(date +%s%N)"
    (cd "$WORK/sluice" && exec env "${SLUICE_EXTRA[@]}" "$@" "$SLUICE" serve --urls "$SLUICE_BASE" >"$WORK/sluice-$label.log" 2>&1) &
    SLUICE_PID=$!
    PIDS+=("$SLUICE_PID")
    local probe="$SLUICE_BASE/api/v1/utils/liveness/"
    [[ -n "${API_PUBLIC:-}" ]] && probe="$SLUICE_BASE/api/bench/items/1"
    wait_for "$probe" "$SLUICE_PID" "$WORK/sluice-$label.log"
    STARTUP_MS=$((($(date +%s%N) - started) / 1000000))
}

say "publish the bench APIs"
start_sluice setup
api() { curl -fsS -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }
ADMIN="$(curl -fsS -X POST "$SLUICE_BASE/api/v1/login/access-token" \
    --data-urlencode "username=$FIRST_SUPERUSER" --data-urlencode "password=$FIRST_SUPERUSER_PASSWORD" | jq -r .access_token)"
DS="$(api -X POST "$SLUICE_BASE/api/v1/datasources" -d "$(jq -n --arg h "$PG_HOST" --argjson p "$PG_PORT" --arg u "$PG_USER" \
    --arg w "$PG_PASS" --arg d "$DB" '{name: "bench", product_type: "postgres", host: $h, port: $p, username: $u, password: $w, database: $d}')" | jq -r .id)"
MODULE="$(api -X POST "$SLUICE_BASE/api/v1/modules" -d '{"name": "bench"}' | jq -r .id)"
COLUMNS="id, name, price, created_at"
# publish NAME PATH ACCESS CONTENT PARAMS [ENGINE]: creates, commits and publishes an API (sql
# unless ENGINE says script); prints its id.
publish() {
    local id
    id="$(api -X POST "$SLUICE_BASE/api/v1/apis" -d "$(jq -n --argjson m "$MODULE" --argjson ds "$DS" --arg name "$1" --arg path "$2" \
        --arg access "$3" --arg sql "$4" --argjson params "$5" --arg engine "${6:-sql}" \
        '{module_id: $m, name: $name, path: $path, http_method: "GET", execute_engine: $engine, datasource_id: $ds,
          access_type: $access, content: $sql, params: $params}')" | jq -r .id)"
    api -X POST "$SLUICE_BASE/api/v1/apis/$id/versions" -d '{"commit_message": "bench"}' >/dev/null
    api -X POST "$SLUICE_BASE/api/v1/apis/$id/publish" -d '{}' >/dev/null
    echo "$id"
}
ID_PARAM='[{"name": "id", "location": "path", "data_type": "integer", "is_required": true}]'
publish lookup "bench/items/{id}" public "SELECT $COLUMNS FROM bench_items WHERE id = {{ id }}" "$ID_PARAM" >/dev/null
PRIVATE_API="$(publish private-lookup "bench/private/items/{id}" private "SELECT $COLUMNS FROM bench_items WHERE id = {{ id }}" "$ID_PARAM")"
publish list "bench/items" public "SELECT $COLUMNS FROM bench_items WHERE id > {{ after }} ORDER BY id LIMIT 100" \
    '[{"name": "after", "location": "query", "data_type": "integer", "is_required": true}]' >/dev/null
publish export "bench/export" public "SELECT $COLUMNS FROM bench_export ORDER BY id" '[]' >/dev/null
publish script-lookup "bench/script/items/{id}" public \
    "async function execute(params) { return await db.queryOne('SELECT $COLUMNS FROM bench_items WHERE id = \$1', [params.id]); }" \
    "$ID_PARAM" script >/dev/null
CLIENT="$(api -X POST "$SLUICE_BASE/api/v1/clients" -d "$(jq -n --argjson api "$PRIVATE_API" \
    '{name: "bench", rate_limit_per_minute: 1000000000, max_concurrent: 100000, token_expire_seconds: 86400, api_ids: [$api]}')")"
CLIENT_TOKEN="$(curl -fsS -X POST "$SLUICE_BASE/api/token/generate" --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$(jq -r .client_id <<<"$CLIENT")" --data-urlencode "client_secret=$(jq -r .client_secret <<<"$CLIENT")" \
    | jq -r .access_token)"
stop_pid "$SLUICE_PID"

RESULTS="$WORK/results.txt"
: >"$RESULTS"
# load SCENARIO TARGET BASE PATH [TOKEN]: one wrk run; appends "SCENARIO TARGET rps p50 p99 ROUND"
# (ROUND from the caller's environment).
load() {
    local out line
    out="$(WRK_PATH="$4" WRK_TOKEN="${5:-}" WRK_MAX_N="${MAX_N:-100000}" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${RUN_SECONDS:-$DURATION}s" --timeout 10s -s "$HERE/wrk/load.lua" "$3")"
    line="$(grep '^WRK ' <<<"$out")" || die "wrk printed no result for $1 $2: $out"
    read -r _ rps p50 p99 non2xx errors <<<"$line"
    ((non2xx == 0 && errors == 0)) || die "$1 $2: $non2xx non-2xx answers and $errors socket errors (first: curl $3${4//\{n\}/1})"
    [[ -n "${RUN_SECONDS:-}" ]] || echo "$1 $2 $rps $p50 $p99 ${ROUND:-1}" >>"$RESULTS"
}
# warm_up [sluice]: WARMUP seconds of load on every path of both servers (right after a server
# starts); with "sluice", of Sluice alone (the baseline keeps running, already warm).
warm_up() {
    say "warm-up: ${WARMUP}s per path"
    RUN_SECONDS="$WARMUP" load warm sluice "$SLUICE_BASE" "/api/bench/items/{n}"
    RUN_SECONDS="$WARMUP" load warm sluice "$SLUICE_BASE" "/api/bench/private/items/{n}" "$CLIENT_TOKEN"
    RUN_SECONDS="$WARMUP" MAX_N=99900 load warm sluice "$SLUICE_BASE" "/api/bench/items?after={n}"
    wanted f && RUN_SECONDS="$WARMUP" load warm sluice "$SLUICE_BASE" "/api/bench/script/items/{n}"
    [[ "${1:-}" == sluice ]] && return
    RUN_SECONDS="$WARMUP" load warm baseline "$BASELINE_BASE" "/item/{n}"
    RUN_SECONDS="$WARMUP" MAX_N=99900 load warm baseline "$BASELINE_BASE" "/items?after={n}"
    wanted p && RUN_SECONDS="$WARMUP" load warm baseline "$DEFAULT_POOL_BASE" "/item/{n}"
    return 0
}
# scenario NAME SLUICE_PATH BASELINE_PATH [TOKEN]: settle both, then ROUNDS rounds of both
# servers, Sluice first in odd rounds and the baseline first in even ones, so neither always
# runs on the machine the other just heated. The B side is the tuned baseline unless B_BASE
# names another (f compares two Sluice APIs, p the default-pool baseline).
scenario() {
    local b_base="${B_BASE:-$BASELINE_BASE}" round
    say "scenario $1: $2 vs $3 (${CONNECTIONS} connections, ${ROUNDS}x ${DURATION}s each)"
    RUN_SECONDS="$SETTLE" load "$1" sluice "$SLUICE_BASE" "$2" "${4:-}"
    RUN_SECONDS="$SETTLE" load "$1" baseline "$b_base" "$3"
    for round in $(seq 1 "$ROUNDS"); do
        if ((round % 2)); then
            ROUND=$round load "$1" sluice "$SLUICE_BASE" "$2" "${4:-}"
            ROUND=$round load "$1" baseline "$b_base" "$3"
        else
            ROUND=$round load "$1" baseline "$b_base" "$3"
            ROUND=$round load "$1" sluice "$SLUICE_BASE" "$2" "${4:-}"
        fi
    done
}

say "sluice serve (in-memory limits)"
API_PUBLIC=1 start_sluice local
say "start to first served gateway request: $STARTUP_MS ms"
if [[ $HOLD == 1 ]]; then
    echo "sluice:   pid $SLUICE_PID  $SLUICE_BASE/api/bench/items/1  (private: /api/bench/private/items/1)"
    echo "baseline: pid $BASELINE_PID  $BASELINE_BASE/item/1"
    echo "token:    $CLIENT_TOKEN"
    wait "$SLUICE_PID"
    exit 0
fi
warm_up
wanted a && scenario a "/api/bench/items/{n}" "/item/{n}"
wanted b && scenario b "/api/bench/private/items/{n}" "/item/{n}" "$CLIENT_TOKEN"
wanted d && MAX_N=99900 scenario d "/api/bench/items?after={n}" "/items?after={n}"
wanted f && B_BASE="$SLUICE_BASE" scenario f "/api/bench/script/items/{n}" "/api/bench/items/{n}"
wanted p && B_BASE="$DEFAULT_POOL_BASE" scenario p "/api/bench/items/{n}" "/item/{n}"

# export TARGET URL PID: streams the export once; appends "e TARGET rows/s rss_growth_mb".
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
export_run() {
    local before peak seconds sampler
    before="$(rss_kb "$3")"
    (peak="$before"; while kill -0 "$3" 2>/dev/null; do r="$(rss_kb "$3")"; ((r > peak)) && peak=$r && echo "$peak" >"$WORK/peak"; sleep 0.02; done) &
    sampler=$!
    echo "$before" >"$WORK/peak"
    seconds="$(curl -fsS -H 'Accept: application/x-ndjson' -o "$WORK/export.ndjson" -w '%{time_total}' "$2")"
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    peak="$(cat "$WORK/peak")"
    local lines
    lines="$(wc -l <"$WORK/export.ndjson")"
    ((lines == EXPORT_ROWS)) || die "export from $1 returned $lines lines, expected $EXPORT_ROWS"
    echo "e $1 $(awk -v n="$EXPORT_ROWS" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') $(((peak - before) / 1024)) $seconds" >>"$RESULTS"
}
wanted e && say "scenario e: $EXPORT_ROWS rows as NDJSON"
for _ in $(seq 1 "$(wanted e && echo "$ROUNDS" || echo 0)"); do
    export_run sluice "$SLUICE_BASE/api/bench/export" "$SLUICE_PID"
    export_run baseline "$BASELINE_BASE/export" "$BASELINE_PID"
    start="$(date +%s%N)"
    psql_bench -c "\\copy (SELECT $COLUMNS FROM bench_export ORDER BY id) to stdout" >/dev/null
    seconds="$(awk -v ns="$(($(date +%s%N) - start))" 'BEGIN {printf "%.3f", ns / 1e9}')"
    echo "e psql $(awk -v n="$EXPORT_ROWS" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') 0 $seconds" >>"$RESULTS"
done
stop_pid "$SLUICE_PID"

# Start-up, STARTS times on an idle machine (the first start above follows the set-up at once):
# each start of `sluice serve` until its first served gateway request, then a stop.
START_TIMES=()
for i in $(seq 1 "$STARTS"); do
    API_PUBLIC=1 start_sluice "start-$i"
    START_TIMES+=("$STARTUP_MS")
    stop_pid "$SLUICE_PID"
done
say "start to first served gateway request, $STARTS starts: ${START_TIMES[*]} ms"
if wanted c; then
    say "sluice serve (Redis limits)"
    start_sluice redis REDIS_URL="$SLUICE_TEST_REDIS_URL"
    warm_up sluice
    scenario c "/api/bench/private/items/{n}" "/item/{n}" "$CLIENT_TOKEN"
    stop_pid "$SLUICE_PID"
fi

echo
echo "wrk: ${CONNECTIONS} connections, ${THREADS} threads, ${ROUNDS}x ${DURATION}s per server and scenario (order rotating);" \
    "$(nproc) cores; PostgreSQL $(psql_bench -tA -c 'SHOW server_version' | cut -d' ' -f1); baseline pool $BASELINE_POOL"
[[ -n "${SLUICE_ENV:-}${BASELINE_ENV:-}" ]] && echo "sluice env: ${SLUICE_ENV:-} | baseline env: ${BASELINE_ENV:-}"
awk -v starts="${START_TIMES[*]}" -v smoke="$SMOKE" -f "$HERE/report.awk" "$RESULTS"
