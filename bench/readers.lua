-- Readers of the public site and its API, round the demo's pages (tooling/loadMix.ts).
-- No search or beacon: those are rate-limited per client, and every wrk connection is one client.
local paths = {
  "/lo", "/en", "/lo/songs", "/lo/songs/call-1300", "/en/songs/safe-road-home",
  "/lo/dramas/the-job-offer", "/lo/dramas/the-job-offer/the-job-offer-1", "/lo/radio",
  "/lo/news", "/lo/news/committee-first-half-2020-results", "/lo/campaigns",
  "/feeds/lo/songs.xml", "/sitemap.xml", "/api/songs?limit=10&depth=1",
  "/api/news?limit=10", "/api/globals/site-settings",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
