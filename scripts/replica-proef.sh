#!/usr/bin/env bash
# A real streaming replica of the local cluster (scripts/local-db.sh) and the API reading from it: the m2m sync's lists
# and feeds go to the replica (PASSENDONDERWIJS_DB_LEZEN), everything else to the primary. The script
#   1. starts the API on the primary with the demo data (start_benchmark_api);
#   2. makes a replica with pg_basebackup -R into .local/postgres-replica, on a port of its own, hot standby;
#   3. starts a second instance with PASSENDONDERWIJS_DB_LEZEN pointing at the replica;
#   4. runs a LAS sync through it: a full copy of the arrangementen (pages) and of the register (ndjson), then the feeds;
#   5. changes an arrangement on the primary and shows the feed at the replica instance picking it up, with the lag
#      that pg_stat_replication reports;
#   6. prints the list's throughput with and without the replica side by side;
#   7. stops the replica and removes its data folder.
# Prints what it sees; asserts nothing beyond a sync that must work. Not part of ./test.sh. Needs wrk and jq (from
# Debian when missing, as root).
#   scripts/replica-proef.sh            (DUUR=… seconds per load figure, default 15)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
for pakket in wrk jq; do
  if ! command -v "$pakket" >/dev/null 2>&1; then
    meld "$pakket installeren (Debian)"
    apt-get install -y "$pakket" >/dev/null
  fi
done

database=passendonderwijs_replica_proef
primair="http://127.0.0.1:18311"
replica_api="http://127.0.0.1:18312"
duur="${DUUR:-15}"
sleutels="$(mktemp -d)"
cluster="$root/.local/postgres"
replica="$root/.local/postgres-replica"

# Runs a command as the cluster's owner: `postgres` when we are root (PostgreSQL refuses to run as root).
als_eigenaar() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# 1. The primary, migrated, with the demo data; the instance that reads only from it.
start_benchmark_api "$database" "$primair" Auth__SleutelMap="$sleutels" PubliekeUrl="$primair/"
primair_pid=$api_pid
pg_gereedschap
poort="$(cat "$cluster/poort")"
superuser() { PGPASSWORD="$(cat "$cluster/wachtwoord")" "$pg_bin/psql" -h 127.0.0.1 -p "$1" -U postgres -d "$database" -qtAX -c "$2"; }

replica_pid=""
opruimen() {
  kill "$primair_pid" ${replica_pid:+"$replica_pid"} 2>/dev/null || true
  if [ -f "$replica/PG_VERSION" ]; then
    als_eigenaar "$pg_bin/pg_ctl" -D "$replica" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$replica" "$sleutels"
}
trap opruimen EXIT

# 2. The replica: a base backup that streams the WAL it needs (-X stream) and writes standby.signal and primary_conninfo
# (-R), so it starts as a hot standby that follows the primary. wal_level=replica and max_wal_senders=10 are
# PostgreSQL's defaults, and initdb's pg_hba.conf lets the superuser replicate over 127.0.0.1. (It warns that it skips
# the primary's socket file, which the local cluster keeps in its data folder: harmless.)
meld "Streaming replica maken (pg_basebackup -R) in $replica"
rm -rf "$replica"
mkdir -p "$replica"
chmod 700 "$replica"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$replica"; fi
als_eigenaar env PGPASSWORD="$(cat "$cluster/wachtwoord")" "$pg_bin/pg_basebackup" \
  -h 127.0.0.1 -p "$poort" -U postgres -D "$replica" -R -X stream -c fast
replica_poort=$((poort + 1))
while (exec 3<>"/dev/tcp/127.0.0.1/$replica_poort") 2>/dev/null; do replica_poort=$((replica_poort + 1)); done
# hot_standby_feedback: the primary keeps the rows a long read on the replica still needs, so vacuum does not cancel it.
als_eigenaar "$pg_bin/pg_ctl" -D "$replica" -l "$replica/replica.log" -w -t 60 \
  -o "-p $replica_poort -c unix_socket_directories=$replica -c hot_standby=on -c hot_standby_feedback=on" start >/dev/null
echo "Replica op poort $replica_poort, in herstelmodus: $(superuser "$replica_poort" 'SELECT pg_is_in_recovery()')"
superuser "$poort" "SELECT 'pg_stat_replication: ' || application_name || ', ' || state || ', ' || sync_state FROM pg_stat_replication"

# 3. The second instance: the same primary and key folder, the lists and feeds of machine clients from the replica.
lezen="${PASSENDONDERWIJS_DB/Port=$poort/Port=$replica_poort}"
meld "Tweede instantie op $replica_api met PASSENDONDERWIJS_DB_LEZEN naar de replica"
PASSENDONDERWIJS_DB_LEZEN="$lezen" Database__MigreerBijStart=false start_api "$replica_api" >/dev/null
replica_pid=$api_pid
wacht_op_gereed "$replica_api" "$replica_pid" || { echo "De tweede instantie start niet." >&2; exit 1; }

# 4. A LAS sync through the replica instance.
meld "LAS-synchronisatie via de replica"
token="$(curl -fsS -u demo-las:demo-las-geheim-alleen-lokaal -d grant_type=client_credentials \
  -d "scope=aanbieders.lezen arrangementen.lezen" "$replica_api/connect/token" | jq -r .access_token)"
lees() { curl -fsS -H "Authorization: Bearer $token" "$@"; }

pad="/api/v1/arrangementen?pageSize=100"
ids=()
while :; do
  pagina="$(lees "$replica_api$pad")"
  mapfile -t -O "${#ids[@]}" ids < <(jq -r '.arrangementen[].id' <<<"$pagina")
  cursor="$(jq -r '.volgendeCursor // empty' <<<"$pagina")"
  [ -n "$cursor" ] || break
  pad="/api/v1/arrangementen?pageSize=100&cursor=$cursor"
done
arrangementtoken="$(jq -r .wijzigingenToken <<<"$pagina")"
echo "Volledige kopie arrangementen: ${#ids[@]} arrangementen, token ontvangen"
[ "${#ids[@]}" -gt 0 ] || { echo "De demo-LAS ziet geen arrangementen." >&2; exit 1; }

lees -H 'Accept: application/x-ndjson' "$replica_api/api/v1/onderwijsbegeleidingsaanbieders" > "$sleutels/aanbieders.ndjson"
aanbiedertoken="$(tail -n 1 "$sleutels/aanbieders.ndjson" | jq -r .wijzigingenToken)"
echo "Volledige kopie register (ndjson): $(($(wc -l < "$sleutels/aanbieders.ndjson") - 1)) aanbieders, token ontvangen"
echo "Wijzigingenfeed register: $(lees "$replica_api/api/v1/onderwijsbegeleidingsaanbieders/wijzigingen?token=$aanbiedertoken" | jq '.wijzigingen | length') wijzigingen"
echo "Wijzigingenfeed arrangementen: $(lees "$replica_api/api/v1/arrangementen/wijzigingen?token=$arrangementtoken" | jq '.arrangementen | length') wijzigingen"
echo "Verbindingen van de API met de replica (pg_stat_activity daar): $(superuser "$replica_poort" "SELECT count(*) FROM pg_stat_activity WHERE usename = '${database}_app'")"

# 5. A change on the primary: a touch of one of the LAS's arrangementen, which the trigger gives the next change
# number, as any saved change gets one. The feed at the replica instance shows it once the replica has replayed it.
meld "Wijziging op de primary, gevolgd door de feed op de replica"
gewijzigd="${ids[0]}"
libpq_verbinding "$PASSENDONDERWIJS_DB"
"$pg_bin/psql" -qtAX -c "UPDATE arrangement SET versie = versie WHERE id = '$gewijzigd'" >/dev/null
superuser "$poort" "SELECT 'vertraging (pg_stat_replication): write ' || coalesce(write_lag::text, '0') || ', flush ' || coalesce(flush_lag::text, '0') || ', replay ' || coalesce(replay_lag::text, '0') || ', ' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) || ' bytes WAL nog af te spelen' FROM pg_stat_replication"
pogingen=0
gevonden=""
start=$(date +%s%N)
while [ "$pogingen" -lt 200 ] && [ -z "$gevonden" ]; do
  pogingen=$((pogingen + 1))
  gevonden="$(lees "$replica_api/api/v1/arrangementen/wijzigingen?token=$arrangementtoken" | jq -r --arg id "$gewijzigd" '.arrangementen[] | select(.id == $id) | .id')"
done
[ -n "$gevonden" ] || { echo "De feed op de replica toont de wijziging niet." >&2; exit 1; }
echo "De feed via de replica toont het gewijzigde arrangement na $pogingen verzoek(en), $(( ($(date +%s%N) - start) / 1000000 )) ms"
# A token of the primary's newest state at the replica instance: served (by the replica once it has replayed that
# state, or by the primary, which has the last word over a token the replica cannot vouch for).
primairtoken="$(lees "$primair/api/v1/arrangementen/wijzigingen?token=$arrangementtoken" | jq -r .wijzigingenToken)"
echo "Token van de primary bij de replica-instantie: HTTP $(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$replica_api/api/v1/arrangementen/wijzigingen?token=$primairtoken")"

# 6. Throughput of the same list with the same token: one instance reads from the primary, the other from the replica.
meld "Doorvoer: lijst (25 per pagina), 2 threads, 16 verbindingen, $duur s per meting"
lijst="/api/v1/onderwijsbegeleidingsaanbieders?pageSize=25"
lees -o /dev/null "$primair$lijst"
lees -o /dev/null "$replica_api$lijst"
zonder="$(wrk -t2 -c16 -d"${duur}s" --latency -H "Authorization: Bearer $token" "$primair$lijst")"
met="$(wrk -t2 -c16 -d"${duur}s" --latency -H "Authorization: Bearer $token" "$replica_api$lijst")"
cijfer() { sed -nE "s/^[[:space:]]*$1[[:space:]]+([0-9.]+[a-z]*).*/\1/p" <<<"$2" | head -1; }
rps() { sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+)/\1/p' <<<"$1"; }
fouten() { sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' <<<"$1"; }
printf '\n%-40s %12s %10s %10s %8s\n' "" "requests/s" "p50" "p99" "fouten"
printf '%-40s %12s %10s %10s %8s\n' "zonder replica (leest de primary)" "$(rps "$zonder")" "$(cijfer 50% "$zonder")" "$(cijfer 99% "$zonder")" "$(fouten "$zonder")"
printf '%-40s %12s %10s %10s %8s\n' "met replica (PASSENDONDERWIJS_DB_LEZEN)" "$(rps "$met")" "$(cijfer 50% "$met")" "$(cijfer 99% "$met")" "$(fouten "$met")"
echo "Machine: $(nproc) cores; primary, replica, beide instanties en wrk delen ze: het gaat hier om correctheid, niet om snelheid."
superuser "$poort" "SELECT 'replica na de meting: ' || state || ', replay ' || coalesce(replay_lag::text, '0') || ', ' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) || ' bytes achter' FROM pg_stat_replication"

# 7. The trap stops both instances and the replica and removes its data folder.
meld "Replica stoppen en verwijderen"
