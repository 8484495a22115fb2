/** URL checks used by field validation and routes. */

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** An http(s) origin as written, or null: `https://partner.example.org`, nothing more. */
export function originIn(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
      ? url.origin
      : null
  } catch {
    return null
  }
}

/** A loopback host: a browser treats it as secure, and partners' developers test there. */
const loopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]'

/** Says what is wrong with an origin, in the reader's language (Siang's strings fit). */
export type SayOriginProblem = (
  key: 'originNotUrl' | 'originNotHttps' | 'originCredentials' | 'originWildcard' | 'originOnly',
  vars: { value: string; origin?: string },
) => string

/**
 * A well-formed https origin (or http on this machine's loopback, for a partner's developer):
 * scheme, host and optional port, nothing else (no path, query, fragment, credentials or
 * wildcard). Returns why not, or null.
 */
export function httpsOriginProblem(value: string, say: SayOriginProblem): string | null {
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

/** A path segment with its %-escapes decoded, or null when they are broken (a 404, not a 500). */
export function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
