#!/usr/bin/env bash
# Times the trend analysis of 100,000 random series of 30 points, with baselines in the same run.
# Usage, from the repository root: bench/trend-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -o -pl core-model test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -o -pl core-model dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$classpath_file"

echo "machine: $(nproc) processors; $(java -version 2>&1 | head -n 1)"
java -Xms1g -Xmx1g -cp "core-model/target/test-classes:core-model/target/classes:$(cat "$classpath_file")" \
    org.salwmonitor.core.trend.TrendBenchmark
