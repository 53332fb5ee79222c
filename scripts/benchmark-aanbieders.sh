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
# What the API holds once started (migrations, demo data, the EF model, JIT), apart from what the benchmark adds: the
# peak so far is read now, then reset to the current resident size (Linux clear_refs), so the last figure is the peak
# under the benchmark itself.
start_kib="$(sed -nE 's/^VmHWM:[[:space:]]+([0-9]+) kB/\1/p' "/proc/$api_pid/status")"
echo 5 >"/proc/$api_pid/clear_refs" 2>/dev/null || true

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

# The machine is shared (builds, tests, other benchmarks): the two endpoints take turns in short rounds, so both see
# the same mix of quiet and busy moments, and the ratio compares like with like.
rondes="${BENCHMARK_RONDES:-3}"
ronde_s="${BENCHMARK_RONDE_S:-10}"
meld "Belasting: lijst met 100 per pagina, 32 verbindingen, $rondes x $ronde_s s per eindpunt, om en om"
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$basis/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100"
curl -fsS -o /dev/null "$basis/benchmark/onderwijsbegeleidingsaanbieders?pageSize=100"

# wrk_ronde NAME [HEADER]: one round against one endpoint; appends "requests seconds p50_ms p99_ms errors" to $uit/NAME.
uit="$(mktemp -d)"
wrk_ronde() {
  local naam="$1" pad="$2"; shift 2
  local tekst
  tekst="$(wrk -t2 -c32 -d"${ronde_s}s" --latency "$@" "$basis$pad")"
  awk '
    function ms(w) { if (w ~ /us$/) return w / 1000; if (w ~ /ms$/) return w + 0; if (w ~ /s$/) return w * 1000; return w }
    /requests in/ { n = $1; t = $4; sub(/s,?$/, "", t) }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { f = $NF }
    END { printf "%s %s %s %s %s\n", n, t, p50, p99, f + 0 }' <<<"$tekst" >>"$uit/$naam"
  # Both endpoints live in the API process, so its peak is read and reset after every round: the peak while serving
  # the API list stands next to the peak while serving the plain endpoint, in the same process and the same run.
  sed -nE 's/^VmHWM:[[:space:]]+([0-9]+) kB/\1/p' "/proc/$api_pid/status" >>"$uit/$naam.geheugen"
  echo 5 >"/proc/$api_pid/clear_refs" 2>/dev/null || true
}
echo 5 >"/proc/$api_pid/clear_refs" 2>/dev/null || true
for _ in $(seq 1 "$rondes"); do
  wrk_ronde api "/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100" -H "Authorization: Bearer $token"
  wrk_ronde kaal "/benchmark/onderwijsbegeleidingsaanbieders?pageSize=100"
done

# samenvatting NAME: requests/s over all rounds, the median round's p50 and p99, and the errors.
samenvatting() {
  sort -k4 -n "$uit/$1" | awk '{ n += $1; t += $2; p50[NR] = $3; p99[NR] = $4; f += $5 }
    END { m = int((NR + 1) / 2); printf "%.1f %.1f %.1f %d\n", n / t, p50[m], p99[m], f }'
}
piek() { sort -n "$uit/$1.geheugen" | tail -n 1; }
api_piek_kib="$(piek api)"
kaal_piek_kib="$(piek kaal)"
read -r api_rps api_p50 api_p99 api_fouten <<<"$(samenvatting api)"
read -r kaal_rps kaal_p50 kaal_p99 kaal_fouten <<<"$(samenvatting kaal)"
rm -rf "$uit"

printf '\n%-44s %12s %10s %10s %8s\n' "" "requests/s" "p50 (ms)" "p99 (ms)" "fouten"
printf '%-44s %12s %10s %10s %8s\n' "API (token, pipeline, EF Core, ETag)" "$api_rps" "$api_p50" "$api_p99" "$api_fouten"
printf '%-44s %12s %10s %10s %8s\n' "Kaal (zelfde SQL, Npgsql, System.Text.Json)" "$kaal_rps" "$kaal_p50" "$kaal_p99" "$kaal_fouten"
echo "(p50 en p99: de middelste van $rondes rondes; belasting van de machine: $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v a="$api_rps" -v k="$kaal_rps" 'BEGIN { printf "Verhouding API / kaal: %.2f (doel ≥ 0.80: %s)\n", a / k, (a / k >= 0.8 ? "gehaald" : "niet gehaald") }'
awk -v a="$api_p99" -v k="$kaal_p99" 'BEGIN { printf "p99 API / kaal: %.2f (doel: niet slechter dan kaal, ≤ 1.00: %s)\n", a / k, (a <= k ? "gehaald" : "niet gehaald") }'
echo "Geheugen API-proces na het starten (VmHWM): $((start_kib / 1024)) MiB"
awk -v p="$api_piek_kib" -v k="$kaal_piek_kib" 'BEGIN {
  printf "Piekgeheugen API-proces (VmHWM) terwijl het de API-lijst geeft: %d MiB (doel ≤ 250 MiB: %s)\n", p / 1024, (p / 1024 <= 250 ? "gehaald" : "niet gehaald")
  printf "Piekgeheugen hetzelfde proces terwijl het het kale eindpunt geeft: %d MiB\n", k / 1024 }'
