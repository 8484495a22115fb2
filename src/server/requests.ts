/**
 * What Siang's server (src/server/index.ts) does to each request before Next sees it. Pure
 * Node; no Next or Payload imports.
 */
import type { IncomingMessage } from 'node:http'
import { addressOf, CLIENT_ADDRESS_HEADER } from '../lib/clientAddress'
import { standInRequestCsp } from '../lib/csp'
import { acceptsGzip } from './encoding'

/** Whether a URL's %-escapes all decode: a broken one is refused before any route sees it. */
export function decodes(url: string): boolean {
  try {
    decodeURIComponent(url)
    return true
  } catch {
    return false
  }
}

/**
 * Views Next renders with React, whose scripts take the response's nonce: the admin. Public pages
 * have no inline script (src/site/render) and are answered by src/server/keptAnswers.ts.
 */
export function isPage(pathname: string): boolean {
  return /^\/admin(\/|$)/.test(pathname)
}

/**
 * Sets what Next and Siang's routes may trust, replacing whatever the client sent under the same
 * names: the client's address (src/lib/clientAddress.ts), and for pages the stand-in nonce. A
 * client's own CSP request header would otherwise make Next render, and cache for everyone, a
 * page with a nonce of the client's choosing.
 */
export function prepare(
  req: IncomingMessage,
  path: URL,
  hops: number,
  standIn: string,
): { page: boolean; gzip: boolean } {
  const forwarded = req.headers['x-forwarded-for']
  req.headers[CLIENT_ADDRESS_HEADER] = addressOf(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
    hops,
  )
  delete req.headers['content-security-policy']
  delete req.headers['content-security-policy-report-only']
  const page = isPage(path.pathname)
  if (!page) return { page, gzip: false }
  req.headers['content-security-policy'] = standInRequestCsp(standIn)
  // Each answer carries its own nonce: no conditional answers (a 304 would pair a new policy with
  // an old page), and Siang compresses after swapping the nonce in.
  const gzip = acceptsGzip(req.headers['accept-encoding'])
  delete req.headers['accept-encoding']
  delete req.headers['if-none-match']
  delete req.headers['if-modified-since']
  return { page, gzip }
}
