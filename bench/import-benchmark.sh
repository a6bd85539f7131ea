#!/usr/bin/env bash
# Statistics import benchmark: `./salw import statistics` of N generated rows into an empty database, side by
# side with PostgreSQL's own COPY ... FROM STDIN of the same rows, as they end up stored, into an empty table
# with the same constraints and indexes, on the same database. Optionally the peak memory of the import at
# two file sizes.
#
# Usage, from the repository root (needs psql and a PostgreSQL server you may create a database on):
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres bench/import-benchmark.sh [--years 34] [--rounds 3]
#       [--memory-years 36] [--xmx 256m]
#   --years Y         quarterly statistics of 193 countries over Y years (34 gives 1,007,572 rows)
#   --rounds R        import and COPY R times each, alternating; the median and the range are reported
#   --memory-years Y  also import the quarterly statistics of Y years with every weapon-type count broken down
#                     by criminal context (VolumeGenerator --contexts; 36 gives 5,101,756 rows) and compare the
#                     peak resident memory of that import with the first file's (GNU time); 0 skips it
#   --xmx SIZE        Java heap limit for the imports (-XmxSIZE)
# The imports run the application's jar directly (built once at the start), so that GNU time measures the
# import's JVM alone and a source file changed during the run cannot start a build.
# The database "salw_bench" (or $BENCH_DB) is dropped and created again for every import.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

years=34
rounds=3
memory_years=0
xmx=256m
while [ $# -gt 0 ]; do
  case "$1" in
    --years) years="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --memory-years) memory_years="$2"; shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
db="${BENCH_DB:-salw_bench}"
export SALW_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SALW_DB_USER="$PGUSER"
export SALW_DB_PASSWORD="${SALW_DB_PASSWORD:-${PGPASSWORD:-x}}"
work="${BENCH_WORK:-$root/salw-out/import-benchmark}"
mkdir -p "$work"
gnu_time=/usr/bin/time
[ -x "$gnu_time" ] || { echo "GNU time is needed at /usr/bin/time (apt-get install time)" >&2; exit 2; }

now() { date +%s.%N; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

[ -f batch-jobs/target/batch-jobs-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -o install -DskipTests
./salw --version >/dev/null  # builds if sources changed
jar="$root/batch-jobs/target/batch-jobs-0.1.0-SNAPSHOT.jar"
salw() { java "-Xmx$xmx" -jar "$jar" "$@"; }
generator_cp="sample-data/target/sample-data-0.1.0-SNAPSHOT.jar:core-model/target/core-model-0.1.0-SNAPSHOT.jar"

generate() {  # years [--contexts] -> file path
  local dir="$work/quarterly-$1y${2:+-contexts}"
  if [ ! -f "$dir/statistics.csv" ]; then
    java -cp "$generator_cp" org.salwmonitor.sampledata.VolumeGenerator --rows 0 --countries 193 --years "$1" \
        --quarters ${2:-} --out "$dir" >&2
  fi
  echo "$dir/statistics.csv"
}

fresh_database() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>&1 | grep -v NOTICE || true
}

import() {  # file -> prints "job_seconds wall_seconds max_rss_kb"
  fresh_database
  salw jobs --json >/dev/null  # creates the schema (Flyway), so that it is not part of the timing
  psql_q -c "CHECKPOINT"
  local start end
  start=$(now)
  "$gnu_time" -v -o "$work/time.txt" java "-Xmx$xmx" -jar "$jar" import statistics "$1" > "$work/import.txt" 2>&1 \
      || { cat "$work/import.txt" >&2; exit 1; }
  end=$(now)
  local job rss
  job=$(salw jobs --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["durationSeconds"])')
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  echo "$job $(echo "$end - $start" | bc) $rss"
}

copy_rows() {  # copies the rows as stored by the last import into an empty twin of observation; prints seconds
  psql_q -c "\\copy observation TO '$work/observation.copy'"
  psql_q -c "DROP TABLE IF EXISTS copy_target" -c "CREATE TABLE copy_target (LIKE observation INCLUDING ALL)" \
      -c "ALTER TABLE copy_target ADD FOREIGN KEY (source_file_id) REFERENCES source_file (id)" -c "CHECKPOINT"
  local start end
  start=$(now)
  psql_q -c "\\copy copy_target FROM '$work/observation.copy'"
  end=$(now)
  echo "$end - $start" | bc
}

file=$(generate "$years")
rows=$(($(wc -l < "$file") - 1))
echo "machine: $(nproc) processors, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1);" \
    "$(psql -X -At -d postgres -c 'SHOW server_version')"
echo "file: $file ($rows rows); import heap -Xmx$xmx"
: > "$work/rounds.txt"
for round in $(seq "$rounds"); do
  read -r job wall rss < <(import "$file")
  stored=$(psql_q -At -c "SELECT count(*) FROM observation")
  copy=$(copy_rows)
  echo "$job $wall $copy $rss" >> "$work/rounds.txt"
  printf 'round %d: import job %.1f s (wall %.1f s, max RSS %d MB), COPY %.1f s, %d rows stored; job/COPY %.2f\n' \
      "$round" "$job" "$wall" $((rss / 1024)) "$copy" "$stored" "$(echo "$job / $copy" | bc -l)"
done
job=$(cut -d' ' -f1 "$work/rounds.txt" | median)
wall=$(cut -d' ' -f2 "$work/rounds.txt" | median)
copy=$(cut -d' ' -f3 "$work/rounds.txt" | median)
ratios=$(awk '{ printf "%.4f\n", $1 / $3 }' "$work/rounds.txt")
printf 'median of %d: import job %.1f s, wall %.1f s; COPY %.1f s; job/COPY %.2f (median of the rounds %.2f, range %.2f-%.2f),' \
    "$rounds" "$job" "$wall" "$copy" "$(echo "$job / $copy" | bc -l)" "$(echo "$ratios" | median)" \
    "$(echo "$ratios" | sort -g | head -n 1)" "$(echo "$ratios" | sort -g | tail -n 1)"
printf ' wall/COPY %.2f\n' "$(echo "$wall / $copy" | bc -l)"

if [ "$memory_years" -gt 0 ]; then
  big=$(generate "$memory_years" --contexts)
  big_rows=$(($(wc -l < "$big") - 1))
  read -r _ _ small_rss < <(import "$file")
  read -r big_job _ big_rss < <(import "$big")
  printf 'peak memory (max RSS, -Xmx%s): %d rows %d MB; %d rows %d MB (import job %.1f s)\n' "$xmx" "$rows" \
      $((small_rss / 1024)) "$big_rows" $((big_rss / 1024)) "$big_job"
fi
