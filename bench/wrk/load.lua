-- wrk script for bench/run.sh.
--   WRK_PATH    request path; "{n}" is replaced per request by a random integer 1..WRK_MAX_N
--   WRK_MAX_N   upper bound for {n} (default 100000)
--   WRK_TOKEN   when set, sent as "Authorization: Bearer <token>"
-- At the end prints one line: "WRK <req/s> <p50 us> <p99 us> <non-2xx/3xx> <socket errors>".
local path = os.getenv("WRK_PATH") or "/"
local max_n = tonumber(os.getenv("WRK_MAX_N") or "100000")
local token = os.getenv("WRK_TOKEN")
local templated = string.find(path, "{n}", 1, true) ~= nil

function init(args)
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
    if token and token ~= "" then
        wrk.headers["Authorization"] = "Bearer " .. token
    end
end

function request()
    if templated then
        return wrk.format(nil, (string.gsub(path, "{n}", tostring(math.random(1, max_n)))))
    end
    return wrk.format(nil, path)
end

function done(summary, latency, requests)
    local e = summary.errors
    local seconds = summary.duration / 1000000
    io.write(string.format("WRK %.1f %d %d %d %d\n",
        summary.requests / seconds,
        latency:percentile(50), latency:percentile(99),
        e.status, e.connect + e.read + e.write + e.timeout))
end
