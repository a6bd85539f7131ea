#!/usr/bin/env bash
# Case-records import benchmark: `./salw import records events.csv items.csv` of N generated item lines with
# their events into an empty database, side by side with PostgreSQL's own COPY ... FROM STDIN of the same rows,
# as they end up stored (case_event, case_event_person, case_item: ids, pseudonyms, serial keys and
# provenance included), into the same tables emptied again (every constraint, index and foreign key in place),
# on the same database.
#
# Usage, from the repository root (needs psql and a PostgreSQL server you may create a database on):
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres bench/records-benchmark.sh [--items 1000000] [--rounds 3]
#       [--xmx 512m]
#   --items N    item lines to generate (CaseVolumeGenerator; about 0.34 events per item line)
#   --rounds R   import and COPY R times each, alternating; the median is reported
#   --xmx SIZE   Java heap limit for the imports (SALW_JAVA_OPTS=-XmxSIZE)
#   --embedded   no server of your own: start a throw-away PostgreSQL from the binaries the embedded database
#                of ./salw unpacks (under ${TMPDIR:-/tmp}/embedded-pg; run any ./salw command once first) in
#                salw-out/records-benchmark/pgdata, on port $BENCH_PORT (default 55439), stopped at the end
# Otherwise the server is given by PGHOST, PGPORT, PGUSER (and PGPASSWORD), as for psql.
# The database "salw_bench" (or $BENCH_DB) is dropped and created again for every import. A throw-away
# pseudonym key is used (SALW_PSEUDONYM_KEY), so the benchmark never touches your key file.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

items=1000000
rounds=3
xmx=512m
embedded=false
while [ $# -gt 0 ]; do
  case "$1" in
    --embedded) embedded=true; shift ;;
    --items) items="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work="${BENCH_WORK:-$root/salw-out/records-benchmark}"
mkdir -p "$work"
if $embedded; then
  bin=$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin 2>/dev/null | head -n 1)
  [ -n "$bin" ] || { echo "no embedded PostgreSQL binaries under ${TMPDIR:-/tmp}/embedded-pg: run ./salw jobs once" >&2; exit 2; }
  # initdb and postgres refuse to run as root; the embedded database does what zonky does: a user namespace
  as_user=(); [ "$(id -u)" = 0 ] && as_user=(unshare -U)
  rm -rf "$work/pgdata"
  "${as_user[@]}" "$bin/initdb" -A trust -U postgres -E UTF8 -D "$work/pgdata" >/dev/null
  "${as_user[@]}" "$bin/pg_ctl" -D "$work/pgdata" -o "-p ${BENCH_PORT:-55439} -k $work" -l "$work/pg.log" -w start >/dev/null
  trap '"${as_user[@]}" "$bin/pg_ctl" -D "$work/pgdata" -m fast stop >/dev/null' EXIT
  PGHOST=localhost PGPORT="${BENCH_PORT:-55439}" PGUSER=postgres
fi
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
db="${BENCH_DB:-salw_bench}"
export SALW_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SALW_DB_USER="$PGUSER"
export SALW_DB_PASSWORD="${SALW_DB_PASSWORD:-${PGPASSWORD:-x}}"
export SALW_JAVA_OPTS="-Xmx$xmx"
# a fresh random key for this run only: the pseudonyms are real work, the key is thrown away
SALW_PSEUDONYM_KEY="$(head -c 32 /dev/urandom | base64)"
export SALW_PSEUDONYM_KEY

now() { date +%s.%N; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

[ -f batch-jobs/target/batch-jobs-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -o install -DskipTests
./salw --version >/dev/null  # builds if sources changed
generator_cp="sample-data/target/sample-data-0.1.0-SNAPSHOT.jar:core-model/target/core-model-0.1.0-SNAPSHOT.jar"

data="$work/items-$items"
if [ ! -f "$data/items.csv" ]; then
  java -cp "$generator_cp" org.salwmonitor.sampledata.CaseVolumeGenerator --items "$items" --out "$data" >&2
fi

fresh_database() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>&1 | grep -v NOTICE || true
}

import() {  # prints "job_seconds wall_seconds"
  fresh_database
  ./salw jobs --json >/dev/null  # creates the schema (Flyway), so that it is not part of the timing
  psql_q -c "CHECKPOINT"
  local start end
  start=$(now)
  ./salw import records "$data/events.csv" "$data/items.csv" > "$work/import.txt" 2>&1 \
      || { cat "$work/import.txt" >&2; exit 1; }
  end=$(now)
  # the two import jobs (events, then items): the sum of their durations
  local job
  job=$(./salw jobs --json | python3 -c 'import json, sys
runs = [r for r in json.load(sys.stdin) if r["job"] == "importRecords"][:2]
print(sum(r["durationSeconds"] for r in runs))')
  echo "$job $(echo "$end - $start" | bc)"
}

copy_rows() {  # COPYs the rows as stored by the last import back into the same tables, emptied; prints seconds
  for table in case_event case_event_person case_item; do
    psql_q -c "\\copy $table TO '$work/$table.copy'"
  done
  # the matching tables too: the triggers keep them from the items (V6, V7), TRUNCATE fires no trigger, and
  # left full they would spare COPY's triggers the work the import's triggers did
  psql_q -c "TRUNCATE case_event, case_event_person, case_item, match_shared_key, match_serial_key,
             match_serial_variant, match_serial_near CASCADE" -c "CHECKPOINT"
  local start end
  start=$(now)
  psql_q -c "\\copy case_event FROM '$work/case_event.copy'" \
      -c "\\copy case_event_person FROM '$work/case_event_person.copy'" \
      -c "\\copy case_item FROM '$work/case_item.copy'"
  end=$(now)
  echo "$end - $start" | bc
}

events=$(($(wc -l < "$data/events.csv") - 1))
item_rows=$(($(wc -l < "$data/items.csv") - 1))
echo "machine: $(nproc) processors, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1);" \
    "$(psql -X -At -d postgres -c 'SHOW server_version')"
echo "files: $data ($events events, $item_rows item lines); import heap -Xmx$xmx"
: > "$work/rounds.txt"
for round in $(seq "$rounds"); do
  read -r job wall < <(import)
  stored=$(psql_q -At -c "SELECT (SELECT count(*) FROM case_event) || ' events, ' || (SELECT count(*) FROM \
case_event_person) || ' persons, ' || (SELECT count(*) FROM case_item) || ' items'")
  copy=$(copy_rows)
  echo "$job $wall $copy" >> "$work/rounds.txt"
  printf 'round %d: import jobs %.1f s (wall %.1f s), COPY %.1f s, stored %s; jobs/COPY %.2f\n' \
      "$round" "$job" "$wall" "$copy" "$stored" "$(echo "$job / $copy" | bc -l)"
done
job=$(cut -d' ' -f1 "$work/rounds.txt" | median)
wall=$(cut -d' ' -f2 "$work/rounds.txt" | median)
copy=$(cut -d' ' -f3 "$work/rounds.txt" | median)
ratio=$(awk '{ print $1 / $3 }' "$work/rounds.txt" | median)
printf 'median of %d: import jobs %.1f s, wall %.1f s; COPY %.1f s; jobs/COPY %.2f, wall/COPY %.2f;' "$rounds" \
    "$job" "$wall" "$copy" "$(echo "$job / $copy" | bc -l)" "$(echo "$wall / $copy" | bc -l)"
printf ' median of the rounds'"'"' jobs/COPY %.2f\n' "$ratio"
