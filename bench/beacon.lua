-- wrk script for `npm run bench -- beacon`: site beacons (POST /api/beacon, JSON as text/plain,
-- as navigator.sendBeacon sends it) spread over published items and over many visitors.
--
--   BEACON_ITEMS=items.txt wrk -t2 -c50 -d10s --latency -s bench/beacon.lua http://localhost:3000
--
-- items.txt has one item a line: `type slug 1` for a type with a player (views and plays), `type
-- slug 0` for the others (views only). Each visitor is an X-Forwarded-For address, which the
-- server keys its rate limit on when it trusts one proxy (TRUST_PROXY_HOPS=1, as behind nginx).
-- The script prints one line, `beacon sent=… accepted=… limited=… other=…`: requests written,
-- and answers 204, 429 and anything else; what was written and not answered when wrk stopped
-- was still in flight.

local items = {}
for line in io.lines(os.getenv("BEACON_ITEMS")) do
  local kind, slug, player = line:match("^(%S+)%s+(%S+)%s+(%d)$")
  if kind then items[#items + 1] = { type = kind, slug = slug, player = player == "1" } end
end

local VISITORS = 1000
local AGENT = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
  .. "Chrome/124.0 Mobile Safari/537.36"

local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("id", count)
  threads[count] = thread
end

function init()
  sent, accepted, limited, other = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  local item = items[sent % #items + 1]
  -- Every other beacon of a player's page is its play.
  local event = (item.player and math.floor(sent / #items) % 2 == 1) and "play" or "view"
  local visitor = sent % VISITORS
  local body = string.format('{"type":"%s","slug":"%s","event":"%s","source":"site"}',
    item.type, item.slug, event)
  return wrk.format("POST", "/api/beacon", {
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = AGENT,
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id, math.floor(visitor / 256), visitor % 256),
  }, body)
end

function response(status)
  if status == 204 then
    accepted = accepted + 1
  elseif status == 429 then
    limited = limited + 1
  else
    other = other + 1
  end
end

function done()
  local total = { sent = 0, accepted = 0, limited = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for key in pairs(total) do total[key] = total[key] + thread:get(key) end
  end
  io.write(string.format("beacon sent=%d accepted=%d limited=%d other=%d\n",
    total.sent, total.accepted, total.limited, total.other))
end
