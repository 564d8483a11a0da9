-- wrk script for tests/web/load_test.sh, the uncached run: GET /api/search with queries drawn
-- at random (per thread) from a vocabulary of news words, so that no two requests in a row
-- are alike: single words, two words, phrases, OR, prefixes, newest-first, date, source,
-- entity and event-type filters, facets, later pages. With -H "Cache-Control: no-cache" every
-- request runs its SQLite queries.
local words = {
  "government", "police", "election", "president", "killed", "minister", "protest", "court",
  "storm", "football", "health", "oil", "earthquake", "company", "scientists", "parliament",
  "fire", "war", "conflict", "economy", "prices", "school", "hospital", "army", "rebels",
  "border", "talks", "agreement", "vote", "party", "leader", "city", "water", "flood", "rain",
  "space", "nasa", "research", "study", "university", "students", "teachers", "workers",
  "strike", "union", "bank", "market", "trade", "tax", "budget", "energy", "power", "nuclear",
  "climate", "forest", "animals", "species", "museum", "music", "film", "festival", "award",
  "championship", "team", "coach", "players", "season", "match", "olympic", "world", "country",
  "capital", "region", "village", "island", "coast", "ship", "airport", "flight", "train",
  "road", "bridge", "accident", "crash", "victims", "injured", "dead", "rescue", "aid",
  "refugees", "camp", "peace", "ceasefire", "attack", "bomb", "soldiers", "troops", "security",
  "law", "judge", "trial", "prison", "arrested", "charged", "investigation", "report", "media",
  "internet", "computer", "software", "phone", "technology", "car", "fuel", "gas", "food",
  "farmers", "drought", "disease", "virus", "vaccine", "doctors", "children", "women", "church",
  "religious", "king", "queen", "prince", "prime", "senate", "congress", "mayor", "governor",
}
local sources = { "news01.example.com", "news02.example.com", "news07.example.com", "news13.example.com" }
local entities = { "United States", "Wikinews", "United Kingdom", "Donald Trump", "Australia", "Twitter" }
local types = { "ASSAULT", "CONSULT", "PROTEST", "RETREAT", "REQUEST", "MOBILIZE" }
local months = { "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07",
                 "2024-08", "2024-09", "2024-10", "2024-11", "2024-12" }

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(1000 + (id or 0))
end

local function pick(t) return t[math.random(#t)] end

local function query()
  local r = math.random(100)
  local q
  if r <= 45 then
    q = pick(words)
  elseif r <= 65 then
    q = pick(words) .. "+" .. pick(words)
  elseif r <= 75 then
    q = "%22" .. pick(words) .. "+" .. pick(words) .. "%22"
  elseif r <= 85 then
    q = pick(words) .. "+OR+" .. pick(words)
  else
    local w = pick(words)
    q = string.sub(w, 1, math.max(3, #w - 3)) .. "*"
  end
  local s = "q=" .. q
  local f = math.random(100)
  if f <= 20 then
    s = s .. "&sort=date"
  elseif f <= 30 then
    local m = pick(months)
    s = s .. "&from=" .. m .. "&to=" .. m
  elseif f <= 36 then
    s = s .. "&source=" .. pick(sources)
  elseif f <= 42 then
    s = s .. "&entity=" .. string.gsub(pick(entities), " ", "+")
  elseif f <= 48 then
    s = s .. "&event_type=" .. pick(types)
  elseif f <= 53 then
    s = s .. "&offset=20"
  elseif f <= 63 then
    s = s .. "&facets=1"  -- what the dashboard asks for
  end
  return s
end

request = function()
  return wrk.format("GET", "/api/search?" .. query())
end

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'SUMMARY {"requests": %d, "rps": %.1f, "p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, ' ..
    '"errors": %d, "non2xx": %d}\n',
    summary.requests, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
