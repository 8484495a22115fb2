/**
 * Who may frame an embed and talk to it: this site, and the partner's origin framing it when a
 * partner lists it, or anyone when the site settings open embedding to all. Only that origin is
 * named, so no page reveals which other sites partners have allowed (they are private).
 */
import { resolveServerURL } from '@/lib/env'
import { originIn } from '@/lib/urls'
import { embedPartners } from '@/site/data'

/** The origin of the page that asked, as the browser tells it (Referer), if any. */
function refererOrigin(request: Request): string | null {
  try {
    return new URL(request.headers.get('referer') ?? '').origin
  } catch {
    return null
  }
}

export type Framing = {
  /** For frame-ancestors and the page's messages: '*' for any. */
  origins: string[]
  /** The partner's origin framing it, for the embed's own links and forms to carry. */
  host?: string
}

/**
 * The framing page is the Referer of the first load; a page the embed opens inside its frame
 * (another try, the answer sent without script) has the embed itself as its Referer, and names
 * the framing origin in `host` instead. Either counts only when a partner lists it.
 */
export async function framedBy(request: Request, host: string | null): Promise<Framing> {
  const framing = await embedPartners()
  if (framing.anywhere) return { origins: ['*'] }
  const self = new URL(resolveServerURL()).origin
  const listed = (origin: string | null): origin is string =>
    !!origin && origin !== self && framing.partners.some((p) => p.origins.includes(origin))
  const asking = [refererOrigin(request), originIn(host)].find(listed)
  return asking ? { origins: [self, asking], host: asking } : { origins: [self] }
}
