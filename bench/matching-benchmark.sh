#!/usr/bin/env bash
# Cross-border matching benchmark: `./salw matches` over N firearm records generated inside PostgreSQL
# (bench/matching-benchmark.sql, SYNTHETIC): N firearm item lines in 2N/5 events of five countries, 1% of
# them the firearm of an earlier item seen again (same serial key, another spelling), 0.1% a look-alike
# one digit apart with the same make, model and calibre, and N/50 lost or stolen records of which a fifth
# are items' firearms.
#
# Usage, from the repository root (needs psql and a PostgreSQL server you may create a database on):
#   PGHOST=localhost PGPORT=55432 PGUSER=postgres bench/matching-benchmark.sh [--items 5000000] [--rounds 3]
#   --items N    firearm item lines (default 5,000,000)
#   --rounds R   run the matching R times; the median is reported
#   --reuse      keep the database a previous run loaded (after Flyway has migrated it) and time the matching only
# Otherwise the database "salw_matching_bench" (or $BENCH_DB) is dropped and created again.
#
# What is timed:
#   load      the records, inserted in chunks of 500,000 with the matching triggers disabled, then
#             match_rebuild_serial_index() (the search tables, set-based); both are load-time work
#   trigger   20,000 more items inserted with the triggers on, beside 20,000 without (what an import chunk pays
#             for the search tables)
#   matches   `./salw matches --json` end to end (JVM, Spring, database, output) and, inside it, the matching
#             itself as the command reports it on stderr; plus EXPLAIN ANALYZE of its candidate query
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

items=5000000
rounds=3
reuse=0
while [ $# -gt 0 ]; do
  case "$1" in
    --items) items="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --reuse) reuse=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
db="${BENCH_DB:-salw_matching_bench}"
export SALW_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SALW_DB_USER="$PGUSER"
export SALW_DB_PASSWORD="${SALW_DB_PASSWORD:-${PGPASSWORD:-x}}"
work="${BENCH_WORK:-$root/salw-out/matching-benchmark}"
mkdir -p "$work"

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
triggers() {  # enable|disable
  for t in case_item_match_on_insert case_item_match_on_update; do psql_q -c "ALTER TABLE case_item $1 TRIGGER $t"; done
  for t in lost_stolen_match_on_insert lost_stolen_match_on_update; do psql_q -c "ALTER TABLE lost_stolen $1 TRIGGER $t"; done
}

./salw --version >/dev/null  # builds if sources changed
# a copy of the application, so that a build during the run does not change what is measured
cp batch-jobs/target/batch-jobs-0.1.0-SNAPSHOT.jar "$work/salw.jar"
salw() { java ${SALW_JAVA_OPTS:-} -jar "$work/salw.jar" "$@"; }
echo "machine: $(nproc) processors, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1);" \
    "$(psql -X -At -d postgres -c 'SHOW server_version')"

if [ "$reuse" = 1 ]; then
  salw jobs --json >/dev/null  # migrates the schema if the application is newer
else
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
salw jobs --json >/dev/null  # creates the schema (Flyway)
psql_q -f bench/matching-benchmark.sql
psql_q -c "INSERT INTO source_file (file_name, sha256, kind, format, encoding)
           VALUES ('matching-benchmark (SYNTHETIC)', repeat('0', 64), 'RECORDS', 'GENERATED', 'UTF-8')"
first_file=$(psql_q -At -c "SELECT min(id) FROM source_file")
[ "$first_file" = 1 ] || { echo "expected source_file 1, found $first_file" >&2; exit 1; }

triggers disable
load_start=$(now)
chunk=500000
for ((first = 1; first <= items; first += chunk)); do
  last=$((first + chunk - 1)); [ "$last" -le "$items" ] || last=$items
  psql_q -c "SELECT bench.load_items($first, $last)" >/dev/null
  printf '  items %d-%d loaded (%.0f s)\n' "$first" "$last" "$(since "$load_start")"
done
start=$(now)
psql_q -c "SELECT bench.load_items($((items + 1)), $((items + 20000)))" >/dev/null
no_trigger=$(since "$start")
psql_q -c "SELECT bench.load_lost_stolen($((items / 50)), $items)" >/dev/null
load=$(since "$load_start")
start=$(now)
psql_q -c "SELECT match_rebuild_serial_index()" >/dev/null
rebuild=$(since "$start")
triggers enable
start=$(now)
psql_q -c "SELECT bench.load_items($((items + 20001)), $((items + 40000)))" >/dev/null
trigger=$(since "$start")
psql_q -c "VACUUM ANALYZE"
psql_q -c "CHECKPOINT"

psql_q -c "CHECKPOINT"
records=$(psql_q -At -c "SELECT (SELECT count(*) FROM case_item WHERE item_class = 'FIREARM' AND serial_key IS NOT NULL)
    + (SELECT count(*) FROM lost_stolen WHERE serial_key IS NOT NULL)")
echo "records: $(psql_q -At -c "SELECT count(*) FROM case_item") firearm item lines," \
    "$(psql_q -At -c "SELECT count(*) FROM case_event") events," \
    "$(psql_q -At -c "SELECT count(*) FROM lost_stolen") lost or stolen; $records matchable records;" \
    "$(psql_q -At -c "SELECT count(*) FROM match_serial_variant") serial variants," \
    "$(psql_q -At -c "SELECT count(*) FROM match_serial_near") key pairs one digit apart;" \
    "database $(psql_q -At -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
printf 'load (triggers off) %.1f s; match_rebuild_serial_index() %.1f s;' "$load" "$rebuild"
printf ' 20,000 items with triggers %.1f s, without %.1f s\n' "$trigger" "$no_trigger"
fi

: > "$work/rounds.txt"
for round in $(seq "$rounds"); do
  start=$(now)
  salw matches --json > "$work/matches.json" 2> "$work/matches.err"
  wall=$(since "$start")
  inner=$(sed -n 's/.*matched in \([0-9.]*\) s.*/\1/p' "$work/matches.err")
  echo "$wall $inner" >> "$work/rounds.txt"
  printf 'round %d: salw matches --json %.1f s (matching %s s): %s\n' "$round" "$wall" "$inner" \
      "$(grep 'matched in' "$work/matches.err")"
done
printf 'median of %d: command %.1f s, matching %.1f s\n' "$rounds" "$(cut -d' ' -f1 "$work/rounds.txt" | median)" \
    "$(cut -d' ' -f2 "$work/rounds.txt" | median)"
salw matches --explain > "$work/explain.txt" 2>/dev/null
echo "query plan: $work/explain.txt"
grep -E 'Execution Time|Planning Time' "$work/explain.txt" || true
