/**
 * The Content-Security-Policy of Siang's pages and admin. No Payload imports.
 *
 * Public pages run only the site's own script file. In the admin, scripts run only from this
 * site's own files and from inline scripts carrying the response's nonce. Its views are cached
 * by Next, so they are rendered with a stand-in nonce that Siang's server
 * (src/server) swaps for a fresh random one in every response, setting the header to match. The
 * stand-in is derived from PAYLOAD_SECRET and never leaves the server, so content cannot carry it.
 */
import { createHmac, randomBytes } from 'node:crypto'

/** The stand-in nonce pages are rendered with: the same length as a real one. */
export function nonceStandIn(secret: string): string {
  return createHmac('sha256', secret).update('siang csp nonce').digest('base64').slice(0, 24)
}

/** A fresh nonce: 16 random bytes, base64 (24 characters). */
export const freshNonce = (): string => randomBytes(16).toString('base64')

/** The policy for a page or admin view answered with `nonce`. */
export function pageCsp(nonce: string): string {
  return [
    `script-src 'self' 'nonce-${nonce}'`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/**
 * The policy of a public page (src/site/render): no inline script at all, only the site's own
 * files, so the cached page needs no nonce. JSON-LD blocks are data, not scripts.
 */
export const publicPageCsp = (): string =>
  [
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')

/** How a request asks Next to put the stand-in on its scripts (Next reads it from this header). */
export const standInRequestCsp = (standIn: string): string => `script-src 'nonce-${standIn}'`
