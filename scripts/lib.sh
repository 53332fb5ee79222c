# Shared helpers for run.sh, test.sh and the scripts in scripts/ (sourced, not run).

meld() { printf '\n==> %s\n' "$*"; }

vereis() {
  command -v "$1" >/dev/null 2>&1 || { echo "$1 is missing: install $2 first." >&2; exit 1; }
}

# What both commands need and cannot install themselves.
vereis_gereedschap() {
  vereis dotnet "the .NET 10 SDK"
  vereis npm "Node.js 20.19 or later with npm"
  vereis curl "curl"
}

# Installs the SPA's npm packages exactly as locked, unless they are already installed from this lock file.
npm_pakketten() {
  if [ ! -f client/node_modules/.package-lock.json ] || [ client/package-lock.json -nt client/node_modules/.package-lock.json ]; then
    (cd client && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Waits until $1/health/ready answers 200, or the process $2 dies, or 120 s pass.
wacht_op_gereed() {
  local url="$1" pid="$2"
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || return 1
    if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  return 1
}

# lokale_database NAME: starts the local cluster (scripts/local-db.sh) and exports the connection strings of database
# NAME: PASSENDONDERWIJS_DB as its application role, which serves requests, and PASSENDONDERWIJS_DB_EIGENAAR as its
# owner, which migrates.
lokale_database() {
  local verbindingen
  verbindingen="$("$root/scripts/local-db.sh" ensure "$1" app eigenaar)" || return 1
  PASSENDONDERWIJS_DB="$(sed -n 1p <<<"$verbindingen")"
  PASSENDONDERWIJS_DB_EIGENAAR="$(sed -n 2p <<<"$verbindingen")"
  export PASSENDONDERWIJS_DB PASSENDONDERWIJS_DB_EIGENAAR
}

# Starts the built API (Release) in the background on 127.0.0.1/localhost:$1 against PASSENDONDERWIJS_DB, serving the
# built SPA (migrating with PASSENDONDERWIJS_DB_EIGENAAR when set); sets $api_pid. The content root is the build output, where appsettings.json is.
start_api() {
  local adres="$1" uitvoer="$root/src/Api/bin/Release/net10.0"
  # Readable log lines on a developer's terminal; a deployment gets JSON lines (README, Telemetry).
  ASPNETCORE_URLS="$adres" ASPNETCORE_CONTENTROOT="$uitvoer" Spa__Pad="$root/client/dist" PubliekeUrl="${PubliekeUrl:-$adres/}" \
    Logging__Console__FormatterName="${Logging__Console__FormatterName:-simple}" dotnet "$uitvoer/PassendOnderwijs.Api.dll" &
  api_pid=$!
}

# start_benchmark_api DATABASE ADDRESS [NAME=VALUE ...]: builds the API and tests/Benchmarks (Release), then starts the API
# on its own database with the demo data, rate limits far above what a benchmark sends, and the extra settings given;
# the API is stopped when the script exits.
start_benchmark_api() {
  local database="$1" adres="$2"; shift 2
  meld "Bouwen (Release)"
  dotnet build src/Api -c Release --nologo -v quiet
  dotnet build tests/Benchmarks -c Release --nologo -v quiet
  lokale_database "$database"
  export Demo__Aan=true Auth__StaHttpToe=true Logging__LogLevel__Default=Warning \
    Snelheidsbegrenzing__PerAanroeperPerMinuut=100000000 Snelheidsbegrenzing__AnoniemPerMinuut=100000000
  local instelling
  for instelling in "$@"; do export "${instelling?}"; done
  meld "API starten op $adres (demogegevens aan, snelheidsgrenzen ruim${*:+, $*})"
  start_api "$adres" >/dev/null
  trap 'kill "$api_pid" 2>/dev/null || true' EXIT
  wacht_op_gereed "$adres" "$api_pid" || { echo "De API start niet." >&2; exit 1; }
}

# --- PostgreSQL client tools (backup.sh, restore.sh) -----------------------------------------------------------------

# pg_gereedschap: sets $pg_bin to the folder of the newest installed PostgreSQL client tools (pg_dump, pg_restore,
# psql): Debian's /usr/lib/postgresql/N/bin, or wherever pg_dump is on the PATH. A pg_dump older than the server
# refuses to dump it, so the newest one wins.
pg_gereedschap() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/pg_dump" ]; then
    vereis pg_dump "PostgreSQL's client tools (Debian: apt-get install postgresql-client)"
    pg_bin="$(dirname "$(command -v pg_dump)")"
  fi
  local tool
  for tool in pg_dump pg_restore psql; do
    [ -x "$pg_bin/$tool" ] || { echo "$pg_bin/$tool ontbreekt: installeer PostgreSQL's client tools." >&2; exit 1; }
  done
}

# libpq_verbinding CONNECTION_STRING: exports the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,
# PGSSLMODE, PGPASSFILE) of an Npgsql connection string, the form PASSENDONDERWIJS_DB has, so pg_dump, pg_restore
# and psql reach the same database as the product. The password goes in through the environment, never as an
# argument that a process list would show. Keys as Npgsql takes them (any case, spaces ignored, the usual synonyms);
# a value may be quoted with ' or " (a doubled quote inside stands for one). Settings libpq has no use for (pooling,
# timeouts) are ignored.
libpq_verbinding() {
  local tekst="$1" i=0 n=${#1} sleutel waarde teken aanhalingsteken
  unset PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSSLMODE PGPASSFILE PGSERVICE
  while [ "$i" -lt "$n" ]; do
    sleutel=""; waarde=""
    while [ "$i" -lt "$n" ] && [ "${tekst:i:1}" != "=" ] && [ "${tekst:i:1}" != ";" ]; do sleutel+="${tekst:i:1}"; i=$((i + 1)); done
    i=$((i + 1))
    while [ "$i" -lt "$n" ] && [ "${tekst:i:1}" = " " ]; do i=$((i + 1)); done
    teken="${tekst:i:1}"
    if [ "$teken" = "'" ] || [ "$teken" = '"' ]; then
      aanhalingsteken="$teken"; i=$((i + 1))
      while [ "$i" -lt "$n" ]; do
        teken="${tekst:i:1}"
        if [ "$teken" = "$aanhalingsteken" ]; then
          if [ "${tekst:i+1:1}" = "$aanhalingsteken" ]; then waarde+="$teken"; i=$((i + 2)); continue; fi
          i=$((i + 1)); break
        fi
        waarde+="$teken"; i=$((i + 1))
      done
      while [ "$i" -lt "$n" ] && [ "${tekst:i:1}" != ";" ]; do i=$((i + 1)); done
    else
      while [ "$i" -lt "$n" ] && [ "${tekst:i:1}" != ";" ]; do waarde+="${tekst:i:1}"; i=$((i + 1)); done
      waarde="${waarde%"${waarde##*[! ]}"}"
    fi
    i=$((i + 1))
    sleutel="$(tr -d ' ' <<<"$sleutel" | tr '[:upper:]' '[:lower:]')"
    case "$sleutel" in
      host|server) export PGHOST="$waarde" ;;
      port) export PGPORT="$waarde" ;;
      database|db) export PGDATABASE="$waarde" ;;
      username|user|userid|uid) export PGUSER="$waarde" ;;
      password|psw|pwd) export PGPASSWORD="$waarde" ;;
      passfile) export PGPASSFILE="$waarde" ;;
      sslmode)
        case "$(tr '[:upper:]' '[:lower:]' <<<"$waarde")" in
          verifyca|verify-ca) export PGSSLMODE=verify-ca ;;
          verifyfull|verify-full) export PGSSLMODE=verify-full ;;
          *) PGSSLMODE="$(tr '[:upper:]' '[:lower:]' <<<"$waarde")"; export PGSSLMODE ;;
        esac ;;
      "") ;;
      *) ;;
    esac
  done
  [ -n "${PGDATABASE:-}" ] || { echo "De verbinding noemt geen database (Database=…)." >&2; return 1; }
}
