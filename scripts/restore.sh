#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a database the operator names: checks the dump against its checksum,
# refuses a database that already holds tables unless told --vervang, restores with pg_restore as the owner role in one
# transaction, gives the application role its rights again (scripts/database-rollen.sql) and says which migration the
# database is on now compared to this version of the product. See README, "Backups".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/lib.sh"

gebruik() {
  cat <<'TEKST'
Gebruik: scripts/restore.sh [--database NAAM] [--vervang] BACKUP

Zet een backup van scripts/backup.sh terug (BACKUP: de map met backup.txt, of de dump daarin) in een database:
  PASSENDONDERWIJS_DB_EIGENAAR en PASSENDONDERWIJS_DB   de database waar die verbindingen naar wijzen: de eigenaarsrol
                                zet terug, de applicatierol krijgt daarna haar rechten terug (--database NAAM neemt met
                                dezelfde rollen een andere database op dezelfde server); de database en de rollen
                                bestaan al (README, "The database's two roles");
  geen van beide                de lokale cluster van scripts/local-db.sh: --database NAAM is dan verplicht; database en
                                rollen worden zo nodig gemaakt.

Een database met tabellen wordt niet overschreven, tenzij met --vervang: dan gaat eerst alles in schema public weg.

Opties:
  --database NAAM   de database waarin terug te zetten
  --vervang         een database die niet leeg is toch overschrijven
  -h, --help        deze tekst
TEKST
}

backup=""
database=""
vervang=false
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) gebruik; exit 0 ;;
    --database) [ $# -ge 2 ] || { gebruik >&2; exit 2; }; database="$2"; shift 2 ;;
    --vervang) vervang=true; shift ;;
    -*) echo "Onbekende optie: $1" >&2; gebruik >&2; exit 2 ;;
    *) [ -z "$backup" ] || { echo "Noem één backup." >&2; exit 2; }; backup="$1"; shift ;;
  esac
done
[ -n "$backup" ] || { echo "Welke backup? Noem de map die scripts/backup.sh maakte." >&2; gebruik >&2; exit 2; }

# --- the backup ------------------------------------------------------------------------------------------------------
[ -f "$backup" ] && backup="$(dirname "$backup")"
manifest="$backup/backup.txt"
[ -f "$manifest" ] || { echo "$backup is geen (volledige) backup: backup.txt ontbreekt." >&2; exit 1; }
veld() { sed -n "s/^$1=//p" "$manifest" | head -n 1; }
[ "$(veld formaat)" = "pg_dump-custom" ] || { echo "Onbekend backupformaat in $manifest: $(veld formaat)" >&2; exit 1; }
dump="$backup/$(veld bestand)"
[ -f "$dump" ] || { echo "De dump $dump ontbreekt." >&2; exit 1; }
if [ "$(sha256sum "$dump" | cut -d' ' -f1)" != "$(veld sha256)" ]; then
  echo "De dump $dump klopt niet met zijn controlesom in backup.txt: beschadigd of veranderd. Er is niets teruggezet." >&2
  exit 1
fi
migratie="$(veld migratie)"

pg_gereedschap
"$pg_bin/pg_restore" --list "$dump" >/dev/null || { echo "pg_restore kan $dump niet lezen. Er is niets teruggezet." >&2; exit 1; }

# --- the target database ---------------------------------------------------------------------------------------------
lokaal=false
if [ -n "${PASSENDONDERWIJS_DB_EIGENAAR:-}" ] || [ -n "${PASSENDONDERWIJS_DB:-}" ]; then
  [ -n "${PASSENDONDERWIJS_DB:-}" ] || {
    echo "Zet ook PASSENDONDERWIJS_DB (de applicatierol): die krijgt na het terugzetten haar rechten terug." >&2; exit 2; }
  eigenaar_verbinding="${PASSENDONDERWIJS_DB_EIGENAAR:-$PASSENDONDERWIJS_DB}"
  app_verbinding="$PASSENDONDERWIJS_DB"
else
  [ -n "$database" ] || { echo "Noem de database in de lokale cluster: --database NAAM." >&2; exit 2; }
  lokaal=true
  lokale_database "$database" >/dev/null
  eigenaar_verbinding="$PASSENDONDERWIJS_DB_EIGENAAR"
  app_verbinding="$PASSENDONDERWIJS_DB"
fi

libpq_verbinding "$app_verbinding"
app="$PGUSER"
libpq_verbinding "$eigenaar_verbinding"
eigenaar="$PGUSER"
[ -z "$database" ] || export PGDATABASE="$database"
database="$PGDATABASE"

psql_eigenaar() { "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 "$@"; }

if ! psql_eigenaar -c "SELECT 1" >/dev/null; then
  echo "Database $database is niet te bereiken als $eigenaar (zie de melding hierboven). Bestaat ze, met haar twee rollen? (README, \"The database's two roles\")" >&2
  exit 1
fi

# "Not empty": anything of a schema in public (tables, views, sequences, functions, types), so a half-made or newer
# database is never mixed with a restore.
objecten=$(psql_eigenaar -c "
  SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r','p','v','m','S','f'))
       + (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)")
if [ "$objecten" != "0" ]; then
  if [ "$vervang" != true ]; then
    echo "Database $database is niet leeg ($objecten objecten in schema public). Er is niets teruggezet." >&2
    echo "Overschrijven: voeg --vervang toe (alles in schema public gaat dan eerst weg)." >&2
    exit 1
  fi
  meld "Database $database leegmaken (--vervang): schema public opnieuw"
  # As the owner, who owns schema public; CASCADE takes every object in it, whoever made it.
  psql_eigenaar -c "SET client_min_messages = warning" -c "DROP SCHEMA public CASCADE" -c "CREATE SCHEMA public"
fi

# --- restore ---------------------------------------------------------------------------------------------------------
meld "Backup $backup terugzetten in database $database als $eigenaar"
begin=$(date +%s)
# --no-owner: every object becomes the restoring owner's, whatever the roles were called where the backup was made.
# --no-privileges: the grants of the old roles mean nothing here; database-rollen.sql gives them again below.
# --single-transaction: all or nothing. The audit log's triggers come after its rows (pg_restore's order), and refuse
# nothing here anyway: a restore only inserts.
"$pg_bin/pg_restore" --dbname="$database" --no-owner --no-privileges --single-transaction --exit-on-error --no-password "$dump"

# --- the application role's rights -----------------------------------------------------------------------------------
if [ "$app" = "$eigenaar" ]; then
  rechten="geen aparte applicatierol (één verbinding voor alles): geen rechten te geven"
elif [ "$lokaal" = true ]; then
  # As the cluster's superuser, the whole role script, the same run as ./run.sh's.
  lokale_database "$database" >/dev/null
  rechten="scripts/database-rollen.sql als superuser (scripts/local-db.sh)"
else
  {
    printf "SET passendonderwijs.eigenaar = '%s';\nSET passendonderwijs.app = '%s';\n" "${eigenaar//\'/\'\'}" "${app//\'/\'\'}"
    cat "$root/scripts/database-rollen.sql"
  } | psql_eigenaar -f -
  rechten="scripts/database-rollen.sql als $eigenaar (rechten in de database)"
fi

# --- what it did -----------------------------------------------------------------------------------------------------
tabellen=$(psql_eigenaar -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
auditregels=$(psql_eigenaar -c "SELECT count(*) FROM audit_regel")
nu=$(psql_eigenaar -c "SELECT max(migration_id) FROM __ef_migrations_history")
cat <<MELDING
Teruggezet in $(($(date +%s) - begin)) s:
  backup        $backup (gemaakt $(veld gemaakt), van database $(veld database))
  database      $database: $tabellen tabellen, $auditregels auditregels
  rechten       $rechten
  migratie      $nu
MELDING

# Which migrations this checkout of the product has: a newer product migrates further at its start; an older one
# does not know the database's last migration and refuses to start on it.
product=$(find "$root/src/Infrastructure/Persistence/Migrations" -maxdepth 1 -name '[0-9]*_*.cs' ! -name '*.Designer.cs' \
  -printf '%f\n' 2>/dev/null | sed 's/\.cs$//' | sort | tail -n 1 || true)
if [ -z "$product" ]; then
  echo "  (de migraties van het product zijn hier niet te zien: vergelijk $nu met die van de versie die je start)"
elif [ "$nu" = "$product" ]; then
  echo "  Dat is de laatste migratie van deze versie van het product: de API kan zo starten."
elif [[ "$nu" < "$product" ]]; then
  echo "  Deze versie van het product is nieuwer (tot $product): de API migreert bij de start verder"
  echo "  (Database__MigreerBijStart), of migreer eerst apart."
else
  echo "  LET OP: de backup komt van een nieuwere versie van het product dan deze (die kent migraties tot $product)."
  echo "  Deze versie start niet op deze database: start de versie die de backup maakte, of een nieuwere."
fi
[ "$nu" = "$migratie" ] || echo "  LET OP: backup.txt noemde migratie $migratie, de database staat op $nu." >&2
