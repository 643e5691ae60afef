-- wrk script: rotates over the GET paths of a file (first argument after "--"), counts the
-- responses of each status class, and prints machine-readable lines for tests/load/run.
--
--   wrk -t2 -c16 -d60s --latency -s tests/load/mixed.lua http://127.0.0.1:PORT -- tests/load/urls.txt
--
-- Each wrk thread runs its own Lua state, so the counters below are per thread; done() runs in
-- the main state and reads them back through the thread handles kept by setup().

local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or error("usage: wrk ... -s mixed.lua URL -- urls.txt")
  requests_list = {}
  for line in io.lines(file) do
    local path = line:match("^%s*(/%S*)%s*$")
    if path then
      table.insert(requests_list, wrk.format("GET", path))
    end
  end
  if #requests_list == 0 then
    error("no paths in " .. file)
  end
  -- Threads start at different points of the list so that they do not move through it in step.
  next_index = (thread_index * math.floor(#requests_list / 2)) % #requests_list
  s1xx, s2xx, s3xx, s4xx, s5xx, sother = 0, 0, 0, 0, 0, 0
end

function request()
  next_index = next_index % #requests_list + 1
  return requests_list[next_index]
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    s2xx = s2xx + 1
  elseif status >= 300 and status < 400 then
    s3xx = s3xx + 1
  elseif status >= 500 and status < 600 then
    s5xx = s5xx + 1
  elseif status >= 400 then
    s4xx = s4xx + 1
  elseif status >= 100 then
    s1xx = s1xx + 1
  else
    sother = sother + 1
  end
end

function done(summary, latency, requests)
  local totals = { s1xx = 0, s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, sother = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "LOAD_STATUS 1xx=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d other=%d\n",
    totals.s1xx, totals.s2xx, totals.s3xx, totals.s4xx, totals.s5xx, totals.sother))
  io.write(string.format(
    "LOAD_RESULT requests=%d seconds=%.2f rps=%.1f bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
  io.write(string.format(
    "LOAD_SOCKET_ERRORS connect=%d read=%d write=%d timeout=%d\n",
    errors.connect, errors.read, errors.write, errors.timeout))
end
