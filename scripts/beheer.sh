#!/usr/bin/env bash
# Management commands of PassendOnderwijs, run by the API's own executable with the same configuration as ./run.sh:
#   scripts/beheer.sh maak-platformbeheerder --email beheer@example.nl --naam "Pat Platform"
# makes the installation's first platform-beheerder and prints a one-time activation code for /activeren.
# Uses PASSENDONDERWIJS_DB (and PASSENDONDERWIJS_DB_EIGENAAR for the migrations) when set, otherwise the local cluster
# of scripts/local-db.sh, exactly as run.sh does. Exit code 0 when done, 1 when refused, 2 for wrong arguments.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh

vereis dotnet "the .NET 10 SDK"
if [ -z "${PASSENDONDERWIJS_DB:-}" ]; then
  lokale_database passendonderwijs >&2
fi

uitvoer="$root/src/Api/bin/Release/net10.0"
dotnet build src/Api -c Release --nologo -v quiet >&2
# The address people open /activeren on; the same default as run.sh.
PubliekeUrl="${PubliekeUrl:-http://localhost:${PORT:-8080}/}" ASPNETCORE_CONTENTROOT="$uitvoer" \
  Logging__Console__FormatterName="${Logging__Console__FormatterName:-simple}" \
  dotnet "$uitvoer/PassendOnderwijs.Api.dll" beheer "$@"
