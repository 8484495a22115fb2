/** URL checks used by field validation. */
import type { PayloadRequest } from 'payload'
import { sayFor } from '../i18n/admin'
import { english, type Say } from '../i18n/siang'

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A loopback host: a browser treats it as secure, and partners' developers test there. */
const loopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]'

/**
 * A well-formed https origin (or http on this machine's loopback, for a partner's developer):
 * scheme, host and optional port, nothing else (no path, query, fragment, credentials or
 * wildcard). Returns why not, or null.
 */
export function httpsOriginProblem(value: string, say: Say = english): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return say('originNotUrl', { value })
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback(url.hostname)))
    return say('originNotHttps', { value })
  if (url.username || url.password) return say('originCredentials', { value })
  if (value.includes('*')) return say('originWildcard', { value })
  if (url.origin !== value.replace(/\/$/, '')) {
    return say('originOnly', { value, origin: url.origin })
  }
  return null
}

export const urlValidation = (
  value: string | null | undefined,
  { req }: { req: Pick<PayloadRequest, 't'> },
): true | string => (!value || isHttpUrl(value) ? true : sayFor(req)('notWebAddress', { value }))

/** A path segment with its %-escapes decoded, or null when they are broken (a 404, not a 500). */
export function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
