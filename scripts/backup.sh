#!/usr/bin/env bash
# Makes a consistent backup of the product's database: pg_dump in its custom format (one snapshot, so every table is
# as it was at the same moment, while the API keeps serving), with beside it backup.txt, which says which migration
# the database was on, and the dump's checksum. scripts/restore.sh reads both. See README, "Backups".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/lib.sh"

gebruik() {
  cat <<'TEKST'
Gebruik: scripts/backup.sh [--database NAAM] [--bewaar DAGEN] [MAP]

Maakt een backup van de database van PassendOnderwijs in MAP (een nieuwe of lege map; standaard
.local/backups/DATABASE-JJJJMMDD-UUMMSS): passendonderwijs.dump (pg_dump, custom-formaat) en backup.txt (de
migratie waarop de database stond, de controlesom van de dump, wanneer en waarvan). Alleen de eigenaar mag de
map lezen: de dump bevat leerlinggegevens.

Welke database, zoals het product zelf:
  PASSENDONDERWIJS_DB_EIGENAAR   de verbinding van de eigenaarsrol (aanbevolen: alleen die mag alles lezen);
  PASSENDONDERWIJS_DB            zonder PASSENDONDERWIJS_DB_EIGENAAR: die ene verbinding;
  geen van beide                 de lokale cluster van scripts/local-db.sh, database NAAM (standaard passendonderwijs).

Opties:
  --database NAAM   database in de lokale cluster (alleen als er geen verbinding is ingesteld)
  --bewaar DAGEN    verwijder daarna in dezelfde bovenmap de backups (mappen met backup.txt) ouder dan DAGEN dagen
  -h, --help        deze tekst
TEKST
}

map=""
lokaal=""
bewaar=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) gebruik; exit 0 ;;
    --database) [ $# -ge 2 ] || { gebruik >&2; exit 2; }; lokaal="$2"; shift 2 ;;
    --bewaar) [ $# -ge 2 ] || { gebruik >&2; exit 2; }; bewaar="$2"; shift 2 ;;
    -*) echo "Onbekende optie: $1" >&2; gebruik >&2; exit 2 ;;
    *) [ -z "$map" ] || { echo "Noem één map." >&2; exit 2; }; map="$1"; shift ;;
  esac
done
if [ -n "$bewaar" ] && ! [[ "$bewaar" =~ ^[1-9][0-9]*$ ]]; then
  echo "--bewaar wil een aantal dagen (1 of meer), niet: $bewaar" >&2; exit 2
fi

pg_gereedschap

# The owner's connection: the application role may read the rows, but only the owner is sure to read every object the
# restore needs, whatever a later migration adds.
if [ -n "${PASSENDONDERWIJS_DB_EIGENAAR:-}" ] || [ -n "${PASSENDONDERWIJS_DB:-}" ]; then
  [ -z "$lokaal" ] || { echo "--database geldt alleen voor de lokale cluster; de database staat al in de verbinding." >&2; exit 2; }
  if [ -n "${PASSENDONDERWIJS_DB_EIGENAAR:-}" ]; then
    verbinding="$PASSENDONDERWIJS_DB_EIGENAAR"; bron="PASSENDONDERWIJS_DB_EIGENAAR"
  else
    verbinding="$PASSENDONDERWIJS_DB"; bron="PASSENDONDERWIJS_DB (PASSENDONDERWIJS_DB_EIGENAAR is niet gezet)"
  fi
else
  lokale_database "${lokaal:-passendonderwijs}" >/dev/null
  verbinding="$PASSENDONDERWIJS_DB_EIGENAAR"; bron="de lokale cluster van scripts/local-db.sh"
fi
libpq_verbinding "$verbinding"
database="$PGDATABASE"

psql_eigenaar() { "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 "$@"; }

if ! schema=$(psql_eigenaar -c "SELECT to_regclass('public.__ef_migrations_history') IS NOT NULL"); then
  echo "Database $database is niet te bereiken als ${PGUSER:-?} (zie de melding hierboven)." >&2
  exit 1
fi
if [ "$schema" != "t" ]; then
  echo "Database $database heeft geen schema van PassendOnderwijs (geen __ef_migrations_history): niets om te bewaren." >&2
  exit 1
fi

if [ -z "$map" ]; then
  map="$root/.local/backups/$database-$(date +%Y%m%d-%H%M%S)"
fi
if [ -e "$map" ] && { [ ! -d "$map" ] || [ -n "$(ls -A "$map")" ]; }; then
  echo "$map bestaat al en is geen lege map: kies een nieuwe map, zodat geen backup een andere overschrijft." >&2
  exit 1
fi
umask 077
mkdir -p "$map"
map="$(cd "$map" && pwd)"
dump="$map/passendonderwijs.dump"
# Until backup.txt is written, the folder is not a backup: a failed or interrupted run leaves nothing that looks whole.
klaar=false
trap '[ "$klaar" = true ] || rm -rf "$map"' EXIT

meld "Backup van database $database (via $bron) naar $map"
begin=$(date +%s)
# One snapshot for the whole dump (pg_dump's own transaction), so it is consistent while the API keeps writing.
# --lock-wait-timeout: if a migration holds a table, fail after a minute instead of waiting behind it for ever.
"$pg_bin/pg_dump" --format=custom --lock-wait-timeout=60s --no-password --file="$dump.deel"
mv "$dump.deel" "$dump"

# The migration is read from the dump itself, not from the live database, so it is the dump's state for certain.
migraties=$("$pg_bin/pg_restore" --data-only --table=__ef_migrations_history --file=- "$dump" |
  awk '/^COPY /{in_copy=1; next} /^\\\.$/{in_copy=0} in_copy{print $1}' | sort)
laatste=$(tail -n 1 <<<"$migraties")
[ -n "$laatste" ] || { echo "De dump bevat geen migraties: geen schema van PassendOnderwijs?" >&2; exit 1; }
tabellen=$("$pg_bin/pg_restore" --list "$dump" | grep -c ' TABLE DATA ' || true)

cat > "$map/backup.txt" <<MANIFEST
# Backup van PassendOnderwijs (scripts/backup.sh); scripts/restore.sh leest dit bestand.
formaat=pg_dump-custom
bestand=passendonderwijs.dump
sha256=$(sha256sum "$dump" | cut -d' ' -f1)
database=$database
gemaakt=$(date -u +%Y-%m-%dT%H:%M:%SZ)
migratie=$laatste
migraties=$(wc -l <<<"$migraties" | tr -d ' ')
tabellen=$tabellen
server=$(psql_eigenaar -c "SHOW server_version")
pg_dump=$("$pg_bin/pg_dump" --version | awk '{print $3}')
MANIFEST
klaar=true

cat <<MELDING
Backup gemaakt in $(($(date +%s) - begin)) s:
  map        $map
  dump       passendonderwijs.dump ($(du -h "$dump" | cut -f1), $tabellen tabellen)
  migratie   $laatste
Terugzetten: scripts/restore.sh $map
MELDING

if [ -n "$bewaar" ]; then
  ouder="$(dirname "$map")"
  # Only folders that are backups of this script (they hold its backup.txt), never the one just made.
  while IFS= read -r oud; do
    oud_map="$(dirname "$oud")"
    [ "$oud_map" != "$map" ] || continue
    head -n 1 "$oud" | grep -q '^# Backup van PassendOnderwijs' || continue
    rm -rf -- "$oud_map"
    echo "Verwijderd (ouder dan $bewaar dagen): $oud_map"
  done < <(find "$ouder" -mindepth 2 -maxdepth 2 -name backup.txt -mmin +$((bewaar * 1440)))
fi
