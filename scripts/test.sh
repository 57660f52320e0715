#!/usr/bin/env bash
# `npm test`: lint, typecheck, unit and API tests on embedded PGlite, the API tests again on a
# PostgreSQL server, and browser tests in Chromium. Every part runs; the summary names what failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh

results=.test-results
rm -rf "$results" && mkdir -p "$results"
failed=()
step() {
  local name=$1; shift
  echo
  echo "━━ $name"
  local start=$SECONDS
  if "$@"; then echo "✓ $name ($((SECONDS - start)) s)"; else echo "✗ $name ($((SECONDS - start)) s)"; failed+=("$name"); fi
}

step "tools: Chromium" ensure_chromium
step "tools: PostgreSQL" ensure_postgres
step "tools: xmllint" ensure_xmllint
step "tools: poppler (pdffonts, pdfinfo, pdftotext)" ensure_pdftools
step "lint (biome)" npx biome check .
# Each workspace's files under its own tsconfig, once (a workspace that imports another's sources does
# not check them again); two workspaces at a time, the largest first (scripts/typecheck.mjs).
step "typecheck" node scripts/typecheck.mjs --jobs 2 apps/server apps/web bench e2e packages/domain packages/db packages/vault-crypto
step "unit and API tests (PGlite)" env -u TEST_DATABASE_URL npx vitest run --reporter=default --reporter=json --outputFile.json="$results/pglite.json"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "API tests (PostgreSQL server)" env TEST_DATABASE_URL="$TEST_DATABASE_URL" npx vitest run apps/server --reporter=default --reporter=json --outputFile.json="$results/postgres.json"
fi
step "build web app" npm run build:web --silent
if [ -x /usr/bin/chromium ]; then
  step "browser tests (Chromium)" npm run test --silent -w @brug/e2e -- --reporter=default --reporter=json --outputFile.json="$PWD/$results/e2e.json"
fi

node scripts/summarise-tests.mjs "$results"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}"
  exit 1
fi
