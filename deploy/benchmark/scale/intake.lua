-- wrk script: POST /complaints with a new complaint, the body intake.sql mirrors. run.sh passes the
-- bearer token in the environment (REDRESS_SCALE_TOKEN); done() prints the status counts.
local token = os.getenv("REDRESS_SCALE_TOKEN")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"receivedDate":"' .. os.date("!%Y-%m-%d", os.time() - 5 * 86400) .. '","channel":"EMAIL",'
  .. '"complainantRole":"PARENT","childReferences":["CR-100042"],'
  .. '"points":["The assessment took too long","No short breaks were offered"],'
  .. '"desiredOutcomes":["A new assessment"]}'

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  for status, n in pairs(counts) do
    io.write(string.format("status %d %d\n", status, n))
  end
end
