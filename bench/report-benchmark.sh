#!/usr/bin/env bash
# Report rendering benchmark (docs/benchmarks.md, section "Reports").
#
#   bench/report-benchmark.sh [--rounds N] [--skip-scale] [--skip-app]
#
# 1. Cold: N fresh JVMs, each rendering the sample region's pack once (renderer, aggregates from the sample
#    observations, both models, four PDFs and CSVs), with the default JIT and with C1 only.
# 2. Warm and scale: one JVM; the sample region and synthetic regions of 10, 25 and 50 countries x 30 years
#    (ReportBenchmark, a Markdown table), with the default JIT and with C1 only.
# 3. The application: `./salw report pack` N times against a database holding the sample data (loaded once
#    with `./salw demo` into a scratch SALW_HOME), with the class-data-sharing archive and without it; the
#    command logs how long the pack took after start-up (data aggregated in SQL, models, files).
# Every line says the load average, since the machine may be shared.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds=5
scale=yes
app=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --skip-scale) scale=no; shift ;;
    --skip-app) app=no; shift ;;
    *) echo "usage: $0 [--rounds N] [--skip-scale] [--skip-app]" >&2; exit 2 ;;
  esac
done
load() { cut -d' ' -f1 /proc/loadavg; }

./mvnw -B -o -q -pl reports -am package test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="reports/target/test-classes:reports/target/classes:$(cat reports/target/bench-classpath.txt)"
main=org.salwmonitor.reports.ReportBenchmark

echo "## cold: first pack in a fresh JVM (sample region)"
for round in $(seq "$rounds"); do
  for jit in default c1; do
    opts=(-Xmx2g)
    [ "$jit" = c1 ] && opts+=(-XX:TieredStopAtLevel=1)
    echo "round $round, JIT $jit, load $(load): $(java "${opts[@]}" -cp "$cp" "$main" cold)"
  done
done

if [ "$scale" = yes ]; then
  for jit in default c1; do
    opts=(-Xmx2g)
    [ "$jit" = c1 ] && opts+=(-XX:TieredStopAtLevel=1)
    echo "## warm and scale, JIT $jit, load $(load)"
    java "${opts[@]}" -cp "$cp" "$main"
  done
fi

if [ "$app" = yes ]; then
  home="$(mktemp -d)"
  out="$(mktemp -d)"
  trap 'rm -rf "$home" "$out"' EXIT
  echo "## application: ./salw report pack (SALW_HOME $home)"
  SALW_HOME="$home" ./salw demo --out "$out/demo" >/dev/null
  for round in $(seq "$rounds"); do
    for cds in on off; do
      start=$(date +%s%N)
      line=$(SALW_HOME="$home" SALW_CDS=$cds ./salw report pack --out "$out/pack" 2>&1 | grep -o "report files written in.*" || true)
      total=$(( ($(date +%s%N) - start) / 1000000 ))
      echo "round $round, CDS $cds, load $(load): command ${total} ms; ${line:-FAILED}"
    done
  done
fi
