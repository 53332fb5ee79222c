#!/usr/bin/env bash
# Benchmarks the beleidsinformatie dashboard at national size (issue 21): the country of scripts/benchmark-landelijk.sh
# (generated once into the same database, with its aanmeldingen and thuiszitters and the Termijnen of every arrangement,
# TLV, OPP, aanmelding and thuiszitter), read as the
# beleidsmedewerker of PO2001 (20,000 pupils at scale 1.0): the whole SWV this schooljaar and last, the version for
# outsiders, one schoolbestuur, one school, the CSV file and the deelnamepercentage, each at 1 and 4 connections with
# p50, p95 and max, side by side with the target (p95 < 1 s per view). Prints figures; asserts nothing; not part of
# ./test.sh.
#   scripts/benchmark-beleidsinformatie.sh [SCHAAL]     (default 1.0; 0.01 for a quick run. POORT=…, DUUR=… seconds per figure (default 10))
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
schaal="${1:-1.0}"
poort="${POORT:-18193}"
basis="http://127.0.0.1:$poort"

start_benchmark_api passendonderwijs_benchmark_landelijk "$basis" Spa__Herkomsten__0="$basis"

meld "Het land genereren op schaal $schaal (eenmalig; een bestaand land krijgt alleen wat ontbreekt)"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll genereer-landelijk "$schaal"

meld "Meten (${DUUR:-10} s per meting, 1 en 4 connecties)"
node scripts/benchmark/beleidsinformatie.mjs "$basis" "${DUUR:-10}" beleid@po2001.landelijk.passendonderwijs.nl
