#!/usr/bin/env bash
# Benchmarks "Wat past?" (GET /leerlingen/{id}/passende-settingen, issue 22) at national size: the country of
# scripts/benchmark-landelijk.sh (generated once into the same database; a country generated before gets only what is
# missing: the levels of every school's ondersteuningsprofiel, onderwijsbehoeften with levels and expertises for one in
# eight pupils, a postcode area for every pupil, each SWV's arrangementinhoud and the register of 10,000 aanbieders
# with 100,000 aangeboden begeleidingen working in the country's regions), read as the medewerker of PO2001 (20,000
# pupils at scale 1.0) over many different pupils with levels (fixed seed) at 1, 4 and 8 connections: p50, p99, max and
# requests/s, side by side with the target (p99 < 100 ms). Prints figures; asserts nothing; not part of ./test.sh.
#   scripts/benchmark-matching.sh [SCHAAL]     (default 1.0; 0.01 for a quick run. POORT=…, DUUR=… seconds per figure
#                                               (default 10), LEERLINGEN=… different pupils (default 500))
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
schaal="${1:-1.0}"
poort="${POORT:-18194}"
basis="http://127.0.0.1:$poort"

start_benchmark_api passendonderwijs_benchmark_landelijk "$basis" Spa__Herkomsten__0="$basis"

meld "Het land genereren op schaal $schaal (eenmalig; een bestaand land krijgt alleen wat ontbreekt)"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll genereer-landelijk "$schaal"

meld "Meten (${DUUR:-10} s per meting, 1, 4 en 8 connecties)"
node scripts/benchmark/matching.mjs "$basis" "${DUUR:-10}" medewerker@po2001.landelijk.passendonderwijs.nl "${LEERLINGEN:-500}"
