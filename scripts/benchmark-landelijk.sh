#!/usr/bin/env bash
# Benchmarks arrangementen at national size (issue 17): generates the country once into its own database (PostgreSQL
# COPY; scale 1.0 = 150 samenwerkingsverbanden, 7,000 vestigingen, 1,000,000 leerlingen, 1,500,000 arrangementen,
# 400,000 OPP's, 150,000 TLV's, about 190,000 aanmeldingen and 2,500 thuiszitters), then measures at 8 and 32 connections (p50, p99, requests/s) the werkvoorraad of the
# medewerker of PO2001 (20,000 pupils at 1.0; its first page and a page a few pages in), the first page of that
# medewerker's TLV and OPP werkvoorraad, the arrangement list (first page, a deep page, filtered), the TLV list's first page, the pupil search, the LAS list and feed of one
# vestiging, and writes (request + decision) across samenwerkingsverbanden, side by side with the target (p99 < 50 ms
# at c=8 for reads). Prints figures; asserts nothing; not part of ./test.sh.
#   scripts/benchmark-landelijk.sh [SCHAAL]     (default 1.0; 0.01 for a quick run. POORT=…, DUUR=… seconds per
#                                                figure (default 15), CONNECTIES=8,32, SCHRIJVERS=… SWV's that write (≤ 8))
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
schaal="${1:-1.0}"
poort="${POORT:-18192}"
basis="http://127.0.0.1:$poort"

start_benchmark_api passendonderwijs_benchmark_landelijk "$basis" Spa__Herkomsten__0="$basis"

meld "Het land genereren op schaal $schaal (eenmalig)"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll genereer-landelijk "$schaal"

# The samenwerkingsverbanden the generator gave a medewerker, PO2001 first (it reads); they alternate PO and VO.
swvs=()
for i in $(seq 0 $((${SCHRIJVERS:-8} - 1))); do
  if [ $((i % 2)) -eq 0 ]; then swvs+=("PO$((2001 + i / 2))"); else swvs+=("VO$((2001 + i / 2))"); fi
done

# The events of an earlier run's writes are delivered in the background (the outbox); measuring while they drain would
# count that work against the reads. This run's own writes come last.
pg_gereedschap
while wachtend="$(libpq_verbinding "$PASSENDONDERWIJS_DB" && "$pg_bin/psql" -Atc \
  "SELECT count(*) FROM outbox_bericht WHERE verwerkt_op IS NULL AND mislukt_op IS NULL")" && [ "$wachtend" -gt 0 ]; do
  echo "De outbox levert nog $wachtend gebeurtenissen van een eerdere meting af; wachten."
  sleep 10
done

meld "Meten (${DUUR:-15} s per meting, connecties ${CONNECTIES:-8,32})"
node scripts/benchmark/landelijk.mjs "$basis" "${DUUR:-15}" "${CONNECTIES:-8,32}" "${swvs[@]}"
piek_kib="$(sed -nE 's/^VmHWM:[[:space:]]+([0-9]+) kB/\1/p' "/proc/$api_pid/status")"
echo "Piekgeheugen API-proces (VmHWM): $((piek_kib / 1024)) MiB"
