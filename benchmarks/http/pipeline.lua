-- HTTP/1.1 pipelining for wrk: sends `depth` requests per write (wrk -s pipeline.lua -- 16).
-- Extra headers given with wrk -H are included in each pipelined request.
-- A method and a JSON body may follow (wrk -s pipeline.lua -- 1 POST '{"hello":"world"}'): the realistic-app POST.
local depth = 16
local req

init = function(args)
  depth = tonumber(args[1]) or depth
  if args[2] then
    wrk.method = args[2]
    wrk.body = args[3]
    wrk.headers["Content-Type"] = "application/json"
  end
  local r = {}
  for i = 1, depth do
    r[i] = wrk.format()
  end
  req = table.concat(r)
end

request = function()
  return req
end
