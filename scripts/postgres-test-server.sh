#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suites: a fresh cluster in a temporary directory,
# listening on loopback only, trust authentication, gone after `stop`.
#   start            prints DLBOX_TEST_POSTGRES_URL=... and DLBOX_TEST_PG_DIR=... (for eval)
#   stop <dir>       stops the server and deletes its directory
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql).
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

# initdb refuses to run as root; the Debian package's postgres user owns the cluster then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin dir port
  bin=$(find_bin) || { echo "postgres-test-server: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 3; }
  dir=$(mktemp -d /tmp/dlbox-pg-XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  port=${DLBOX_TEST_PG_PORT:-54329}
  while ! port_free "$port"; do port=$((port + 1)); done
  as_owner "$bin/initdb" -D "$dir/data" -U dlbox --auth=trust --encoding=UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=on" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "DLBOX_TEST_POSTGRES_URL=postgres://dlbox@127.0.0.1:$port/postgres"
  echo "DLBOX_TEST_PG_DIR=$dir"
}

stop() {
  local dir=${1:?usage: stop <dir>} bin
  bin=$(find_bin) || exit 0
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
