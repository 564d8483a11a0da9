-- wrk script for tests/web/load_test.sh: GET /api/search with rotating queries, a mix of
-- single words, phrases, prefixes, boolean queries, filters and pages.
local queries = {
  "q=government", "q=police", "q=election", "q=president", "q=killed", "q=minister",
  "q=protest", "q=court", "q=%22prime+minister%22", "q=econom*", "q=war+OR+conflict",
  "q=storm&sort=date", "q=football", "q=health&limit=50", "q=united+nations", "q=oil+prices",
  "q=earthquake", "q=president&offset=20", "q=minister&from=2024-03-01&to=2024-06-30",
  "q=police+NOT+protest", "q=company", "q=scientists", "q=parliament", "q=fire",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?" .. queries[(i % #queries) + 1])
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
