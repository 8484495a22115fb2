/**
 * How Siang's server reads a request's address and what encodings it takes. Pure Node.
 */
import type { IncomingMessage } from 'node:http'

/** Types worth compressing: text of any kind (pictures, audio and video are compressed already). */
export const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|rss\+xml|javascript|manifest\+json)|image\/svg\+xml)/

/** Whether an Accept-Encoding header takes gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  return value.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (name.trim() !== 'gzip' && name.trim() !== '*') return false
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    return q === undefined || Number(q) > 0
  })
}

/**
 * The address of a request, as a path and query: null when it is not one this server answers
 * (an absolute or malformed target such as `http://[/`). A path that begins with `//` stays a
 * path: it is never read as a host.
 */
export function requestPath(req: IncomingMessage): URL | null {
  const target = req.url ?? '/'
  if (!target.startsWith('/')) return null
  try {
    return new URL(`http://x${target}`)
  } catch {
    return null
  }
}
