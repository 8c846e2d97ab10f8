#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server for the tests (trust auth, loopback only).
#   eval "$(scripts/pg_test_server.sh start)"   # prints: export CLAIMS_TEST_PG_URL=...
#   scripts/pg_test_server.sh stop
set -euo pipefail
PORT="${CLAIMS_PG_PORT:-55432}"
DATA="${CLAIMS_PG_DATA:-/tmp/claims-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    [ -n "$BIN" ] || { echo "echo 'PostgreSQL server binaries not found' >&2"; exit 1; }
    if [ ! -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"; [ "$(id -u)" = 0 ] && chown postgres "$DATA"
      as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
      as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=off" start >/dev/null
    fi
    as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='claims_test'" | grep -q 1 \
      || as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres claims_test
    echo "export CLAIMS_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/claims_test"
    ;;
  stop)
    [ -f "$DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
