/**
 * Media files as nginx would send them, when no nginx is in front. The media route checks access
 * and names the file in `X-Accel-Redirect` (src/media/acceleratedFile.ts); behind nginx
 * (deploy/nginx/siang.conf), nginx sends it. Straight to `npm start`, this server does:
 * Content-Length (which Next drops from route handlers' answers), ETag and Last-Modified as nginx
 * makes them, 304 to a conditional request, and one byte range (206, or 416 with the size).
 */
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { ACCEL_HEADER, fileOfAccelPath } from '../media/acceleratedFile'

export const MEDIA_FILES = '/api/media/file/'

/**
 * nginx in front says it sends named files itself (deploy/nginx/siang.conf), from this machine:
 * the header counts only from a loopback peer. Anyone else who sends it gets the file as usual,
 * so a cache in front that passes the header on cannot be made to keep an empty answer.
 */
export const sentByProxy = (req: IncomingMessage) =>
  req.headers['x-siang-sends-files'] === 'nginx' && isLoopback(req.socket.remoteAddress)

const isLoopback = (address: string | undefined) =>
  address === '::1' || /^(::ffff:)?127\./.test(address ?? '')

type Range = { start: number; end: number } | 'whole' | 'unsatisfiable'

/** One range of `bytes=a-b`, `a-` or `-n`; several ranges get the whole file, as RFC 9110 allows. */
export function rangeOf(header: string | undefined, size: number): Range {
  const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (!match[1] && !match[2])) return 'whole'
  const [first, last] = [match[1] ? Number(match[1]) : null, match[2] ? Number(match[2]) : null]
  if (first === null) {
    if (last === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - last!), end: size - 1 }
  }
  if (first >= size || (last !== null && last < first)) return 'unsatisfiable'
  return { start: first, end: Math.min(last ?? size - 1, size - 1) }
}

/** nginx's ETag: the modification time and the size, in hex. */
export const etagOf = (stat: fs.Stats) =>
  `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`

function isFresh(req: IncomingMessage, etag: string, modified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
  const since = Date.parse(req.headers['if-modified-since'] ?? '')
  return Number.isFinite(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since
}

/** If-Range names the file as it is now: the range applies; else the whole file is sent. */
function rangeStillApplies(req: IncomingMessage, etag: string, modified: string): boolean {
  const ifRange = req.headers['if-range']
  return !ifRange || ifRange === etag || ifRange === modified
}

type Out = { write: (chunk: Buffer) => boolean; end: () => void }

function send(req: IncomingMessage, res: ServerResponse, file: string, out: Out): void {
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      res.statusCode = 404
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      const body = Buffer.from(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
      res.setHeader('Content-Type', 'application/json')
      res.setHeader('Content-Length', body.length)
      out.write(body)
      return out.end()
    }
    const etag = etagOf(stat)
    const modified = stat.mtime.toUTCString()
    res.setHeader('ETag', etag)
    res.setHeader('Last-Modified', modified)
    res.setHeader('Accept-Ranges', 'bytes')
    if (isFresh(req, etag, stat.mtime)) {
      res.statusCode = 304
      return out.end()
    }
    const range = rangeStillApplies(req, etag, modified)
      ? rangeOf(req.headers.range, stat.size)
      : 'whole'
    if (range === 'unsatisfiable') {
      res.statusCode = 416
      res.setHeader('Content-Range', `bytes */${stat.size}`)
      res.setHeader('Content-Length', 0)
      return out.end()
    }
    const { start, end } = range === 'whole' ? { start: 0, end: stat.size - 1 } : range
    res.statusCode = range === 'whole' ? 200 : 206
    if (range !== 'whole') res.setHeader('Content-Range', `bytes ${start}-${end}/${stat.size}`)
    res.setHeader('Content-Length', Math.max(0, end - start + 1))
    if (req.method === 'HEAD' || stat.size === 0) return out.end()
    const stream = fs.createReadStream(file, { start, end })
    stream.on('data', (chunk) => {
      if (!out.write(chunk as Buffer)) stream.pause()
    })
    res.on('drain', () => stream.resume())
    stream.on('end', () => out.end())
    stream.on('error', () => res.destroy())
    res.on('close', () => stream.destroy())
  })
}

/**
 * Lets Next answer the request, and sends the file itself when the answer names one in
 * `X-Accel-Redirect`: from then on, what Next writes (an empty body) is dropped.
 */
export function sendsNamedFile(req: IncomingMessage, res: ServerResponse, mediaDir: string): void {
  const own = res as unknown as Record<string, unknown>
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  // The head goes first, by the original writeHead: Node's implicit one would call the override.
  const head = () => {
    if (!res.headersSent) original.writeHead.call(res, res.statusCode)
  }
  const out: Out = {
    write: (chunk) => {
      head()
      return (original.write as (chunk: Buffer) => boolean).call(res, chunk)
    },
    end: () => {
      head()
      ;(original.end as () => ServerResponse).call(res)
    },
  }
  let taken: boolean | null = null
  const take = (): boolean => {
    if (taken !== null) return taken
    const named = res.getHeader(ACCEL_HEADER)
    taken = named !== undefined
    // Not a named file: the overrides stay, passing every call on (Next's compression may have
    // wrapped them in turn, so they are never taken away).
    if (!taken) return false
    const file = typeof named === 'string' ? fileOfAccelPath(named) : null
    // The file goes out as it is stored: no length or encoding of the empty answer applies.
    for (const header of [ACCEL_HEADER, 'Content-Length', 'Content-Encoding'])
      res.removeHeader(header)
    if (file) send(req, res, path.join(mediaDir, file), out)
    else {
      res.statusCode = 404
      out.end()
    }
    return true
  }
  own.writeHead = (...args: Parameters<ServerResponse['writeHead']>) => {
    const [status, ...rest] = args
    const headers = rest[rest.length - 1]
    if (headers && typeof headers === 'object' && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value as string)
    res.statusCode = status
    return take() ? res : original.writeHead.call(res, status)
  }
  own.write = (...args: unknown[]) =>
    take() ? true : (original.write as (...a: unknown[]) => boolean).apply(res, args)
  own.end = (...args: unknown[]) =>
    take() ? res : (original.end as (...a: unknown[]) => ServerResponse).apply(res, args)
}
