import { NextResponse, type NextRequest } from 'next/server'
import { LANGUAGE_COOKIE, preferredAdminLanguage } from '@/i18n/admin'

/** Only the admin passes through here, for its language; public pages never do (src/site/render). */
export function proxy(request: NextRequest): NextResponse {
  return adminLanguage(request)
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
  matcher: ['/admin', '/admin/:path*'],
}
