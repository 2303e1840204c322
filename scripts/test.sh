#!/usr/bin/env bash
# `npm test`: lint, type check, unit + integration tests, then the browser tests.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

echo "== lint"; npx eslint .
echo "== typecheck"; npx tsc --noEmit
echo "== unit and integration"; npx vitest run
echo "== end-to-end"; npx tsx scripts/e2e.ts
