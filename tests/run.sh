#!/usr/bin/env bash
# Runs every test of the portal against real services, on a fresh machine or a developer's.
#   tests/run.sh                  # everything
#   tests/run.sh --filter Tenancy # extra arguments go to `dotnet test`
# Installs what is missing from Debian's packages, starts a throw-away PostgreSQL cluster and Redis
# on 127.0.0.1, runs `dotnet test Portal.sln`, prints "N passed, N failed, N skipped", stops what it
# started, and exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

pg_port=${PORTAL_TEST_PG_PORT:-55432}
redis_port=${PORTAL_TEST_REDIS_PORT:-56379}
work=$(mktemp -d /tmp/portal-tests.XXXXXX)
chmod 755 "$work"

log() { printf '[tests/run.sh] %s\n' "$*"; }

# 1. Packages from Debian, only those missing.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'wqy' || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
fi

# 2. A private PostgreSQL cluster (fsync off: it is thrown away) and a private Redis.
pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_data="$work/pg"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then mkdir -p "$pg_data" && chown postgres:postgres "$pg_data"; fi

cleanup() {
  status=$?
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null || true
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT

log "starting PostgreSQL on 127.0.0.1:$pg_port"
as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 \
  -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qAt \
  -c "CREATE ROLE portal_test LOGIN CREATEDB PASSWORD 'portal_test'" >/dev/null

log "starting Redis on 127.0.0.1:$redis_port"
redis-server --daemonize yes --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
  --pidfile "$work/redis.pid" --logfile "$work/redis.log"
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=portal_test;Password=portal_test;Database=postgres"
export PORTAL_TEST_REDIS="127.0.0.1:$redis_port"
export PORTAL_TEST_CHROMIUM=/usr/bin/chromium
export PORTAL_REQUIRE_SERVICES=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 3. The tests. VSTest prints one summary line per test assembly; add them up.
log "running dotnet test"
set +e
dotnet test Portal.sln --nologo "$@" 2>&1 | tee "$work/test.log"
test_status=${PIPESTATUS[0]}
set -e

read -r passed failed skipped < <(grep -E '(Passed|Failed)!  - Failed:' "$work/test.log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$test_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  log "FAILED (dotnet test exit code $test_status)"
  exit 1
fi
