#!/usr/bin/env bash
# Benchmarks the arrangementen pages the SPA opens most, on the demo data plus N generated arrangementen (default
# 10,000, generated once into their own database through the domain): per demo person (swv-medewerker and
# school-medewerker, signed in as the SPA does) the werkvoorraad and the first page of the list and of the overview
# (side by side: whole arrangementen against summary rows), with p50/p95/max
# latency, response bytes, item counts and the API's peak memory. Prints figures; asserts nothing.
#   scripts/benchmark-arrangementen.sh [AANTAL_ARRANGEMENTEN]      (POORT=… for another API port, METINGEN=… requests per figure)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
aantal="${1:-10000}"
poort="${POORT:-18191}"
basis="http://127.0.0.1:$poort"

start_benchmark_api passendonderwijs_benchmark_arrangementen "$basis" Spa__Herkomsten__0="$basis"

meld "$aantal arrangementen genereren bij de demogegevens (eenmalig)"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll genereer-arrangementen "$aantal"

meld "Werkvoorraad en lijst meten per persoon"
node scripts/benchmark/arrangementen-lijsten.mjs "$basis" "$api_pid" "${METINGEN:-50}" \
  medewerker@demo.passendonderwijs.nl ib@demo.passendonderwijs.nl
