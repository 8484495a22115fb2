/* Sound and video for the service worker (src/offline/worker.js, which this file follows inside
   one function: see worker.ts). A small file is kept whole as it is first played, so it plays and
   seeks offline; a kept one answers any range. One download serves every request for its file
   while it comes, so no byte is fetched twice, and it stops when nothing plays it any more.
   Uses keepable and putSized from worker.js; its fetch listener calls played(). */
/* global caches, fetch, AbortController, Blob, Headers, ReadableStream, Response */

const PLAYED = 'siang-played'
/* Played sound and video are kept whole up to this size each, and this much in all. */
const PLAYED_FILE_MAX = 8 * 1024 * 1024
const PLAYED_TOTAL_MAX = 40 * 1024 * 1024
/* A range this far past what has come waits for the download; further, it goes to the network. */
const PLAYED_AHEAD = 512 * 1024
/* How long a download goes on with no one playing it (a seek asks again at once). */
const PLAYED_ORPHAN_MS = 2000

/* Downloads under way, by address: `{ starting }`, a promise of the download. */
const downloads = new Map()

/* The range asked for, as { start, end } (end included, or undefined to the end); null for a
   range this worker does not answer part by part (several ranges, or none). */
function rangeOf(header) {
  const m = /^bytes=(\d*)-(\d*)$/.exec((header || '').trim())
  if (!m || (m[1] === '' && m[2] === '')) return null
  if (m[1] === '') return { suffix: Number(m[2]) }
  return { start: Number(m[1]), end: m[2] === '' ? undefined : Number(m[2]) }
}

/* The bytes from `start` to `end` of a file `size` long, as a range: null when they lie outside. */
function bounds(range, size) {
  if (range.suffix !== undefined)
    return range.suffix ? { start: Math.max(0, size - range.suffix), end: size - 1 } : null
  const end = Math.min(range.end === undefined ? size - 1 : range.end, size - 1)
  return range.start <= end ? { start: range.start, end } : null
}

const partHeaders = (type, start, end, size) => ({
  'Content-Type': type || 'application/octet-stream',
  'Content-Range': `bytes ${start}-${end}/${size}`,
  'Content-Length': String(end - start + 1),
  'Accept-Ranges': 'bytes',
})

/* A kept file answers the range asked for; several ranges, or none, get the whole file. */
async function ranged(res, header) {
  const range = rangeOf(header)
  if (!range) return res
  const blob = await res.blob()
  const part = bounds(range, blob.size)
  if (!part)
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${blob.size}` } })
  return new Response(blob.slice(part.start, part.end + 1), {
    status: 206,
    headers: partHeaders(res.headers.get('Content-Type'), part.start, part.end, blob.size),
  })
}

/* Starts downloading a played file whole (as a range from 0, whose answer gives its size), and
   notes it at once, before any answer, so that a second request for the file waits for this one.
   Resolves to the download, or to the network's own answer when the file is not one to keep. */
function startDownload(url) {
  const entry = {}
  const forget = () => downloads.get(url) === entry && downloads.delete(url)
  entry.starting = (async () => {
    const stop = new AbortController()
    const res = await fetch(url, { headers: { Range: 'bytes=0-' }, signal: stop.signal })
    const whole = /^bytes 0-(\d+)\/(\d+)$/.exec(res.headers.get('Content-Range') || '')
    const size = whole ? Number(whole[2]) : NaN
    const keep =
      res.status === 206 &&
      whole &&
      Number(whole[1]) === size - 1 &&
      keepable(res) &&
      res.body &&
      size > 0 &&
      size <= PLAYED_FILE_MAX
    if (!keep) {
      forget()
      return { answer: res }
    }
    const download = {
      size,
      type: res.headers.get('Content-Type'),
      headers: res.headers,
      parts: [],
      received: 0,
      finished: false,
      players: 0,
      stop,
      waiting: [],
    }
    const wake = () => download.waiting.splice(0).forEach((resolve) => resolve())
    download.done = (async () => {
      try {
        const reader = res.body.getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          download.parts.push({ at: download.received, bytes: value })
          download.received += value.byteLength
          wake()
        }
        if (download.received === size) await keepPlayed(url, download)
      } catch {
        // Stopped (no one playing it) or cut off: not kept.
      } finally {
        download.finished = true
        forget()
        wake()
      }
    })()
    return { download }
  })()
  entry.starting.catch(forget)
  downloads.set(url, entry)
  return entry.starting
}

/* What has come at `at`, up to `end` (included); undefined while it has not come. */
function bytesAt(download, at, end) {
  for (const { at: from, bytes } of download.parts) {
    if (at >= from && at < from + bytes.byteLength)
      return bytes.subarray(at - from, Math.min(bytes.byteLength, end + 1 - from))
  }
  return undefined
}

/* A player's answer from a download under way, from `start` to `end`. When no player is left
   reading it, the download stops soon after: the file is then not kept. */
function streamFrom(download, start, end, signal) {
  let at = start
  let reading = true
  download.players++
  const leave = () => {
    if (!reading) return
    reading = false
    download.players--
    setTimeout(() => {
      if (download.players === 0 && !download.finished) download.stop.abort()
    }, PLAYED_ORPHAN_MS)
  }
  // A player that gave up (its request aborted) may never read or cancel its answer.
  if (signal) signal.addEventListener('abort', leave, { once: true })
  return new ReadableStream({
    async pull(controller) {
      for (;;) {
        const bytes = bytesAt(download, at, end)
        if (bytes) {
          controller.enqueue(bytes)
          at += bytes.byteLength
          if (at > end) {
            controller.close()
            leave()
          }
          return
        }
        // Finished and still not there: the download stopped short.
        if (download.finished) {
          leave()
          return controller.error(new Error('the download stopped'))
        }
        await new Promise((resolve) => download.waiting.push(resolve))
      }
    },
    cancel: leave,
  })
}

/* Keeps a played file whole, with its size noted; the oldest go past the total. */
async function keepPlayed(url, download) {
  const headers = new Headers(download.headers)
  headers.delete('Content-Range')
  const body = new Blob(download.parts.map((p) => p.bytes))
  const cache = await caches.open(PLAYED)
  await putSized(cache, url, new Response(body, { status: 200, headers }), PLAYED_TOTAL_MAX)
}

/* Sound and video: from a kept copy when there is one; else from the download under way when
   the range is near what has come; else a small file's first request starts a download that is
   kept once whole. Anything else is the network's. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- worker.js's fetch listener calls it
async function played(event) {
  const request = event.request
  const url = request.url
  const header = request.headers.get('Range')
  const hit = await caches.match(url, { ignoreVary: true })
  if (hit) return ranged(hit, header)
  const range = rangeOf(header)
  if (!range || range.suffix !== undefined) return fetch(request)
  let starting = downloads.get(url)?.starting
  const mine = !starting
  if (mine) {
    // Only the player's first request, for the whole file, starts one.
    if (range.start !== 0 || range.end !== undefined) return fetch(request)
    starting = startDownload(url)
  }
  let started
  try {
    started = await starting
  } catch {
    return fetch(request)
  }
  // Not a file to keep: its answer was for the request that started it.
  if (started.answer) return mine ? started.answer : fetch(request)
  const download = started.download
  const part = bounds(range, download.size)
  if (!part || part.start > download.received + PLAYED_AHEAD) return fetch(request)
  event.waitUntil(download.done)
  return new Response(streamFrom(download, part.start, part.end, request.signal), {
    status: 206,
    headers: partHeaders(download.type, part.start, part.end, download.size),
  })
}
