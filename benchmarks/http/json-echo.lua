-- json-echo for wrk: POSTs the JSON document of benchmarks/HttpServer/Scenarios.cs (EchoBody), one request per
-- write, or `depth` per write when given (wrk -s json-echo.lua -- 16), like pipeline.lua.
wrk.method = "POST"
wrk.body = '{"id":42,"name":"Ada Lovelace","email":"ada@example.com","active":true,"score":97.5,"tags":["math","poetry","engines"],"address":{"city":"London","zip":"W1"},"notes":null}'
wrk.headers["Content-Type"] = "application/json"

local req

init = function(args)
  local depth = tonumber(args[1]) or 1
  local r = {}
  for i = 1, depth do
    r[i] = wrk.format()
  end
  req = table.concat(r)
end

request = function()
  return req
end
