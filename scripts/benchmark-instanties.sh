#!/usr/bin/env bash
# Runs two API instances behind HAProxy (round robin) on one PostgreSQL database and one key folder, checks that a
# caller notices nothing of the switching (a token from the balancer works at every request, each instance serves in
# turn, a sync token from one instance continues at the other), and prints the throughput of the aanbieders list with
# one instance and with two side by side. On 2 cores two instances are not expected to be faster; they must be correct.
# Prints figures; asserts nothing but the checks. Needs haproxy and wrk (installed from Debian when missing, as root).
#   scripts/benchmark-instanties.sh            (DUUR=… seconds per load figure, default 20)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
for pakket in haproxy wrk; do
  if ! command -v "$pakket" >/dev/null 2>&1; then
    meld "$pakket installeren (Debian)"
    apt-get install -y "$pakket" >/dev/null
  fi
done

balans=18200
een="http://127.0.0.1:18201"
twee="http://127.0.0.1:18202"
duur="${DUUR:-20}"
sleutels="$(mktemp -d)"
config="$(mktemp)"

# The first instance migrates and loads the demo; the second starts on the migrated database with the same key folder.
start_benchmark_api passendonderwijs_benchmark_instanties "$een" Auth__SleutelMap="$sleutels" PubliekeUrl="http://127.0.0.1:$balans/"
eerste_pid=$api_pid
meld "Tweede instantie starten op $twee"
Database__MigreerBijStart=false start_api "$twee" >/dev/null
tweede_pid=$api_pid
cat >"$config" <<HAPROXY
global
  maxconn 512
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend api
  bind 127.0.0.1:$balans
  default_backend instanties
backend instanties
  balance roundrobin
  http-response set-header X-Instantie %s
  server een 127.0.0.1:18201
  server twee 127.0.0.1:18202
HAPROXY
haproxy -f "$config" -db >/dev/null 2>&1 &
haproxy_pid=$!
trap 'kill "$eerste_pid" "$tweede_pid" "$haproxy_pid" 2>/dev/null || true; rm -rf "$sleutels" "$config"' EXIT
wacht_op_gereed "$twee" "$tweede_pid" || { echo "De tweede instantie start niet." >&2; exit 1; }
basis="http://127.0.0.1:$balans"
wacht_op_gereed "$basis" "$haproxy_pid" || { echo "HAProxy start niet." >&2; exit 1; }

meld "Controles via de load balancer"
token="$(curl -fsS -u demo-las:demo-las-geheim-alleen-lokaal -d grant_type=client_credentials -d scope=aanbieders.lezen "$basis/connect/token" \
  | sed -nE 's/.*"access_token"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/p')"
declare -A per_instantie=()
for _ in $(seq 1 20); do
  instantie="$(curl -fsS -o /dev/null -D - -H "Authorization: Bearer $token" "$basis/api/v1/onderwijsbegeleidingsaanbieders?pageSize=5" \
    | sed -nE 's/^[Xx]-[Ii]nstantie: ([a-z]+).*/\1/p')"
  per_instantie[$instantie]=$(( ${per_instantie[$instantie]:-0} + 1 ))
done
echo "20 verzoeken met één token, allemaal 200: een ${per_instantie[een]:-0}, twee ${per_instantie[twee]:-0}"
[ "${per_instantie[een]:-0}" -gt 0 ] && [ "${per_instantie[twee]:-0}" -gt 0 ] || { echo "Niet beide instanties antwoordden." >&2; exit 1; }

synctoken="$(curl -fsS -H "Authorization: Bearer $token" "$een/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100" \
  | sed -nE 's/.*"wijzigingenToken"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/p')"
status="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$twee/api/v1/onderwijsbegeleidingsaanbieders/wijzigingen?token=$synctoken")"
echo "Synctoken van instantie een bij instantie twee: HTTP $status"
[ "$status" = 200 ] || { echo "Het synctoken werkt niet bij de andere instantie." >&2; exit 1; }

meld "Doorvoer: lijst (25 per pagina), 2 threads, 16 verbindingen, $duur s per meting"
lijst="/api/v1/onderwijsbegeleidingsaanbieders?pageSize=25"
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$twee$lijst"
enkel="$(wrk -t2 -c16 -d"${duur}s" --latency -H "Authorization: Bearer $token" "$een$lijst")"
dubbel="$(wrk -t2 -c16 -d"${duur}s" --latency -H "Authorization: Bearer $token" "$basis$lijst")"

cijfer() { sed -nE "s/^[[:space:]]*$1[[:space:]]+([0-9.]+[a-z]*).*/\1/p" <<<"$2" | head -1; }
rps() { sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+)/\1/p' <<<"$1"; }
fouten() { sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' <<<"$1"; }
printf '\n%-40s %12s %10s %10s %8s\n' "" "requests/s" "p50" "p99" "fouten"
printf '%-40s %12s %10s %10s %8s\n' "1 instantie (direct)" "$(rps "$enkel")" "$(cijfer 50% "$enkel")" "$(cijfer 99% "$enkel")" "$(fouten "$enkel")"
printf '%-40s %12s %10s %10s %8s\n' "2 instanties achter HAProxy" "$(rps "$dubbel")" "$(cijfer 50% "$dubbel")" "$(cijfer 99% "$dubbel")" "$(fouten "$dubbel")"
echo "Machine: $(nproc) cores; beide instanties, HAProxy, wrk en PostgreSQL delen ze."
