#!/usr/bin/env bash
# `npm test`: lint, type check, unit + integration tests, the browser tests, the reliability
# suites; then the integration, end-to-end (API included) and reliability suites again on PostgreSQL.
# PostgreSQL: DLBOX_TEST_POSTGRES_URL (a role that may create databases), or else a throwaway
# server started here from the local PostgreSQL binaries. Without either, the PostgreSQL part
# is reported as not run and, under CI, fails the run.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

echo "== lint"; npx eslint .
echo "== typecheck"; npx tsc --noEmit
echo "== unit and integration (SQLite)"; npx vitest run
echo "== end-to-end (SQLite)"; npx tsx scripts/e2e.ts
echo "== reliability and security (SQLite)"; npx vitest run -c vitest.reliability.config.ts

pg_dir=""
cleanup() { if [ -n "$pg_dir" ]; then bash scripts/postgres-test-server.sh stop "$pg_dir"; fi; }
trap cleanup EXIT
if [ -z "${DLBOX_TEST_POSTGRES_URL:-}" ]; then
  if server=$(bash scripts/postgres-test-server.sh start); then
    eval "$server"
    pg_dir=$DLBOX_TEST_PG_DIR
    export DLBOX_TEST_POSTGRES_URL
  else
    echo "== PostgreSQL suites NOT RUN: set DLBOX_TEST_POSTGRES_URL or install PostgreSQL's server" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    exit 0
  fi
fi
export DLBOX_TEST_DB=postgres
echo "== integration (PostgreSQL)"; npx vitest run -c vitest.postgres.config.ts
echo "== end-to-end, API included (PostgreSQL)"; npx tsx scripts/e2e.ts
echo "== reliability and security (PostgreSQL)"; npx vitest run -c vitest.reliability.config.ts
