/** URL checks used by field validation. */

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
export function httpsOriginProblem(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a URL. Write an origin such as https://www.example.org`
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback(url.hostname)))
    return `"${value}" must start with https://`
  if (url.username || url.password) return `"${value}" must not contain a user name or password`
  if (value.includes('*')) return `"${value}" must not contain a wildcard`
  if (url.origin !== value.replace(/\/$/, '')) {
    return `"${value}" must be an origin only, such as ${url.origin} (no path, query or fragment)`
  }
  return null
}

export const urlValidation = (value: string | null | undefined): true | string =>
  !value || isHttpUrl(value) ? true : `"${value}" is not a web address (http:// or https://)`
