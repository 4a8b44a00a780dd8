#!/usr/bin/env bash
# Builds kim-bench and runs every benchmark in a few minutes, writing
#   kim-bench/results/jmh.csv, national.json, national.txt, import.json, import.txt, latest.json, latest.md
#   and server.txt (the kim-server load run: ServerLoadRun, about a minute).
# Usage (from the repository root or anywhere): kim-bench/run.sh [profiles] [import-rows]   (defaults 1000000 1000000)
# Short JMH runs (-wi 3 -i 5, 1 s each, one fork) with -prof gc; the national run with -Xmx512m, twice in
# one JVM: the first pass (cold JVM) is the figure; the second shows the same work once compiled.
# The Tabel 3.1 import run with -Xmx256m: a seeded file of [import-rows] rows is written once under
# kim-bench/target/data (about 500 MB for 1,000,000 rows) and imported in a fresh JVM.
# No wall-clock assertion anywhere: this measures and reports, it never fails on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
profiles="${1:-1000000}"
import_rows="${2:-1000000}"
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

echo "== Tabel 3.1 import ($import_rows rows, -Xmx256m)"
java -Xmx256m -XX:+UseParallelGC -cp "$jar" id.kim.bench.Tabel31ImportRun "$import_rows" kim-bench/target/data \
  "$results/import.json" 2>&1 | grep -v -E '^SLF4J|HV000001|org.hibernate.validator.internal.util.Version' \
  | tee "$results/import.txt"

java -cp "$jar" id.kim.bench.Summary "$results" "$results/jmh.csv" "$results/national.json" "$date" "$load"
{ echo; echo "## Tabel 3.1 import (load average $load)"; echo; echo '```'; cat "$results/import.txt"; echo '```'; } \
  >> "$results/latest.md"
echo "== wrote $results/latest.json and $results/latest.md"
cat "$results/latest.md"

echo "== kim-server load run (in-process server on 127.0.0.1, 16 clients, -Xmx1g)"
java -Xmx1g -XX:+UseParallelGC -cp "$jar" id.kim.bench.ServerLoadRun 16 500 100 7365 "$results/server.txt" \
  > kim-bench/target/server-load.log 2>&1
cat "$results/server.txt"
