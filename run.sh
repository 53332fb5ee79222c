#!/usr/bin/env bash
# Runs PassendOnderwijs: API + SPA + Swagger UI on http://localhost:${PORT:-8080}.
# Uses PASSENDONDERWIJS_DB (an Npgsql connection string; PASSENDONDERWIJS_DB_EIGENAAR for migrations) when set;
# otherwise installs (if missing) and starts a local PostgreSQL cluster in .local/postgres, with an owner role that
# migrates and an application role that serves requests. Applies migrations and loads the reference data at start; safe to run again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source scripts/lib.sh

vereis_gereedschap

if [ -z "${PASSENDONDERWIJS_DB:-}" ]; then
  lokale_database passendonderwijs
fi

meld "building the SPA"
npm_pakketten
(cd client && npm run --silent build)

meld "building the API"
dotnet build src/Api -c Release --nologo -v quiet

poort="${PORT:-8080}"
# Local demo mode: demo users and clients (see README), keys kept in .local/sleutels, plain HTTP on localhost.
export Demo__Aan=true Auth__SleutelMap="$root/.local/sleutels" Auth__StaHttpToe=true
export Spa__Herkomsten__0="http://localhost:$poort"
# Notification e-mail as .eml files in .local/mail instead of a mail server, so the demo can show the messages.
export Email__Aan=true Email__PickupMap="$root/.local/mail"
start_api "http://localhost:$poort"
api=$api_pid
trap 'kill "$api" 2>/dev/null; wait "$api" 2>/dev/null' INT TERM EXIT

if wacht_op_gereed "http://localhost:$poort" "$api"; then
  cat <<MSG

PassendOnderwijs draait:
  SPA         http://localhost:$poort/
  API         http://localhost:$poort/api/v1/expertises
  Contract    http://localhost:$poort/api/v1/openapi.json
  Swagger UI  http://localhost:$poort/swagger
  E-mail      $root/.local/mail (meldingen per e-mail, als .eml-bestanden)
Stoppen: Ctrl+C
MSG
  wait "$api"
else
  echo "The API did not become ready; see the log above." >&2
  exit 1
fi
