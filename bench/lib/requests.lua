-- wrk script: cycles through the requests of a file (one per line: METHOD<TAB>PATH<TAB>BODY),
-- each thread starting at its own offset, and prints a machine-readable summary at the end.
-- Usage: REQUESTS=file wrk -s requests.lua ...
-- With GRAPHQL_ERRORS=1, an answer with status 200 whose body has a top-level "errors" member (how
-- a GraphQL server answers a query that failed, a statement timeout for one) is counted with the
-- non-2xx answers: it is no answer either. Inside a JSON string a quote is escaped, so the text
-- "errors": can only be a member name.
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

graphql_errors = 0

if os.getenv("GRAPHQL_ERRORS") == "1" then
   function response(status, headers, body)
      if status == 200 and body:find('"errors":', 1, true) then
         graphql_errors = graphql_errors + 1
      end
   end
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
   local failed = 0
   for _, thread in ipairs(threads) do
      failed = failed + thread:get("graphql_errors")
   end
   io.write(string.format(
      'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, "read_errors": %d, '
         .. '"write_errors": %d, "timeouts": %d, "non_2xx": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status + failed,
      latency:percentile(50), latency:percentile(99), latency.mean))
end
