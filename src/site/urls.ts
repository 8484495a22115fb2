import { resolveServerURL } from '@/lib/env'

/**
 * The site-relative address of a URL: Payload answers with absolute file URLs (on SERVER_URL),
 * pages link with paths so they work behind any proxy.
 */
export function sitePath(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  try {
    const { pathname, search } = new URL(url, 'http://site.invalid')
    return pathname + search
  } catch {
    return undefined
  }
}

/** The public absolute address of a path or URL, on SERVER_URL: for feeds, cards and JSON-LD. */
export function absoluteUrl(pathOrUrl: string | null | undefined): string | undefined {
  const path = sitePath(pathOrUrl)
  return path ? new URL(path, resolveServerURL()).href : undefined
}
