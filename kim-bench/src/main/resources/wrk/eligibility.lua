-- wrk script: POST /v1/eligibility with the bodies of a file, one JSON body a line, taken in turn
-- (each wrk thread starts at its own line). wrk itself counts answers other than 2xx/3xx
-- ("Non-2xx or 3xx responses"). Written by id.kim.bench.ServerBodies.
-- Usage: BODIES=kim-bench/target/bodies/singles.ndjson wrk -t2 -c16 -d20s --latency \
--          -s kim-bench/src/main/resources/wrk/eligibility.lua http://127.0.0.1:8080/v1/eligibility
local bodies = {}
local file = os.getenv("BODIES") or "kim-bench/target/bodies/singles.ndjson"
for line in io.lines(file) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 997)
  threads = threads + 1
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f requests/s\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
