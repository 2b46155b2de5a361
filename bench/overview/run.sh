#!/usr/bin/env bash
# Times the overview and access-log reads over HTTP on a PostgreSQL metadata store holding
# 1,000,000 access records (90 days, ~200 APIs, ~50 clients). Not run by CI.
#
#   bench/overview/run.sh
#
# Starts the local services (scripts/services.sh), recreates the database
# sluice_bench_overview, migrates it with `sluice migrate up`, seeds it (seed.sql), runs
# VACUUM ANALYZE, starts `sluice serve` (Release) on a free port, logs in as the first
# superuser, and calls each endpoint once to warm up and then RUNS times (default 5). Prints
# min/median/max milliseconds per endpoint. Exits 1 when an overview read with its default
# window (7 days) has a median over 200 ms; the 90-day rows are reported, not judged.
#
# VACUUM ANALYZE rather than ANALYZE alone: autovacuum soon does the same to an append-only
# table (marking its pages all-visible, so index-only scans need not visit the rows), and that
# is the state a running store is in. ANALYZE_ONLY=1 measures the state right after a bulk load.
#
# Environment: RUNS (5), BENCH_DB (sluice_bench_overview), KEEP_DB=1 to skip the drop/seed
# when the database already exists, ANALYZE_ONLY=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/overview"
RUNS="${RUNS:-5}"
DB="${BENCH_DB:-sluice_bench_overview}"
TARGET_MS=200

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bash "$ROOT/scripts/services.sh" start >/dev/null
eval "$(bash "$ROOT/scripts/services.sh" env)"
ADMIN_URL="$SLUICE_TEST_POSTGRES_URL"           # postgresql://sluice:sluice@127.0.0.1:55432/postgres
BENCH_URL="${ADMIN_URL%/*}/$DB"
psql_admin() { psql "$ADMIN_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_bench() { psql "$BENCH_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }

echo "== build (Release)"
dotnet build "$ROOT/src/Sluice.Cli" -c Release -v quiet -nologo >/dev/null
SLUICE="$ROOT/src/Sluice.Cli/bin/Release/net10.0/sluice"

WORK="$(mktemp -d /tmp/sluice-bench-overview.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# The server and the CLI read .env from their working directory: run them from an empty one.
cd "$WORK"
export DATABASE_URL="$BENCH_URL" ENVIRONMENT=local FIRST_SUPERUSER=admin FIRST_SUPERUSER_PASSWORD=bench-admin-password \
    DATA_DIR="$WORK/data" LOGIN_RATE_LIMIT_PER_MINUTE=0 ACCESS_LOG_RETENTION_DAYS=0

exists="$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")"
if [[ "${KEEP_DB:-0}" == 1 && "$exists" == 1 ]]; then
    echo "== reusing database $DB"
    "$SLUICE" migrate up >/dev/null
else
    echo "== database $DB"
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    echo "== sluice migrate up"
    dotnet run --project "$ROOT/src/Sluice.Cli" -c Release --no-build -- migrate up | tail -n 1
    echo "== seed (1,000,000 access records)"
    start=$SECONDS
    psql_bench -f "$HERE/seed.sql"
    echo "   seeded in $((SECONDS - start)) s"
fi
if [[ "${ANALYZE_ONLY:-0}" == 1 ]]; then
    echo "== ANALYZE"
    psql_bench -c "ANALYZE"
else
    echo "== VACUUM ANALYZE"
    psql_bench -c "VACUUM ANALYZE"
fi
psql_bench -tA -c "SELECT 'access_logs: ' || COUNT(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('access_logs')) || ' with indexes' FROM access_logs"

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
echo "== sluice serve on $BASE"
"$SLUICE" serve --urls "$BASE" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
    curl -fsS "$BASE/api/v1/utils/liveness/" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.2
done
TOKEN="$(curl -fsS -X POST "$BASE/api/v1/login/access-token" \
    --data-urlencode "username=$FIRST_SUPERUSER" --data-urlencode "password=$FIRST_SUPERUSER_PASSWORD" | jq -r .access_token)"

DAY="$(date -u -d '2 days ago' +%Y-%m-%d)"
ENDPOINTS=(
    "overview/stats"
    "overview/requests-by-day?days=7"
    "overview/requests-by-day?days=90"
    "overview/top-paths?limit=10&days=7"
    "overview/top-paths?limit=10&days=90"
    "overview/status-breakdown?days=7"
    "overview/status-breakdown?days=90"
    "overview/recent-access?limit=20"
    "overview/recent-commits?limit=20"
    "access-logs"
    "access-logs?page=200"
    "access-logs?api_id=7"
    "access-logs?module_id=3"
    "access-logs?group_id=2"
    "access-logs?client_id=bench-client-07"
    "access-logs?success=false"
    "access-logs?status=503"
    "access-logs?path=api-150"
    "access-logs?method=GET&ip=10.0.1.17"
    "access-logs?from=${DAY}T00:00:00Z&to=${DAY}T01:00:00Z"
)

# time_ms PATH: one call's total time in milliseconds; fails on a non-200 answer.
time_ms() {
    local out code seconds
    out="$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/$1")"
    read -r code seconds <<<"$out"
    [[ "$code" == 200 ]] || { echo "GET /api/v1/$1 answered $code" >&2; exit 1; }
    awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

echo "== $RUNS calls each after one warm-up (ms, through HTTP); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-58s %8s %8s %8s\n' "GET /api/v1/..." min median max
slow=0
for endpoint in "${ENDPOINTS[@]}"; do
    time_ms "$endpoint" >/dev/null
    times=()
    for _ in $(seq 1 "$RUNS"); do times+=("$(time_ms "$endpoint")"); done
    read -r min median max < <(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[1], v[int((NR + 1) / 2)], v[NR] }')
    flag=""
    if [[ "$endpoint" == overview/* ]] && awk -v m="$median" -v t="$TARGET_MS" 'BEGIN { exit !(m > t) }'; then
        flag="  > ${TARGET_MS} ms"
        [[ "$endpoint" == *days=90* ]] || slow=1
    fi
    printf '%-58s %8s %8s %8s%s\n' "$endpoint" "$min" "$median" "$max" "$flag"
done
if ((slow)); then
    echo "some overview reads with their default window are over ${TARGET_MS} ms (median)"
    exit 1
fi
echo "every overview read with its default window is under ${TARGET_MS} ms (median)"
