#!/usr/bin/env bash
# Builds kim-bench and runs every benchmark in a few minutes, writing
#   kim-bench/results/jmh.csv, national.json, national.txt, latest.json and latest.md.
# Usage (from the repository root or anywhere): kim-bench/run.sh [profiles]   (default 1000000)
# Short JMH runs (-wi 3 -i 5, 1 s each, one fork) with -prof gc; the national run with -Xmx512m, twice in
# one JVM: the first pass (cold JVM) is the figure; the second shows the same work once compiled.
# No wall-clock assertion anywhere: this measures and reports, it never fails on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
profiles="${1:-1000000}"
results=kim-bench/results
mkdir -p "$results"

load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
date="$(date -u +%Y-%m-%dT%H:%MZ)"
echo "== build (load average: $load)"
mvn -B -q -ntp -pl kim-bench -am package -DskipTests -Pbench
jar=kim-bench/target/benchmarks.jar

echo "== JMH"
java -jar "$jar" -wi 3 -i 5 -w 1s -r 1s -f 1 -prof gc -rf csv -rff "$results/jmh.csv" 2>&1 \
  | grep -v '^SLF4J' | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' | grep -v -E ':gc\.(alloc\.rate |churn|count|time)' || true

echo "== national run ($profiles profiles, -Xmx512m, 2 threads, 2 passes)"
java -Xmx512m -XX:+UseParallelGC -cp "$jar" id.kim.bench.NationalRun "$profiles" 2 "$results/national.json" 2 2>&1 \
  | grep -v -E '^SLF4J|HV000001|org.hibernate.validator.internal.util.Version' | tee "$results/national.txt"

java -cp "$jar" id.kim.bench.Summary "$results" "$results/jmh.csv" "$results/national.json" "$date" "$load"
echo "== wrote $results/latest.json and $results/latest.md"
cat "$results/latest.md"
