-- wrk script: POST one GraphQL query to the URL given to wrk, and print a one-line summary.
--
--   wrk -t2 -c2 -d20s --latency -s tools/bench/graphql.lua http://127.0.0.1:18090/graphql -- QUERY_FILE
--
-- QUERY_FILE holds a GraphQL document (no variables). The summary line, for tools/bench/load.sh:
--   RESULT requests=N seconds=S rps=R p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. non2xx=N socket_errors=N

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', '\\r'):gsub('\t', '\\t')
  return '"' .. s .. '"'
end

function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk ... -s graphql.lua URL -- QUERY_FILE")
  end
  local f = assert(io.open(path, "r"))
  local query = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"query":' .. json_string(query) .. '}'
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
