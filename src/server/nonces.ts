/**
 * Puts a fresh nonce into every page and admin view: the stand-in Next rendered (and cached) is
 * replaced in the body as it streams, and the Content-Security-Policy header names the same
 * nonce. Both are the same length, so a Content-Length stays right. Pure Node.
 */
import type { ServerResponse } from 'node:http'
import { createGzip, constants } from 'node:zlib'
import { freshNonce, pageCsp } from '../lib/csp'
import { COMPRESSIBLE } from './encoding'

const REWRITTEN = /^(text\/html|text\/x-component)\b/

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse

export const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : chunk instanceof Uint8Array
      ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      : Buffer.from(
          String(chunk),
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        )

/** Replaces every `from` in a stream of chunks, holding back a tail that may begin one. */
export function replacer(from: string, to: string) {
  const needle = Buffer.from(from)
  const replacement = Buffer.from(to)
  let held: Buffer = Buffer.alloc(0)
  const swap = (buf: Buffer): Buffer => {
    const parts: Buffer[] = []
    let at = 0
    for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, at)) {
      parts.push(buf.subarray(at, i), replacement)
      at = i + needle.length
    }
    parts.push(buf.subarray(at))
    return Buffer.concat(parts)
  }
  return {
    push(chunk: Buffer): Buffer {
      const swapped = swap(Buffer.concat([held, chunk]))
      const keep = Math.min(swapped.length, needle.length - 1)
      held = swapped.subarray(swapped.length - keep)
      return swapped.subarray(0, swapped.length - keep)
    },
    flush(): Buffer {
      const rest = held
      held = Buffer.alloc(0)
      return rest
    },
  }
}

/**
 * Wraps a page's response: once Next has set its headers, an HTML or RSC answer gets the policy
 * header and the nonce swapped in (and gzip when the client takes it); anything else passes
 * through, compressed when it is text.
 */
export function withFreshNonce(res: ServerResponse, standIn: string, gzip: boolean): void {
  const nonce = freshNonce()
  const swap = replacer(standIn, nonce)
  const write = res.write.bind(res) as Write
  const end = res.end.bind(res) as End
  const writeHead = res.writeHead.bind(res)
  let mode: 'pass' | 'rewrite' | undefined
  let zip: ReturnType<typeof createGzip> | undefined

  const decide = () => {
    if (mode) return mode
    const type = String(res.getHeader('content-type') ?? '')
    const encoded = Boolean(res.getHeader('content-encoding'))
    mode = REWRITTEN.test(type) && !encoded ? 'rewrite' : 'pass'
    // Next repeats the nonce in headers too (Link: preload … nonce="…").
    for (const [name, value] of Object.entries(res.getHeaders())) {
      const values = Array.isArray(value) ? value : [value]
      if (values.some((v) => typeof v === 'string' && v.includes(standIn)))
        res.setHeader(
          name,
          values.map((v) => String(v).split(standIn).join(nonce)),
        )
    }
    if (mode === 'rewrite') {
      res.setHeader('Content-Security-Policy', pageCsp(nonce))
      res.removeHeader('ETag')
      res.removeHeader('Last-Modified')
    }
    if (
      gzip &&
      !encoded &&
      COMPRESSIBLE.test(type) &&
      res.statusCode !== 204 &&
      res.statusCode !== 304
    ) {
      res.removeHeader('Content-Length')
      res.setHeader('Content-Encoding', 'gzip')
      res.appendHeader('Vary', 'Accept-Encoding')
      zip = createGzip({ flush: constants.Z_SYNC_FLUSH })
      zip.on('data', (c: Buffer) => write(c))
      zip.on('end', () => end())
      // Next waits for the response's 'drain' when a write says the buffer is full.
      zip.on('drain', () => res.emit('drain'))
    }
    return mode
  }
  const out = (buf: Buffer) => (buf.length === 0 ? true : zip ? zip.write(buf) : write(buf))

  res.writeHead = ((...args: Parameters<ServerResponse['writeHead']>) => {
    // Headers passed to writeHead itself are set first, so that decide() sees them.
    const last = args[args.length - 1]
    if (last && typeof last === 'object' && !Array.isArray(last))
      for (const [k, v] of Object.entries(last)) if (v !== undefined) res.setHeader(k, v as string)
    if (typeof args[0] === 'number') res.statusCode = args[0]
    decide()
    return writeHead(res.statusCode)
  }) as ServerResponse['writeHead']

  const flushHeaders = res.flushHeaders.bind(res)
  res.flushHeaders = () => {
    decide()
    flushHeaders()
  }

  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const buf = toBuffer(chunk, encoding)
    const ok = out(decide() === 'rewrite' ? swap.push(buf) : buf)
    if (typeof callback === 'function') callback()
    else if (typeof encoding === 'function') encoding()
    return ok
  }) as Write

  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const done =
      typeof callback === 'function'
        ? callback
        : typeof encoding === 'function'
          ? encoding
          : typeof chunk === 'function'
            ? chunk
            : undefined
    const hasChunk = chunk !== undefined && chunk !== null && typeof chunk !== 'function'
    const mine = decide() === 'rewrite'
    if (hasChunk) {
      const buf = toBuffer(chunk, encoding)
      out(mine ? swap.push(buf) : buf)
    }
    if (mine) out(swap.flush())
    if (zip) {
      if (done) res.once('finish', () => (done as () => void)())
      zip.end()
      return res
    }
    return end(done as never)
  }) as End
}
