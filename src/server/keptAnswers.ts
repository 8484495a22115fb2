/**
 * How Siang's server answers public addresses (src/server/index.ts): a page it keeps is sent from
 * memory without asking Next; otherwise Next's answer is taken whole, kept when it says so (its
 * cache-tags header, src/site/tags.ts), and sent the same way. Either way the answer is compressed
 * for clients that take gzip, carries an ETag, and a repeat visit that has it gets a 304.
 * Pure Node.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CACHE_TAGS_HEADER, tagsFromHeader } from '../site/tags'
import { toBuffer } from './nonces'
import { readyToSend, type Answer, type Kept, type PageCache } from './pageCache'

/** Addresses that are never kept: the API, the admin, and Next's own files. */
const NEVER = /^\/(api|admin|_next)(\/|$)/

/** Parameters that only say where a visitor came from: the page is the same without them. */
const TRACKING = /^(utm_\w+|fbclid|gclid|msclkid|igshid|mc_cid|mc_eid)$/i

export function mayKeep(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !NEVER.test(new URL(req.url ?? '/', 'http://x').pathname)
  )
}

const savesData = (req: IncomingMessage) =>
  String(req.headers['save-data'] ?? '')
    .trim()
    .toLowerCase() === 'on'

/** The address a page is kept under: its variant, path and sorted parameters. */
export function keyOf(req: IncomingMessage): string {
  const url = new URL(req.url ?? '/', 'http://x')
  for (const name of [...url.searchParams.keys()])
    if (TRACKING.test(name)) url.searchParams.delete(name)
  url.searchParams.sort()
  return `${savesData(req) ? 'lite' : 'full'} ${url.pathname}${url.search}`
}

const matches = (header: string | undefined, etag: string) =>
  Boolean(header) && (header!.trim() === '*' || header!.split(',').some((t) => t.trim() === etag))

/** Sends an answer; `state` says whether it came from memory. */
export function sendKept(
  req: IncomingMessage,
  res: ServerResponse,
  kept: Kept,
  state: 'HIT' | 'MISS',
  acceptsGzip: boolean,
): void {
  res.statusCode = kept.status
  for (const [name, value] of kept.headers) res.setHeader(name, value)
  res.setHeader('ETag', kept.etag)
  res.setHeader('X-Siang-Cache', state)
  if (kept.gzip)
    res.setHeader('Vary', [res.getHeader('vary'), 'Accept-Encoding'].filter(Boolean).join(', '))
  if (kept.status === 200 && matches(req.headers['if-none-match'], kept.etag)) {
    res.statusCode = 304
    res.removeHeader('Content-Type')
    res.end()
    return
  }
  const zipped = acceptsGzip && kept.gzip
  const body = zipped ? kept.gzip! : kept.body
  if (zipped) res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
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

/**
 * Takes Next's answer whole instead of letting it out, then hands it to `done`. Next writes to
 * `res` as to any response; nothing reaches the client until `done` sends it.
 */
export function takeAnswer(
  res: ServerResponse,
  done: (answer: Answer, keep: boolean) => void,
): void {
  const chunks: Buffer[] = []
  const own = res as unknown as Record<string, unknown>
  const restore = () => {
    for (const name of ['writeHead', 'flushHeaders', 'write', 'end']) delete own[name]
  }
  own.writeHead = (status: number, ...rest: unknown[]) => {
    const last = rest[rest.length - 1]
    if (last && typeof last === 'object' && !Array.isArray(last))
      for (const [k, v] of Object.entries(last)) if (v !== undefined) res.setHeader(k, v as string)
    res.statusCode = status
    return res
  }
  own.flushHeaders = () => {}
  own.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding))
    const cb = typeof callback === 'function' ? callback : encoding
    if (typeof cb === 'function') cb()
    return true
  }) as Write
  own.end = (chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      chunks.push(toBuffer(chunk, encoding))
    const cb = [callback, encoding, chunk].find((c) => typeof c === 'function')
    const headers: [string, string][] = []
    let tags: string[] | null = null
    let cookie = false
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (name === CACHE_TAGS_HEADER) tags = tagsFromHeader(String(value))
      if (name === 'set-cookie') cookie = true
      res.removeHeader(name)
      if (TRANSFER.has(name) || value === undefined) continue
      const text = Array.isArray(value) ? value.join(', ') : String(value)
      if (name === 'vary') {
        if (ownVary(text)) headers.push([name, ownVary(text)])
      } else headers.push([name, text])
    }
    for (const name of TRANSFER) res.removeHeader(name)
    restore()
    if (typeof cb === 'function') res.once('finish', () => (cb as () => void)())
    const answer = {
      status: res.statusCode,
      headers,
      body: Buffer.concat(chunks),
      tags: tags ?? [],
    }
    // An answer that sets a cookie belongs to one visitor: never kept.
    done(answer, tags !== null && !cookie && (answer.status === 200 || answer.status === 404))
    return res
  }
}

/**
 * Answers a public address: from memory when kept, else through Next (`next`), keeping what
 * may be kept. False when the request is not one to answer here (a HEAD not kept: Next answers).
 */
export function answerKept(
  pages: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
): boolean {
  const key = keyOf(req)
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const kept = pages.get(key)
  if (kept) {
    sendKept(req, res, kept, 'HIT', acceptsGzip)
    return true
  }
  if (req.method !== 'GET') return false
  const mark = pages.mark()
  // Next sends it plain and unconditional: this server compresses, and answers If-None-Match.
  delete req.headers['accept-encoding']
  const ifNoneMatch = req.headers['if-none-match']
  delete req.headers['if-none-match']
  delete req.headers['if-modified-since']
  takeAnswer(res, (answer, keep) => {
    const ready = readyToSend(answer)
    if (keep) pages.store(key, ready, mark)
    if (ifNoneMatch) req.headers['if-none-match'] = ifNoneMatch
    sendKept(req, res, ready, 'MISS', acceptsGzip)
  })
  next()
  return true
}
