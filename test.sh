#!/usr/bin/env bash
# Runs every test suite: the .NET tests against real PostgreSQL, the contract checks (drift, NL API Design Rules lint,
# stale client types), the SPA's unit tests and build, and the browser tests against the running product.
# Installs what it needs when missing (PostgreSQL, Chromium, the locked npm packages). Exits non-zero on any failure
# and ends with one summary line.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source scripts/lib.sh

vereis_gereedschap

logs="$root/.local/test-logs"
mkdir -p "$logs"
geslaagd=0
gefaald=0
mislukte_stappen=()

# stap NAME COMMAND...: runs a step, shows its output, and remembers whether it failed.
stap() {
  local naam="$1"; shift
  meld "$naam"
  if "$@"; then return 0; fi
  mislukte_stappen+=("$naam")
  return 1
}

tel() { geslaagd=$((geslaagd + ${1:-0})); gefaald=$((gefaald + ${2:-0})); }

# --- database --------------------------------------------------------------------------------------------------------
if [ -z "${PASSENDONDERWIJS_TEST_DB:-}" ]; then
  # Start the local cluster once up front; the test projects find it themselves (see tests/TestSupport/TestDatabase.cs).
  stap "PostgreSQL (local cluster)" scripts/local-db.sh ensure passendonderwijs_test_e2e >/dev/null || exit 1
fi

# --- .NET ------------------------------------------------------------------------------------------------------------
# The local tools (dotnet-tools.json): NSwag generates the C# client the contract test compiles.
stap "dotnet tools (from dotnet-tools.json)" dotnet tool restore || { echo "Samenvatting: 0 passed, 1 failed"; exit 1; }
stap "build (.NET, warnings are errors)" dotnet build PassendOnderwijs.sln -c Release --nologo -v quiet || {
  echo "Samenvatting: 0 passed, 1 failed"; exit 1; }

# The API's functional tests are the longest suite by far, and one run of them keeps one core busy: the namespaces
# below run as a second run at the same time, on a database of its own (PASSENDONDERWIJS_TEST_DEEL), so both cores
# work (the list splits the suite in about equal halves, as measured on 3 December). The first run takes every test that is not
# in this list, so a new namespace can never be left out.
api_tweede_deel=(Platform Identiteit Koppelingen Organisaties Toelaatbaarheidsverklaringen Export Leerlingen Ontwikkelingsperspectiefplannen Dossiers Expertises Documenten)

dotnet_tests() {
  local ns="PassendOnderwijs.Api.FunctionalTests" wel=() niet=() deel
  for deel in "${api_tweede_deel[@]}"; do
    wel+=("FullyQualifiedName~$ns.$deel."); niet+=("FullyQualifiedName!~$ns.$deel.")
  done
  local alles_behalve tweede
  alles_behalve=$(IFS='&'; echo "${niet[*]}")
  tweede=$(IFS='|'; echo "${wel[*]}")
  # A hung test fails the run after 10 minutes instead of eating the CI budget.
  dotnet test PassendOnderwijs.sln -c Release --no-build --nologo --blame-hang-timeout 10m \
    --filter "$alles_behalve" >"$logs/dotnet.log" 2>&1 &
  local eerste_pid=$!
  PASSENDONDERWIJS_TEST_DEEL=2 dotnet test tests/Api.FunctionalTests -c Release --no-build --nologo --blame-hang-timeout 10m \
    --filter "$tweede" >"$logs/dotnet-api-2.log" 2>&1 &
  local tweede_pid=$!
  wait "$eerste_pid"; local status=$?
  wait "$tweede_pid"; local status2=$?
  cat "$logs/dotnet.log" "$logs/dotnet-api-2.log"
  local p f
  p=$(cat "$logs/dotnet.log" "$logs/dotnet-api-2.log" | grep -Eo 'Passed: +[0-9]+' | awk '{s+=$2} END {print s+0}')
  f=$(cat "$logs/dotnet.log" "$logs/dotnet-api-2.log" | grep -Eo 'Failed: +[0-9]+' | awk '{s+=$2} END {print s+0}')
  tel "$p" "$f"
  [ "$status" -eq 0 ] && [ "$status2" -eq 0 ] && [ "$p" -gt 0 ]
}
stap ".NET tests (domain, application, API, architecture, contract drift)" dotnet_tests

# --- client and contract ---------------------------------------------------------------------------------------------
stap "npm packages (from package-lock.json)" npm_pakketten || { echo "Samenvatting: $geslaagd passed, $((gefaald + 1)) failed"; exit 1; }
stap "client API types are generated from openapi.yaml" bash -c 'cd client && npm run --silent check:api-types'
stap "openapi.yaml against NL API Design Rules 2.1.0 and 2.2.0-rc.1 (Spectral)" bash -c 'cd client && npm run --silent lint:api'

client_tests() {
  (cd client && npx vitest run --reporter=default --reporter=json --outputFile="$logs/vitest.json")
  local status=$?
  local telling
  telling=$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests)' "$logs/vitest.json" 2>/dev/null || echo "0 1")
  tel $telling
  return $status
}
stap "client unit tests (Vitest)" client_tests
stap "client build (typecheck + Vite)" bash -c 'cd client && npm run --silent build'

# --- browser tests against the running product -----------------------------------------------------------------------
browser_tests() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Chromium is missing; installing Debian's chromium package"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null || return 1
  fi
  local poort="${E2E_PORT:-18089}"
  # The product as it runs: the local cluster's application role serves requests and its owner migrates. An external
  # test database is one connection string for both. (Local to this function: a PASSENDONDERWIJS_DB of the caller's
  # own is never touched by a test.)
  local PASSENDONDERWIJS_DB PASSENDONDERWIJS_DB_EIGENAAR
  if [ -n "${PASSENDONDERWIJS_TEST_DB:-}" ]; then
    export PASSENDONDERWIJS_DB="$PASSENDONDERWIJS_TEST_DB" PASSENDONDERWIJS_DB_EIGENAAR="$PASSENDONDERWIJS_TEST_DB"
  else
    lokale_database passendonderwijs_test_e2e || return 1
  fi
  # Every browser test signs in from the same address at about the same time (eight files in parallel, one sign-in per
  # role in the reflow test), far more than the 10 sign-ins a minute one address gets in production; the limits
  # themselves are tested in the .NET tests.
  Demo__Aan=true Auth__StaHttpToe=true Spa__Herkomsten__0="http://127.0.0.1:$poort" \
    Snelheidsbegrenzing__AanmeldpogingenPerMinuut=600 Snelheidsbegrenzing__AnoniemPerMinuut=6000 \
    start_api "http://127.0.0.1:$poort" >"$logs/e2e-api.log" 2>&1
  local api=$api_pid
  if ! wacht_op_gereed "http://127.0.0.1:$poort" "$api"; then
    echo "The API did not start; its log:"; tail -n 40 "$logs/e2e-api.log"
    kill "$api" 2>/dev/null; return 1
  fi
  (cd client && BASE_URL="http://127.0.0.1:$poort" timeout 600 npm run --silent test:e2e) 2>&1 | tee "$logs/e2e.log"
  local status=${PIPESTATUS[0]}
  kill "$api" 2>/dev/null; wait "$api" 2>/dev/null
  tel "$(grep -Eo '^# pass [0-9]+' "$logs/e2e.log" | awk '{print $3}')" "$(grep -Eo '^# fail [0-9]+' "$logs/e2e.log" | awk '{print $3}')"
  return "$status"
}
stap "browser tests (Playwright + Chromium against the running product)" browser_tests

# --- summary ---------------------------------------------------------------------------------------------------------
echo
if [ "${#mislukte_stappen[@]}" -gt 0 ]; then
  printf 'Failed steps:\n'; printf '  - %s\n' "${mislukte_stappen[@]}"
  [ "$gefaald" -gt 0 ] || gefaald=${#mislukte_stappen[@]}
  echo "Samenvatting: $geslaagd passed, $gefaald failed"
  exit 1
fi
echo "Samenvatting: $geslaagd passed, $gefaald failed"
