import { NextResponse, type NextRequest } from 'next/server'
import { LITE_SUFFIX, parseLocaleSegment } from '@/lib/locales'

/**
 * Public pages are cached, one entry per URL. A visitor who sends `Save-Data: on` is served the
 * data-saving variant from its own entry: the request is rewritten to `/{locale}-lite/…` (the
 * address bar keeps `/{locale}/…`), and the page reads the variant from its locale segment.
 * Only page paths pass through here: never /api, whose uploads a proxy would cut at 10 MB.
 */
export function proxy(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone()
  const [, segment, ...rest] = url.pathname.split('/')
  const parsed = parseLocaleSegment(segment)
  if (!parsed) return NextResponse.next()
  if (parsed.lite) {
    // The variant has no address of its own.
    url.pathname = ['', parsed.locale, ...rest].join('/')
    return NextResponse.redirect(url, 308)
  }
  const lite = request.headers.get('save-data')?.trim().toLowerCase() === 'on'
  if (lite) url.pathname = ['', parsed.locale + LITE_SUFFIX, ...rest].join('/')
  // Next.js sets its own Vary on pages, so a shared cache in front (deploy/nginx) must key on
  // the Save-Data header itself.
  return lite ? NextResponse.rewrite(url) : NextResponse.next()
}

export const config = {
  matcher: ['/(lo|en)', '/(lo|en)/:path*', '/(lo|en)-lite', '/(lo|en)-lite/:path*'],
}
