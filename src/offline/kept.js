/* What the visitor keeps on purpose, for the service worker (src/offline/worker.js, which this
   file follows inside one function: see worker.ts). The page script (src/site/assets/keep.js)
   keeps a page, its files and an index entry in KEPT; this file keeps them right afterwards:
   - a kept page that changed on the server is kept in its new version when next seen online;
   - a kept page the server no longer has (404, 410) is removed, with its files;
   - "remove" on the kept page asks this worker, which removes the entry and its files (the
     script and fonts other kept pages still name stay). */
/* global self, caches, URL */

const KEPT_INDEX = '/kept-index/'
const keptEntry = (page) => `${KEPT_INDEX}${encodeURIComponent(page)}`

/* Every index entry's files but `except`'s. */
async function filesStillKept(cache, except) {
  const still = new Set()
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith(KEPT_INDEX)) continue
    if (request.url === new URL(keptEntry(except), self.location.href).href) continue
    const entry = await (await cache.match(request)).json().catch(() => ({}))
    for (const file of entry.files || []) still.add(new URL(file, self.location.href).href)
  }
  return still
}

/* Removes a kept page, its entry and its files, from the played cache too. */
async function unkeep(page) {
  const cache = await caches.open(KEPT)
  const hit = await cache.match(keptEntry(page))
  if (!hit) return
  const { files = [] } = await hit.json().catch(() => ({}))
  const still = await filesStillKept(cache, page)
  await cache.delete(keptEntry(page))
  const played = await caches.open(PLAYED)
  for (const file of files) {
    const url = new URL(file, self.location.href).href
    if (still.has(url)) continue
    await cache.delete(url)
    await played.delete(url)
  }
}

/* A page seen online: a kept one is kept in its new version, or removed when it is gone. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- worker.js's page() calls it
async function refreshKept(url, res) {
  const cache = await caches.open(KEPT)
  if (!(await cache.match(keptEntry(url.pathname)))) return
  if (gone(res)) return unkeep(url.pathname)
  if (keepable(res) && !res.redirected) await cache.put(url.pathname, res.clone())
}

self.addEventListener('message', (event) => {
  const page = event.data && event.data.unkeep
  if (event.origin !== self.location.origin || typeof page !== 'string') return
  event.waitUntil(
    unkeep(page).then(() => event.ports[0] && event.ports[0].postMessage({ removed: page })),
  )
})
