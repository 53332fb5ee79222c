#!/usr/bin/env bash
# Benchmarks the aanbieders sync API against the running product with a national-scale register (10,000
# aanbieders, 100,000 aangeboden begeleidingen, generated once into its own database): full sync through JSON pages
# and through ndjson (identity, gzip, br; time and bytes on the wire), Fastest against Optimal compression, a 304
# against a 200 of the same page, the delta sync, and wrk against the list and a plain Npgsql endpoint. Prints
# figures; asserts nothing. Needs wrk (installed from Debian when missing, as root).
#   scripts/benchmark-aanbieders.sh [AANTAL_AANBIEDERS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
aantal="${1:-10000}"
poort="${BENCHMARK_POORT:-18190}"
basis="http://127.0.0.1:$poort"

if ! command -v wrk >/dev/null 2>&1; then
  meld "wrk installeren (Debian)"
  apt-get install -y wrk >/dev/null
fi

start_benchmark_api passendonderwijs_benchmark_aanbod "$basis" Benchmark__Aan=true

meld "Register vullen tot $aantal aanbieders (eenmalig)"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll genereer-aanbieders "$aantal"

token="$(curl -fsS -u demo-las:demo-las-geheim-alleen-lokaal -d grant_type=client_credentials -d scope=aanbieders.lezen "$basis/connect/token" \
  | sed -nE 's/.*"access_token"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/p')"
staat="$(mktemp)"

meld "Volledige synchronisatie (pagina's en ndjson), compressie, 304 tegen 200"
node scripts/benchmark/aanbieders-sync.mjs "$basis" "$token" volledig "$staat"

meld "100 aanbieders wijzigen, dan delta-synchronisatie"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll wijzig-aanbieders 100
node scripts/benchmark/aanbieders-sync.mjs "$basis" "$token" delta "$staat"
rm -f "$staat"

meld "Belasting: lijst met 100 per pagina, 32 verbindingen, 30 s"
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$basis/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100"
curl -fsS -o /dev/null "$basis/benchmark/onderwijsbegeleidingsaanbieders?pageSize=100"
api_uit="$(wrk -t2 -c32 -d30s --latency -H "Authorization: Bearer $token" "$basis/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100")"
kaal_uit="$(wrk -t2 -c32 -d30s --latency "$basis/benchmark/onderwijsbegeleidingsaanbieders?pageSize=100")"

cijfer() { sed -nE "s/^[[:space:]]*$1[[:space:]]+([0-9.]+[a-z]*).*/\1/p" <<<"$2" | head -1; }
fouten() { sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' <<<"$1"; }
api_rps="$(sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+)/\1/p' <<<"$api_uit")"
kaal_rps="$(sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+)/\1/p' <<<"$kaal_uit")"
piek_kib="$(sed -nE 's/^VmHWM:[[:space:]]+([0-9]+) kB/\1/p' "/proc/$api_pid/status")"

printf '\n%-44s %12s %10s %10s %8s\n' "" "requests/s" "p50" "p99" "fouten"
printf '%-44s %12s %10s %10s %8s\n' "API (token, pipeline, EF Core, ETag)" "$api_rps" "$(cijfer 50% "$api_uit")" "$(cijfer 99% "$api_uit")" "$(fouten "$api_uit")"
printf '%-44s %12s %10s %10s %8s\n' "Kaal (zelfde SQL, Npgsql, System.Text.Json)" "$kaal_rps" "$(cijfer 50% "$kaal_uit")" "$(cijfer 99% "$kaal_uit")" "$(fouten "$kaal_uit")"
awk -v a="$api_rps" -v k="$kaal_rps" 'BEGIN { printf "Verhouding API / kaal: %.2f\n", a / k }'
echo "Piekgeheugen API-proces (VmHWM): $((piek_kib / 1024)) MiB"
