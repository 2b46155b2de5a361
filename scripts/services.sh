#!/usr/bin/env bash
# Throwaway PostgreSQL, MariaDB and Redis servers for Sluice's tests.
#
#   scripts/services.sh start    install what is missing (Debian packages), start all three
#   scripts/services.sh stop     stop all three (ones not running are fine)
#   scripts/services.sh env      print eval-able `export` lines for the tests
#   scripts/services.sh status   one line per service: up/down
#
# Every server listens on 127.0.0.1 only, on a non-default port, with its data
# under ${SLUICE_SERVICES_DIR:-/tmp/sluice-services}. Nothing there is precious:
# delete the folder (after `stop`) to start from scratch.
#
# Environment: SLUICE_SERVICES_DIR, SLUICE_PG_PORT (55432), SLUICE_MYSQL_PORT (53306),
# SLUICE_REDIS_PORT (56379), SLUICE_SERVICES_TIMEOUT (seconds to wait for a server, 60).
set -euo pipefail

# Daemons and admin tools live in sbin; a minimal environment may not have it on PATH.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

DIR="${SLUICE_SERVICES_DIR:-/tmp/sluice-services}"
PG_PORT="${SLUICE_PG_PORT:-55432}"
MYSQL_PORT="${SLUICE_MYSQL_PORT:-53306}"
REDIS_PORT="${SLUICE_REDIS_PORT:-56379}"
TIMEOUT="${SLUICE_SERVICES_TIMEOUT:-60}"

PG_DATA="$DIR/pg"
PG_RUN="$DIR/pg-run"            # unix socket + server log (owned by postgres)
MY_DATA="$DIR/mariadb"
MY_RUN="$DIR/mariadb-run"       # unix socket + pid file (owned by mysql)
MY_SOCK="$MY_RUN/mariadb.sock"
MY_LOG="$DIR/mariadb.log"
REDIS_DIR="$DIR/redis"

log() { echo "services: $*" >&2; }
die() { echo "services: ERROR: $*" >&2; exit 1; }

# Print the last lines of a log file to stderr (for a server that did not come up).
log_tail() {
    if [[ -f "$1" ]]; then
        echo "---- last lines of $1 ----" >&2
        tail -n 40 "$1" >&2 || true
        echo "----" >&2
    fi
}

# Is PID a live process? A zombie counts as gone (kill -0 still succeeds on one,
# and a daemon whose parent exited may never be reaped here).
alive() {
    local state
    state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
    [[ -n "$state" && "$state" != Z ]]
}

# Newest PostgreSQL server bin dir (one that has initdb), else pg_config's, else "".
pg_bindir() {
    local d
    d="$(for d in /usr/lib/postgresql/*/bin; do
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && echo "$d"
    done | sort -V | tail -n 1)"
    if [[ -z "$d" ]] && command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir 2>/dev/null || true)"
        [[ -x "$d/initdb" ]] || d=""
    fi
    echo "$d"
}

# ---------------------------------------------------------------------------
# Installation
# ---------------------------------------------------------------------------

APT_UPDATED=0
apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    local apt_opts=(-q -o DPkg::Lock::Timeout=300)
    if [[ $APT_UPDATED == 0 ]]; then
        log "apt-get update"
        apt-get "${apt_opts[@]}" update >&2
        APT_UPDATED=1
    fi
    # Keep the packages' maintainer scripts from starting the default servers
    # (5432/3306/6379): we run our own instances and they would only cost memory.
    # policy-rc.d exit 101 = "action forbidden"; removed again afterwards.
    local policy=/usr/sbin/policy-rc.d made_policy=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
        made_policy=1
    fi
    log "apt-get install $*"
    local rc=0
    apt-get "${apt_opts[@]}" install -y --no-install-recommends "$@" >&2 || rc=$?
    [[ $made_policy == 1 ]] && rm -f "$policy"
    [[ $rc == 0 ]] || die "apt-get install $* failed (exit $rc)"
}

ensure_packages() {
    local missing=()
    [[ -n "$(pg_bindir)" ]] && command -v psql >/dev/null 2>&1 || missing+=(postgresql)
    { command -v mariadbd && command -v mariadb-install-db && command -v mariadb-admin \
        && command -v mariadb; } >/dev/null 2>&1 || missing+=(mariadb-server mariadb-client)
    { command -v redis-server && command -v redis-cli; } >/dev/null 2>&1 || missing+=(redis-server)
    if ((${#missing[@]})); then
        [[ $(id -u) == 0 ]] || die "need root to install: ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    id postgres >/dev/null 2>&1 || die "no 'postgres' user after installing postgresql"
    id mysql >/dev/null 2>&1 || die "no 'mysql' user after installing mariadb-server"
}

# ---------------------------------------------------------------------------
# Probes ("answers on its port")
# ---------------------------------------------------------------------------

pg_up() {
    local bin; bin="$(pg_bindir)"
    [[ -n "$bin" ]] || return 1
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1
}

# mariadb-admin ping exits 0 when the server answers, even with "access denied" --
# but only without TLS: Debian's client otherwise insists on a TLS handshake and
# reports the server's early "host not allowed" reply as a failure.
mysql_up() {
    command -v mariadb-admin >/dev/null 2>&1 || return 1
    mariadb-admin --no-defaults --skip-ssl --protocol=tcp -h 127.0.0.1 -P "$MYSQL_PORT" \
        --connect-timeout=2 ping >/dev/null 2>&1
}

redis_up() {
    command -v redis-cli >/dev/null 2>&1 || return 1
    # redis-cli has no connect/read timeout of its own: a port held by something
    # that never answers would hang it.
    [[ "$(timeout 2 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]
}

# wait_for NAME PROBE LOGFILE [PID]: poll PROBE until it succeeds or TIMEOUT
# seconds pass. With PID, give up early if that process dies.
wait_for() {
    local name="$1" probe="$2" logfile="$3" pid="${4:-}"
    local deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        "$probe" && return 0
        if [[ -n "$pid" ]] && ! alive "$pid"; then
            log_tail "$logfile"
            die "$name exited during startup"
        fi
        sleep 0.2
    done
    log_tail "$logfile"
    die "$name did not answer within ${TIMEOUT}s"
}

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------

as_postgres() { runuser -u postgres -- "$@"; }

start_pg() {
    local bin; bin="$(pg_bindir)"
    mkdir -p "$PG_RUN"
    chown postgres:postgres "$PG_RUN"
    if pg_up; then
        log "postgresql already answers on 127.0.0.1:$PG_PORT"
    else
        if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
            rm -rf "$PG_DATA"   # half-made by an interrupted run
            install -d -o postgres -g postgres -m 700 "$PG_DATA"
            log "initdb $PG_DATA"
            # local (unix socket) = trust so this script can administer it as postgres;
            # TCP needs a password, like a real deployment.
            as_postgres "$bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
                --auth-local=trust --auth-host=scram-sha-256 >"$PG_RUN/initdb.log" 2>&1 \
                || { log_tail "$PG_RUN/initdb.log"; die "initdb failed"; }
            # Durability is pointless for a throwaway test database; speed is not.
            cat >>"$PG_DATA/postgresql.conf" <<'EOF'

# --- sluice test server ---
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF
        fi
        log "starting postgresql on 127.0.0.1:$PG_PORT"
        # Port and socket dir are given at start so SLUICE_PG_PORT can change between runs.
        # 9>&- : the server must not inherit this script's lock.
        as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_RUN/postgres.log" -w -t "$TIMEOUT" \
            -o "-p $PG_PORT -k $PG_RUN" start >/dev/null 9>&- \
            || { log_tail "$PG_RUN/postgres.log"; die "postgresql did not start"; }
        wait_for postgresql pg_up "$PG_RUN/postgres.log"
    fi
    # Ensure the test login (also when the server was already running). Needs our
    # socket; a foreign server on the port is left alone.
    if [[ -S "$PG_RUN/.s.PGSQL.$PG_PORT" ]]; then
        as_postgres "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_RUN" -p "$PG_PORT" \
            -U postgres -d postgres >/dev/null <<'EOF'
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sluice') THEN
    CREATE ROLE sluice LOGIN SUPERUSER PASSWORD 'sluice';
  END IF;
END $$;
EOF
    else
        log "warning: postgresql on port $PG_PORT is not ours (no socket in $PG_RUN); not creating role sluice"
    fi
}

stop_pg() {
    local bin; bin="$(pg_bindir)"
    if [[ -n "$bin" && -f "$PG_DATA/postmaster.pid" ]]; then
        log "stopping postgresql"
        as_postgres "$bin/pg_ctl" -D "$PG_DATA" stop -m fast -w -t "$TIMEOUT" >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------
# MariaDB
# ---------------------------------------------------------------------------

start_mysql() {
    install -d -o mysql -g mysql -m 755 "$MY_RUN"
    if mysql_up; then
        log "mariadb already answers on 127.0.0.1:$MYSQL_PORT"
    else
        if [[ ! -d "$MY_DATA/mysql" ]]; then
            rm -rf "$MY_DATA"
            install -d -o mysql -g mysql -m 750 "$MY_DATA"
            log "mariadb-install-db $MY_DATA"
            mariadb-install-db --no-defaults --datadir="$MY_DATA" --user=mysql \
                --auth-root-authentication-method=socket --skip-test-db \
                >"$DIR/mariadb-install.log" 2>&1 \
                || { log_tail "$DIR/mariadb-install.log"; die "mariadb-install-db failed"; }
        fi
        log "starting mariadb on 127.0.0.1:$MYSQL_PORT"
        # --no-defaults: ignore /etc/mysql (its socket/paths are for the system server).
        # InnoDB durability off and a modest buffer pool: test speed and memory.
        nohup mariadbd --no-defaults --user=mysql \
            --datadir="$MY_DATA" --port="$MYSQL_PORT" --bind-address=127.0.0.1 \
            --socket="$MY_SOCK" --pid-file="$MY_RUN/mariadb.pid" \
            --skip-name-resolve --max-connections=300 \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=0 \
            --innodb-doublewrite=0 --skip-log-bin --performance-schema=OFF \
            >>"$MY_LOG" 2>&1 </dev/null 9>&- &
        local pid=$!
        wait_for mariadb mysql_up "$MY_LOG" "$pid"
    fi
    if [[ -S "$MY_SOCK" ]]; then
        # '%' covers TCP from anywhere (only 127.0.0.1 can reach it); the explicit
        # localhost/127.0.0.1 accounts keep working if name resolution is turned on.
        # As OS root over our socket: root@localhost authenticates with unix_socket.
        mariadb --no-defaults --socket="$MY_SOCK" -u root <<'EOF' \
            || die "could not create the sluice user in mariadb"
CREATE USER IF NOT EXISTS 'sluice'@'%' IDENTIFIED BY 'sluice';
CREATE USER IF NOT EXISTS 'sluice'@'localhost' IDENTIFIED BY 'sluice';
CREATE USER IF NOT EXISTS 'sluice'@'127.0.0.1' IDENTIFIED BY 'sluice';
GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'%' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'127.0.0.1' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS sluice_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
EOF
    else
        log "warning: mariadb on port $MYSQL_PORT is not ours (no socket $MY_SOCK); not creating user sluice"
    fi
}

stop_mysql() {
    local pidfile="$MY_RUN/mariadb.pid" pid="" i
    [[ -f $pidfile ]] && pid="$(cat "$pidfile" 2>/dev/null || true)"
    if [[ -S "$MY_SOCK" ]] && command -v mariadb-admin >/dev/null 2>&1; then
        log "stopping mariadb"
        mariadb-admin --no-defaults --socket="$MY_SOCK" -u root shutdown >/dev/null 2>&1 || true
    fi
    # Fall back to the pid file (and wait: shutdown returns before the process is gone).
    if [[ -n "$pid" ]] && alive "$pid"; then
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < TIMEOUT * 5; i++)); do
            alive "$pid" || break
            sleep 0.2
        done
    fi
}

# ---------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------

start_redis() {
    mkdir -p "$REDIS_DIR"
    if redis_up; then
        log "redis already answers on 127.0.0.1:$REDIS_PORT"
        return
    fi
    log "starting redis on 127.0.0.1:$REDIS_PORT"
    # No config file: every setting on the command line; no persistence at all.
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
        --dir "$REDIS_DIR" --save '' --appendonly no \
        --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" 9>&- \
        || { log_tail "$REDIS_DIR/redis.log"; die "redis-server failed"; }
    wait_for redis redis_up "$REDIS_DIR/redis.log"
}

stop_redis() {
    if redis_up; then
        log "stopping redis"
        timeout 30 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------

cmd_env() {
    echo "export SLUICE_TEST_POSTGRES_URL=postgresql://sluice:sluice@127.0.0.1:$PG_PORT/postgres"
    echo "export SLUICE_TEST_MYSQL_URL=mysql://sluice:sluice@127.0.0.1:$MYSQL_PORT/sluice_test"
    echo "export SLUICE_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
    echo "export SLUICE_TEST_PG_BIN=$(pg_bindir)"
}

cmd_status() {
    local name probe
    for name in postgresql mariadb redis; do
        case $name in
            postgresql) probe=pg_up ;;
            mariadb) probe=mysql_up ;;
            redis) probe=redis_up ;;
        esac
        if "$probe"; then echo "$name up"; else echo "$name down"; fi
    done
}

# Serialise start/stop: two test runs starting at once would race on initdb etc.
lock() {
    mkdir -p "$DIR"
    exec 9>"$DIR/.lock"
    flock -w 600 9 || die "could not lock $DIR/.lock"
}

cmd_start() {
    lock
    ensure_packages
    # The servers run as postgres/mysql: they must be able to reach their folders.
    chmod 755 "$DIR"
    runuser -u postgres -- test -x "$DIR" \
        || die "$DIR is not reachable by user postgres (pick SLUICE_SERVICES_DIR under /tmp?)"
    start_pg
    start_mysql
    start_redis
    cmd_env
}

cmd_stop() {
    lock
    stop_pg
    stop_mysql
    stop_redis
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    env) cmd_env ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop|env|status" >&2; exit 2 ;;
esac
