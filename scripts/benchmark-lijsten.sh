#!/usr/bin/env bash
# Benchmarks the list searches at the size of a real samenwerkingsverband: the demo data plus S schools and L pupils
# (default 300 and 5,000, generated once into their own database through the domain), then as the demo SWV
# medewerker (signed in as the SPA does) the Scholen searches, filters and sorts and the pupil picker's searches by
# name and date of birth, each with p50/p95/max next to the limit (default 200 ms). Prints figures; asserts nothing.
#   scripts/benchmark-lijsten.sh [SCHOLEN] [LEERLINGEN]      (POORT=…, METINGEN=… requests per figure, GRENS_MS=…)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
scholen="${1:-300}"
leerlingen="${2:-5000}"
poort="${POORT:-18192}"
basis="http://127.0.0.1:$poort"

start_benchmark_api passendonderwijs_benchmark_lijsten "$basis" Spa__Herkomsten__0="$basis"

meld "$scholen scholen en $leerlingen leerlingen genereren bij de demogegevens (eenmalig)"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll genereer-lijsten "$scholen" "$leerlingen"

meld "Zoeken in scholen en leerlingen meten"
node scripts/benchmark/lijsten-zoeken.mjs "$basis" "${METINGEN:-50}" "${GRENS_MS:-200}" medewerker@demo.passendonderwijs.nl
