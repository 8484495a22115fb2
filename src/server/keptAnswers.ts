/**
 * How Siang's server answers public addresses (src/server/index.ts): a page it keeps is sent from
 * memory without asking Next; otherwise Next's answer is taken whole, kept when it says so (its
 * cache-tags header, src/site/tags.ts), and sent the same way. Either way the answer is compressed
 * for clients that take gzip, carries an ETag, and a repeat visit that has it gets a 304. Requests
 * for the same page that arrive while it is being made wait for that one answer. Pure Node.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { asksToSaveData } from '../lib/locales'
import { PAGE_PARAMS } from '../site/params'
import { isDownloadPath } from '../site/feeds/paths'
import { CACHE_TAGS_HEADER, tagsFromHeader } from '../site/tags'
import { acceptsGzip } from './encoding'
import { toBuffer } from './nonces'
import { gzipOf, PageCache, readyToSend, type Answer, type Ready } from './pageCache'

/**
 * Addresses never answered here: the API, the admin, Next's own files, and draft previews (one
 * staff member's, never kept nor shared with another asking at the same moment).
 */
const NOT_PUBLIC = /^\/(api|admin|_next|preview)(\/|$)/

/** What may be kept: pages, 404s, and redirects (old slugs, short links: src/redirects). */
const KEPT_STATUS = new Set([200, 404, 301, 302, 307, 308])

/** Longer addresses are answered, never kept: no page has one. */
const MAX_KEPT_ADDRESS = 2048

export function isPublicRequest(req: IncomingMessage, path: URL): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !NOT_PUBLIC.test(path.pathname) &&
    // Each counts a podcast app's download: never shared between requests, HEAD never a GET.
    !isDownloadPath(path.pathname)
  )
}

/**
 * The address a page is kept under: its variant, path, and the parameters pages read, sorted.
 * Any other parameter (a tracker's, a probe's) leads to the same page.
 */
export function keyOf(req: IncomingMessage, path: URL): string {
  const query = new URLSearchParams()
  for (const [name, value] of path.searchParams)
    if ((PAGE_PARAMS as readonly string[]).includes(name)) query.append(name, value)
  query.sort()
  const search = query.size ? `?${query}` : ''
  return `${asksToSaveData(req.headers['save-data']) ? 'lite' : 'full'} ${path.pathname}${search}`
}

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
const matches = (header: string | undefined, etag: string) =>
  Boolean(header) &&
  (header!.trim() === '*' || header!.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))

type How = { state: 'HIT' | 'MISS'; head: boolean; gzip: boolean }

/** Sends an answer; `state` says whether it came from memory. */
export function sendAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  ready: Ready,
  how: How,
): void {
  const zipped = how.gzip ? gzipOf(ready) : null
  // Each representation its own ETag: the plain and the gzip bytes differ.
  const etag = zipped ? `${ready.etag.slice(0, -1)}-gz"` : ready.etag
  res.statusCode = ready.status
  for (const [name, value] of ready.headers) res.setHeader(name, value)
  res.setHeader('ETag', etag)
  res.setHeader('X-Siang-Cache', how.state)
  if (ready.compressible)
    res.setHeader('Vary', [res.getHeader('vary'), 'Accept-Encoding'].filter(Boolean).join(', '))
  if (ready.status === 200 && matches(req.headers['if-none-match'], etag)) {
    res.statusCode = 304
    res.removeHeader('Content-Type')
    res.end()
    return
  }
  const body = zipped ?? ready.body
  if (zipped) res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', body.length)
  res.end(how.head ? undefined : body)
}

/** Headers that belong to one transfer, not to the answer. */
const TRANSFER = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  CACHE_TAGS_HEADER,
])

/**
 * What an answer really varies on: not the headers of Next's client router (no public page has
 * it), nor Accept-Encoding, which this server adds when it compresses.
 */
const ownVary = (vary: string) =>
  [
    ...new Set(
      vary
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v && !/^(rsc|next-router-[\w-]+|accept-encoding)$/i.test(v)),
    ),
  ].join(', ')

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean

/** Headers given to writeHead: an object, or a flat list of names and values. */
function setHeadersFrom(res: ServerResponse, headers: unknown): void {
  if (Array.isArray(headers)) {
    const flat = headers.flat() as string[]
    for (let i = 0; i + 1 < flat.length; i += 2) res.appendHeader(flat[i], flat[i + 1])
  } else if (headers && typeof headers === 'object')
    for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v as string)
}

/**
 * Takes Next's answer whole instead of letting it out, then hands it to `done` with whether it
 * may be kept and shared. Next writes to `res` as to any response; nothing reaches the client
 * until `done` sends it.
 */
export function takeAnswer(
  res: ServerResponse,
  done: (answer: Answer, rules: { keep: boolean; share: boolean }) => void,
): void {
  const chunks: Buffer[] = []
  const own = res as unknown as Record<string, unknown>
  const restore = () => {
    for (const name of ['writeHead', 'flushHeaders', 'write', 'end']) delete own[name]
  }
  own.writeHead = (status: number, ...rest: unknown[]) => {
    setHeadersFrom(res, rest[rest.length - 1])
    res.statusCode = status
    return res
  }
  own.flushHeaders = () => {}
  own.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding))
    const cb = typeof callback === 'function' ? callback : encoding
    if (typeof cb === 'function') process.nextTick(cb as () => void)
    return true
  }) as Write
  own.end = (chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      chunks.push(toBuffer(chunk, encoding))
    const cb = [callback, encoding, chunk].find((c) => typeof c === 'function')
    const headers: Answer['headers'] = []
    let tags: string[] | null = null
    let cookie = false
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (name === CACHE_TAGS_HEADER) tags = tagsFromHeader(String(value))
      if (name === 'set-cookie') cookie = true
      res.removeHeader(name)
      if (TRANSFER.has(name) || value === undefined) continue
      const kept = name === 'vary' ? ownVary(String(value)) : value
      if (kept) headers.push([name, Array.isArray(kept) ? kept : String(kept)])
    }
    restore()
    if (typeof cb === 'function') res.once('finish', () => (cb as () => void)())
    const answer = {
      status: res.statusCode,
      headers,
      body: Buffer.concat(chunks),
      tags: tags ?? [],
    }
    // An answer that sets a cookie belongs to one visitor: never kept, never shared.
    done(answer, {
      keep: tags !== null && !cookie && KEPT_STATUS.has(answer.status),
      share: !cookie,
    })
    return res
  }
}

/** A request waiting for the page another request is making: null when it must ask itself. */
type Waiter = (ready: Ready | null) => void

export type KeptAnswersOptions = { maxBytes: number; maxAgeMs: number }

/**
 * The answers this server keeps: pages at plain addresses in the main budget; 404s and addresses
 * with a query in a budget of their own, an eighth as large, so that a flood of made-up addresses
 * never pushes the real pages out.
 */
export class KeptAnswers {
  private readonly pages: PageCache
  private readonly variants: PageCache
  private readonly making = new Map<string, Waiter[]>()

  constructor({ maxBytes, maxAgeMs }: KeptAnswersOptions) {
    this.pages = new PageCache({ maxBytes, maxAgeMs })
    this.variants = new PageCache({ maxBytes: maxBytes / 8, maxAgeMs })
  }

  expire(tags: string[]): void {
    this.pages.expire(tags)
    this.variants.expire(tags)
  }

  /** Answers a public request, from memory or through Next (`next`, given the request as GET). */
  answer(req: IncomingMessage, res: ServerResponse, path: URL, next: () => void): void {
    const key = keyOf(req, path)
    const how = { head: req.method === 'HEAD', gzip: acceptsGzip(req.headers['accept-encoding']) }
    const kept = this.pages.get(key) ?? this.variants.get(key)
    if (kept) return sendAnswer(req, res, kept, { ...how, state: 'HIT' })
    const waiting = this.making.get(key)
    if (waiting) {
      waiting.push((ready) =>
        ready
          ? sendAnswer(req, res, ready, { ...how, state: 'HIT' })
          : this.ask(req, res, next, (answer) =>
              sendAnswer(req, res, readyToSend(answer), { ...how, state: 'MISS' }),
            ),
      )
      return
    }
    this.making.set(key, [])
    const mark = Math.max(this.pages.mark(), this.variants.mark())
    const release = (ready: Ready | null) => {
      const waiters = this.making.get(key) ?? []
      this.making.delete(key)
      for (const waiter of waiters) waiter(ready)
    }
    // The client left, or Next failed, before an answer: the others ask for themselves.
    res.once('close', () => {
      if (this.making.has(key) && !res.writableFinished) release(null)
    })
    this.ask(req, res, next, (answer, rules) => {
      const ready = readyToSend(answer)
      if (rules.keep && req.url!.length <= MAX_KEPT_ADDRESS) {
        const cache = answer.status === 200 && !path.search ? this.pages : this.variants
        cache.store(key, ready, mark)
      }
      sendAnswer(req, res, ready, { ...how, state: 'MISS' })
      release(rules.share ? ready : null)
    })
  }

  /** Sends the request to Next as a plain GET, and hands its answer, taken whole, to `done`. */
  private ask(
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
    done: Parameters<typeof takeAnswer>[1],
  ): void {
    // Next answers plain and unconditional: this server compresses, and answers If-None-Match.
    const ifNoneMatch = req.headers['if-none-match']
    req.method = 'GET'
    delete req.headers['accept-encoding']
    delete req.headers['if-none-match']
    delete req.headers['if-modified-since']
    takeAnswer(res, (answer, rules) => {
      if (ifNoneMatch) req.headers['if-none-match'] = ifNoneMatch
      done(answer, rules)
    })
    next()
  }
}
