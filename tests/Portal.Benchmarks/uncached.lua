-- wrk script for uncached searches: every request is a different GET /api/search query, so that the
-- portal's result cache never answers. The harness writes the request paths (percent-encoded, one a
-- line) to a file and passes it after `--`. Each wrk thread walks its own stride of the list, so no
-- path is requested twice until the list is exhausted (the harness checks that it was not).

local paths = {}
local threads = {}
local counter = 0
local stride = 1
-- `id` is a global that setup() sets in each thread's own Lua state.

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  stride = tonumber(args[2]) or 1
end

function request()
  local index = (counter * stride + (id or 0)) % #paths + 1
  counter = counter + 1
  return wrk.format("GET", paths[index])
end

function done(summary, latency, requests)
  io.write(string.format("UNIQUE_PATHS %d\n", #paths))
end
