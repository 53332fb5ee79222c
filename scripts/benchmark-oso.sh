#!/usr/bin/env bash
# Benchmarks the OSO dossier import against the running product with the demo data: the time per import of each
# official example (median and p99 over N imports, each as another pupil), next to the target for the largest
# (under 0.5 s), and the API's memory while importing the largest; then the same examples through the reader alone
# (XSD, rules), in-process, to show what of an import is reading. Prints figures; asserts nothing.
#   scripts/benchmark-oso.sh [N]   (default 200)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
aantal="${1:-200}"
poort=18191
basis="http://127.0.0.1:$poort"

start_benchmark_api passendonderwijs_benchmark_oso "$basis"

token() {
  curl -fsS -u "$1" -d grant_type=client_credentials -d scope=dossiers.aanleveren "$basis/connect/token" \
    | sed -nE 's/.*"access_token"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/p'
}
po="$(token demo-las:demo-las-geheim-alleen-lokaal)"
vo="$(token demo-las-vo:demo-las-vo-geheim-alleen-lokaal)"

meld "Importeren via de API"
node scripts/benchmark/oso-import.mjs "$basis" "$api_pid" "$aantal" "$po" "$vo" tests/TestData/Oso

meld "Alleen lezen en controleren (XSD en OSO-regels), zonder API en database"
dotnet tests/Benchmarks/bin/Release/net10.0/PassendOnderwijs.Benchmarks.dll oso-lezen "$aantal" tests/TestData/Oso/*.xml
