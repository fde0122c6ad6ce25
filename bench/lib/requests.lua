-- wrk script: cycles through the requests of a file (one per line: METHOD<TAB>PATH<TAB>BODY),
-- each thread starting at its own offset, and prints a machine-readable summary at the end.
-- Usage: REQUESTS=file wrk -s requests.lua ...
local requests = {}
local threads = {}
local counter = 0

local function load(path)
   local list = {}
   for line in io.lines(path) do
      local method, target, body = line:match("^([^\t]+)\t([^\t]+)\t?(.*)$")
      if method then
         local headers = {}
         if body ~= nil and body ~= "" then
            headers["Content-Type"] = "application/json"
         else
            body = nil
         end
         list[#list + 1] = wrk.format(method, target, headers, body)
      end
   end
   return list
end

function setup(thread)
   thread:set("offset", counter * 7919)
   counter = counter + 1
   table.insert(threads, thread)
end

function init(args)
   requests = load(os.getenv("REQUESTS"))
   index = offset or 0
end

function request()
   index = index + 1
   return requests[(index % #requests) + 1]
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, "read_errors": %d, '
         .. '"write_errors": %d, "timeouts": %d, "non_2xx": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
      latency:percentile(50), latency:percentile(99), latency.mean))
end
