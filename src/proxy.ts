import { NextResponse, type NextRequest } from 'next/server'
import { LANGUAGE_COOKIE, preferredAdminLanguage } from '@/i18n/admin'
import { LITE_SUFFIX, parseLocaleSegment, sendsSaveData } from '@/lib/locales'

/**
 * Public pages are cached, one entry per URL. A visitor who sends `Save-Data: on` is served the
 * data-saving variant from its own entry: the request is rewritten to `/{locale}-lite/…` (the
 * address bar keeps `/{locale}/…`), and the page reads the variant from its locale segment.
 * Only page paths (and the admin's, for its language) pass through here: never /api, whose
 * uploads a proxy would cut at 10 MB.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/admin')) return adminLanguage(request)
  const url = request.nextUrl.clone()
  const [, segment, ...rest] = url.pathname.split('/')
  const parsed = parseLocaleSegment(segment)
  if (!parsed) return NextResponse.next()
  if (parsed.lite) {
    // The variant has no address of its own.
    url.pathname = ['', parsed.locale, ...rest].join('/')
    return NextResponse.redirect(url, 308)
  }
  const lite = sendsSaveData(request.headers)
  if (lite) url.pathname = ['', parsed.locale + LITE_SUFFIX, ...rest].join('/')
  // Next.js sets its own Vary on pages, so a shared cache in front (deploy/nginx) must key on
  // the Save-Data header itself.
  return lite ? NextResponse.rewrite(url) : NextResponse.next()
}

/**
 * Payload picks the admin language from its cookie, else from Accept-Language but only among
 * the languages it ships, which lack Lao. So a browser that asks for Lao first, and has no
 * cookie yet, gets the cookie: on this request, so the first page is already in Lao, and on the
 * response, so it stays. A choice made in the account settings sets the same cookie and wins.
 */
function adminLanguage(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  if (preferredAdminLanguage(request.headers.get('accept-language')) !== 'lo')
    return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'lo')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'lo', {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
  })
  return response
}

export const config = {
  matcher: [
    '/(lo|en)',
    '/(lo|en)/:path*',
    '/(lo|en)-lite',
    '/(lo|en)-lite/:path*',
    '/admin',
    '/admin/:path*',
  ],
}
