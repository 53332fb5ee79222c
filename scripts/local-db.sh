#!/usr/bin/env bash
# Starts (and if needed installs and creates) the local PostgreSQL cluster that ./run.sh and ./test.sh use when no
# database is given from outside. The cluster lives in .local/postgres of this checkout, listens only on 127.0.0.1 at a
# private port, runs as the `postgres` user when started by root, and requires a password (scram-sha-256) that is
# generated once and kept in .local/postgres/wachtwoord (mode 0600).
#
# Every database gets two roles of its own (scripts/database-rollen.sql): DATABASE_eigenaar owns the schema and runs
# the migrations, DATABASE_app serves requests and may neither change nor remove audit records. Their passwords are
# generated once too, in .local/postgres/wachtwoord-ROLE (mode 0600). The superuser `postgres` is only for this script
# and for resetting test databases.
#
#   scripts/local-db.sh ensure DATABASE [ROLE...]   start the cluster, create DATABASE and its roles if missing (or
#                                                   bring an older one under them), print one connection string per
#                                                   ROLE, one a line: app (the default), eigenaar or beheerder
#   scripts/local-db.sh stop                        stop the cluster
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$root/.local/postgres"
data="$base/data"

log() { printf '[local-db] %s\n' "$*" >&2; }

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    install_postgres
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  printf '%s' "$dir"
}

install_postgres() {
  log "PostgreSQL is not installed; installing Debian's postgresql package"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  # Debian starts a default cluster on 5432; this project uses its own, so leave that one alone.
}

# Runs a command as the cluster's owner: `postgres` when we are root (PostgreSQL refuses to run as root).
# fd 9 (the lock below) is closed for it: a server started here must not hold the lock for the rest of its life.
als_eigenaar() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@" 9>&-
  else
    "$@" 9>&-
  fi
}

# The port is chosen once per checkout and kept in .local/postgres/poort: PASSENDONDERWIJS_PG_PORT if set, otherwise
# the first free port from 55432, so a second checkout on the same machine gets a cluster of its own.
kies_poort() {
  if [ -s "$base/poort" ]; then poort=$(cat "$base/poort"); return; fi
  poort="${PASSENDONDERWIJS_PG_PORT:-55432}"
  while (exec 3<>"/dev/tcp/127.0.0.1/$poort") 2>/dev/null; do poort=$((poort + 1)); done
  echo "$poort" > "$base/poort"
}

ensure_cluster() {
  local bin="$1"
  mkdir -p "$base"
  if [ ! -f "$data/PG_VERSION" ]; then rm -f "$base/poort"; fi
  kies_poort
  if [ ! -s "$base/wachtwoord" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$base/wachtwoord")
  fi
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$base" "$base/wachtwoord"
    # The postgres user must be able to reach the checkout to find its data folder.
    chmod o+x "$root" "$root/.local" 2>/dev/null || true
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a new cluster in $data"
    als_eigenaar "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 --pwfile="$base/wachtwoord" \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $poort
unix_socket_directories = '$data'
max_connections = 200
shared_buffers = 256MB
fsync = on
CONF
  fi
  if ! als_eigenaar "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # While this cluster was stopped, another checkout's cluster may have taken its port: move to a free one.
    if (exec 3<>"/dev/tcp/127.0.0.1/$poort") 2>/dev/null; then
      rm -f "$base/poort"
      kies_poort
      log "port taken by another server; this cluster moves to $poort"
      sed -i "s/^port = .*/port = $poort/" "$data/postgresql.conf"
    fi
    log "starting the cluster on 127.0.0.1:$poort"
    als_eigenaar "$bin/pg_ctl" -D "$data" -l "$base/postgres.log" -w -t 60 start >/dev/null
  fi
}

# A secret kept in a file of its own under .local/postgres, made once (mode 0600, readable by the cluster's owner).
wachtwoord_in() {
  local bestand="$1"
  if [ ! -s "$bestand" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$bestand")
  fi
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$bestand"; fi
  cat "$bestand"
}

# verbinding DATABASE ROLE: the connection string of app, eigenaar or beheerder (the superuser; checked above).
verbinding() {
  local naam="$1" rol="$2" gebruiker wachtwoord
  poort=$(cat "$base/poort")
  case "$rol" in
    app|eigenaar) gebruiker="${naam}_$rol"; wachtwoord=$(cat "$base/wachtwoord-$gebruiker") ;;
    *) gebruiker=postgres; wachtwoord=$(cat "$base/wachtwoord") ;;
  esac
  printf 'Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=%s\n' "$poort" "$gebruiker" "$wachtwoord" "$naam"
}

ensure_database() {
  local bin="$1" naam="$2"
  poort=$(cat "$base/poort")
  # At most 54 characters, so that NAME_eigenaar stays within PostgreSQL's 63 for a role name.
  if ! [[ "$naam" =~ ^[a-z_][a-z0-9_]{0,53}$ ]]; then
    log "invalid database name (a-z, 0-9, _, at most 54 characters): $naam"; exit 2
  fi
  local bestaat
  bestaat=$(PGPASSWORD="$(cat "$base/wachtwoord")" "$bin/psql" -h 127.0.0.1 -p "$poort" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$naam'")
  if [ "$bestaat" != "1" ]; then
    log "creating database $naam"
    PGPASSWORD="$(cat "$base/wachtwoord")" "$bin/psql" -h 127.0.0.1 -p "$poort" -U postgres -d postgres -qc \
      "CREATE DATABASE $naam" >/dev/null
  fi
}

# The owner and application roles of database $2, by scripts/database-rollen.sql; passwords go in through stdin, so
# they never show in a process list.
ensure_rollen() {
  local bin="$1" naam="$2" eigenaar="${2}_eigenaar" app="${2}_app"
  poort=$(cat "$base/poort")
  {
    printf "SET passendonderwijs.eigenaar = '%s';\nSET passendonderwijs.app = '%s';\n" "$eigenaar" "$app"
    cat "$root/scripts/database-rollen.sql"
    printf "ALTER ROLE %s PASSWORD '%s';\n" "$eigenaar" "$(wachtwoord_in "$base/wachtwoord-$eigenaar")"
    printf "ALTER ROLE %s PASSWORD '%s';\n" "$app" "$(wachtwoord_in "$base/wachtwoord-$app")"
  } | PGPASSWORD="$(cat "$base/wachtwoord")" "$bin/psql" -h 127.0.0.1 -p "$poort" -U postgres -d "$naam" \
      -qX -v ON_ERROR_STOP=1 >/dev/null
}

# Test projects run in parallel and each may call this script: one at a time, so initdb and start never race.
mkdir -p "$base"
exec 9>"$base/.lock"
flock 9

case "${1:-}" in
  ensure)
    [ -n "${2:-}" ] || { log "usage: $0 ensure DATABASE [app|eigenaar|beheerder ...]"; exit 2; }
    for rol in "${@:3}"; do
      case "$rol" in app|eigenaar|beheerder) ;; *) log "unknown role: $rol (app, eigenaar or beheerder)"; exit 2 ;; esac
    done
    bin=$(pg_bin)
    ensure_cluster "$bin"
    ensure_database "$bin" "$2"
    ensure_rollen "$bin" "$2"
    naam="$2"; shift 2
    [ "$#" -gt 0 ] || set -- app
    for rol in "$@"; do verbinding "$naam" "$rol"; done
    ;;
  stop)
    bin=$(pg_bin)
    if [ -f "$data/PG_VERSION" ]; then als_eigenaar "$bin/pg_ctl" -D "$data" -m fast stop || true; fi
    ;;
  *)
    log "usage: $0 ensure DATABASE [app|eigenaar|beheerder ...] | stop"; exit 2 ;;
esac
