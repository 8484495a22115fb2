/** @jsxImportSource preact */
/**
 * The one way a public page is made: the address is read, the page's data loaded, and typed
 * components rendered to HTML by preact-render-to-string (which escapes every text and attribute).
 * No framework runtime reaches the browser: only the islands script (src/site/assets/islands.js).
 * Siang's server keeps the answer and serves it again until a write expires its tags
 * (src/server/pageCache.ts).
 */
import { NotFoundBody } from '@/components/Shell'
import { publicPageCsp } from '@/lib/csp'
import { defaultLocale, parseLocaleSegment, sendsSaveData, type Locale } from '@/lib/locales'
import { decodedSegment } from '@/lib/urls'
import { redirectFor, type Moved } from '@/redirects/resolve'
import { siteSettings } from '@/site/data'
import { detailPage, episodePage } from '@/site/pages/detail'
import { helpPage, servicesPage } from '@/site/pages/help'
import { homePage } from '@/site/pages/home'
import { keptPage } from '@/site/pages/kept'
import { listPage } from '@/site/pages/list'
import { offlinePage } from '@/site/pages/offline'
import { searchPage } from '@/site/pages/search'
import { pageMetadata } from '@/site/metadata'
import { pathOf } from '@/site/sections'
import { CACHE_TAGS_HEADER, tagsHeader } from '@/site/tags'
import { siteStrings } from '@/site/strings'
import { pageHtml } from './html'
import { alternateOf, otherLocale, type Page, type PageArgs, type PageMaker } from './page'
import { inRenderScope } from './scope'

/** Which maker answers an address under /{locale}, by its number of segments after it. */
const makers: Record<number, PageMaker[]> = {
  0: [homePage],
  1: [searchPage, helpPage, offlinePage, keptPage, listPage],
  2: [servicesPage, detailPage],
  3: [episodePage],
}

async function makePage(args: PageArgs): Promise<Page | null> {
  for (const maker of makers[args.parts.length] ?? []) {
    const page = await maker(args)
    if (page) return page
  }
  return null
}

function notFoundPage(locale: Locale, path: string): Page {
  const s = siteStrings(locale)
  return {
    head: pageMetadata({ locale, path, title: s.notFoundTitle, noindex: true }),
    alternate: pathOf(otherLocale(locale)),
    body: <NotFoundBody locale={locale} />,
  }
}

const plain = (status: number, headers: Record<string, string>) =>
  new Response(null, { status, headers })

/**
 * A redirect, kept by Siang's server like a page under the tags of what it read. Browsers ask
 * again each time, so a slug reused, or a short link pointed elsewhere, takes effect at once.
 */
function redirect({ location, status }: Moved, tagged: string): Response {
  const headers: Record<string, string> = {
    Location: location,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Save-Data',
  }
  if (tagged.length <= 8192) headers[CACHE_TAGS_HEADER] = tagged
  return new Response(null, { status, headers })
}

/** GET (and HEAD) of any address under /{locale}, and of any address no other route takes. */
export async function answerPublicPage(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const segments = url.pathname.split('/').slice(1).filter(Boolean).map(decodedSegment)
  const [first, ...rest] = segments
  const parsed = first ? parseLocaleSegment(first) : null
  if (parsed?.lite) {
    // The data-saving variant has no address of its own (it once had /{locale}-lite/…).
    const path = url.pathname.replace(/^\/[^/]+/, `/${parsed.locale}`)
    return plain(308, { Location: path + url.search })
  }
  const locale = parsed?.locale ?? defaultLocale
  const parts = rest.every((p): p is string => p !== null) ? rest : null
  // Rendered inside the scope too: components read the variant (Save-Data) from it.
  const { result, tags } = await inRenderScope(sendsSaveData(request.headers), async () => {
    const [found, settings] = await Promise.all([
      parsed && parts ? makePage({ locale, parts, query: url.searchParams }) : null,
      siteSettings(locale),
    ])
    // No page here: an old slug's address or a staff redirect may lead on (a live page wins).
    const moved = found ? null : await redirectFor(url.pathname)
    if (moved) return { moved }
    const page = found ?? notFoundPage(locale, url.pathname)
    const alternate = found ? page.alternate : alternateOf(locale, pathOf(locale))
    const html = pageHtml(page, locale, settings, alternate)
    return {
      html,
      found: Boolean(found),
      cacheable: page.cacheable !== false,
      headers: found?.headers,
    }
  })
  const tagged = tagsHeader(tags)
  if ('moved' in result && result.moved) return redirect(result.moved, tagged)
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': locale,
    'Content-Security-Policy': publicPageCsp(),
    // Browsers ask again each time, and get a 304 while the page is unchanged.
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Save-Data',
    ...result.headers,
  }
  // An address too long to be a real page's (a probe) is answered, not kept.
  if (result.cacheable && tagged.length <= 8192) headers[CACHE_TAGS_HEADER] = tagged
  return new Response(result.html, {
    status: result.found ? 200 : 404,
    headers,
  })
}
