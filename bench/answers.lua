-- wrk script for `npm run bench -- answers`: quiz attempts (POST /api/quizzes/{slug}/attempts,
-- JSON) with a profile, from many visitors, each an X-Forwarded-For address (the server trusts
-- one proxy, TRUST_PROXY_HOPS=1, as behind nginx).
--
--   ANSWER_PATH=/api/quizzes/fake-job-offers/attempts wrk -t2 -c50 -d10s -s bench/answers.lua URL
--
-- Prints one line, `answers sent=… stored=… limited=… other=…`: requests written, and answers
-- 201, 429 and anything else.

local PATH = os.getenv("ANSWER_PATH")
local VISITORS = 2000
local BANDS = { "15-19", "20-24", "25-30", "0-14", "31-34", "35+", "" }
local SEXES = { "female", "male", "other", "undisclosed", "" }
local PROVINCES = { "LA-VT", "LA-SV", "LA-LP", "LA-CH", "LA-BK", "LA-XA", "" }

local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("id", count)
  threads[count] = thread
end

function init()
  sent, stored, limited, other = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  local visitor = sent % VISITORS
  local body = string.format(
    '{"answers":[%d,%d,%d],"ageBand":"%s","sex":"%s","province":"%s"}',
    sent % 3, sent % 2, (sent + 1) % 2,
    BANDS[sent % #BANDS + 1], SEXES[sent % #SEXES + 1], PROVINCES[sent % #PROVINCES + 1])
  return wrk.format("POST", PATH, {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id, math.floor(visitor / 256), visitor % 256),
  }, body)
end

function response(status)
  if status == 201 then
    stored = stored + 1
  elseif status == 429 then
    limited = limited + 1
  else
    other = other + 1
  end
end

function done()
  local total = { sent = 0, stored = 0, limited = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for key in pairs(total) do total[key] = total[key] + thread:get(key) end
  end
  io.write(string.format("answers sent=%d stored=%d limited=%d other=%d\n",
    total.sent, total.stored, total.limited, total.other))
end
