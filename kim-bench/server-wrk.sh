#!/usr/bin/env bash
# The kim-server load test from outside the server's JVM: kim-server.jar started in its own JVM, wrk
# (Debian's package `wrk`) and curl as clients in other processes. Bounded: about four minutes.
#   1. ready: 5 starts, process start -> first 200 of POST /v1/eligibility (one record, both questions)
#   2. single decision: wrk, 16 connections, 2 threads, 15 s warm-up then 2 x 20 s (p50/p90/p99/max, req/s)
#   3. batches of 100 records: wrk, 4 connections, 10 s warm-up then 20 s
#   4. the national register (7,365 KIM, 25.7 MB) in one request with curl: 6 warm-up requests, then 5 timed,
#      with the server's CPU time (user + system) for each
# Usage (from the repository root, after `mvn -B -q -ntp -o -pl kim-server,kim-bench -am package -DskipTests`):
#   kim-bench/server-wrk.sh [jar] [JVM flags] > kim-bench/results/server-wrk.txt
# The bodies are written once by id.kim.bench.ServerBodies to kim-bench/target/bodies.
set -uo pipefail
cd "$(dirname "$0")/.."
jar="${1:-kim-server/target/kim-server.jar}"
flags="${2:--XX:+UseParallelGC}"
bodies=kim-bench/target/bodies
lua=kim-bench/src/main/resources/wrk/eligibility.lua
port=18471
if [ ! -f "$bodies/national.json" ]; then
  java -cp kim-bench/target/benchmarks.jar id.kim.bench.ServerBodies "$bodies" >/dev/null 2>&1 \
    || { echo "write the bodies first: java -cp <kim-bench class path> id.kim.bench.ServerBodies $bodies"; exit 1; }
fi
head -1 "$bodies/singles.ndjson" > "$bodies/one.json"

cpu() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; }   # user + system, ms (100 ticks/s)
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
  --data-binary "@$1" "http://127.0.0.1:$port/v1/eligibility"; }
start() {
  java $flags -jar "$jar" --port $port > /dev/null 2>&1 &
  pid=$!
  until [ "$(post "$bodies/one.json" 2>/dev/null | cut -d' ' -f1)" = 200 ]; do sleep 0.01; done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null; }

echo "kim-server from outside its JVM: $(nproc) cores, $(java -version 2>&1 | head -1), $jar, flags: $flags"
echo "load average at start: $(cat /proc/loadavg)"
echo "== ready (process start -> first 200 of POST /v1/eligibility), 5 starts"
for i in 1 2 3 4 5; do
  t0=$(date +%s%N); start; t1=$(date +%s%N)
  echo "  $(( (t1 - t0) / 1000000 )) ms, server CPU $(cpu $pid) ms (load $(cut -d' ' -f1 /proc/loadavg))"
  stop
done

start
echo "== single decision: wrk -t2 -c16, one-record bodies of $bodies/singles.ndjson (15 s warm-up)"
BODIES=$bodies/singles.ndjson wrk -t2 -c16 -d15s -s $lua "http://127.0.0.1:$port/v1/eligibility" > /dev/null
for i in 1 2; do
  c0=$(cpu $pid)
  BODIES=$bodies/singles.ndjson wrk -t2 -c16 -d20s -s $lua "http://127.0.0.1:$port/v1/eligibility" \
    | grep -E '^(latency|errors|  Non-2xx|  Socket)' | sed 's/^ */  /'
  echo "  server CPU $(( $(cpu $pid) - c0 )) ms in 20 s (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "== batches of 100: wrk -t1 -c4, $bodies/batch-100.ndjson (10 s warm-up)"
BODIES=$bodies/batch-100.ndjson wrk -t1 -c4 -d10s -s $lua "http://127.0.0.1:$port/v1/eligibility" > /dev/null
BODIES=$bodies/batch-100.ndjson wrk -t1 -c4 -d20s --timeout 10s -s $lua "http://127.0.0.1:$port/v1/eligibility" \
  | grep -E '^(latency|errors|  Non-2xx|  Socket)' | sed 's/^ */  /'
echo "  (decisions/s = requests/s x 100)"
echo "== national register, $(stat -c %s "$bodies/national.json") bytes, one request (6 warm-up, then 5)"
for i in 1 2 3 4 5 6; do post "$bodies/national.json" > /dev/null; done
for i in 1 2 3 4 5; do
  c0=$(cpu $pid); r=$(post "$bodies/national.json")
  echo "  status ${r% *}, ${r#* } s, server CPU $(( $(cpu $pid) - c0 )) ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
stop
echo "load average at end: $(cat /proc/loadavg)"
