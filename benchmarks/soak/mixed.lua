-- A mixed route set for the soak app (wrk -s mixed.lua): each thread walks the list round-robin, and counts
-- responses by status class. A 5xx is "expected" when the app tagged it (X-Expected, the /boom route).
local routes = {
  { "/hello", {} },
  { "/json?t=1", { ["Accept"] = "application/json" } },
  { "/cookies", { ["Cookie"] = "visits=3; visits.sig=not-the-signature" } },
  { "/negotiate", { ["Accept"] = "text/html;q=0.9, application/json", ["Accept-Language"] = "fr-CA, fr;q=0.8, en;q=0.5" } },
  { "/negotiate", { ["Accept"] = "text/plain" } },
  { "/negotiate", { ["Accept"] = "image/png" } },
  { "/error", {} },
  { "/boom", {} },
  { "/missing", {} },
  { "/stream", {} },
  { "/fresh", { ["If-None-Match"] = "\"soak-v1\"" } },
  { "/fresh", {} },
  { "/redirect", { ["Referer"] = "https://evil.example/" } },
}
local threads = {}
local requests = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  for i, route in ipairs(routes) do
    requests[i] = wrk.format("GET", route[1], route[2])
  end
  next_route = 0
  s2, s3, s4, s5, s5_expected = 0, 0, 0, 0, 0
end

request = function()
  next_route = next_route % #requests + 1
  return requests[next_route]
end

response = function(status, headers, body)
  if status >= 500 then
    if headers["X-Expected"] then s5_expected = s5_expected + 1 else s5 = s5 + 1 end
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

done = function(summary, latency, requests)
  local t = { s2 = 0, s3 = 0, s4 = 0, s5 = 0, s5_expected = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  io.write(string.format("statuses: 2xx %d, 3xx %d, 4xx %d, 5xx expected %d, 5xx unexpected %d\n",
    t.s2, t.s3, t.s4, t.s5_expected, t.s5))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("requests %d in %.1f s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
