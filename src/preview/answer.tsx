/** @jsxImportSource preact */
/**
 * A draft as it will look, on the public page design, for staff: GET
 * /preview/{collection}/{id}?locale=…&expires=…&signature=… (the admin's Preview button,
 * ./adminPreview.ts). It takes a valid, unexpired signature (./signature.ts) AND a signed-in
 * staff member, and the draft is read with that person's access, so a preview shows no more
 * than the API would. Never kept or shared: private, no-store, noindex, no referrer, and Siang's
 * server does not keep it (src/server/keptAnswers.ts).
 */
import type { VNode } from 'preact'
import { checkRole } from '@/access/checkRole'
import { contentSlugs, type ContentSlug } from '@/lib/slugs'
import { publicPageCsp } from '@/lib/csp'
import { isLocale, type Locale } from '@/lib/locales'
import { roleGroups } from '@/lib/roles'
import type { Drama, Episode } from '@/payload-types'
import { payloadClient, siteSettings } from '@/site/data'
import { pageMetadata } from '@/site/metadata'
import { detailOf, episodeOf, type DetailDoc } from '@/site/pages/detail'
import { pageHtml } from '@/site/render/html'
import { otherLocale, type Page } from '@/site/render/page'
import { inRenderScope } from '@/site/render/scope'
import { sectionOf } from '@/site/sections'
import { checkPreview, previewPath } from './signature'
import { previewStrings } from './strings'

const headers = (status: number): ResponseInit => ({
  status,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': publicPageCsp(),
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    // The signed address never leaves in a Referer.
    'Referrer-Policy': 'no-referrer',
    Vary: 'Cookie, Authorization',
  },
})

async function respond(status: number, page: Page, locale: Locale): Promise<Response> {
  const { result } = await inRenderScope(false, async () =>
    pageHtml(page, locale, await siteSettings(locale), page.alternate),
  )
  return new Response(result, headers(status))
}

/** A refusal, on the site's design, saying what to do. */
function refusal(status: number, locale: Locale, title: string, text: string, extra?: VNode) {
  const page: Page = {
    head: pageMetadata({ locale, path: `/${locale}`, title, noindex: true }),
    alternate: `/${otherLocale(locale)}`,
    body: (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
        {extra}
      </>
    ),
  }
  return respond(status, page, locale)
}

/** The draft's page, as its public page maker would make it once published. */
async function draftPage(collection: ContentSlug, doc: unknown, locale: Locale) {
  if (collection === 'episodes') {
    const episode = doc as Episode
    if (!episode.drama || typeof episode.drama !== 'object') return null
    return episodeOf(episode, episode.drama as Drama, locale)
  }
  const section = sectionOf(collection)
  return section ? detailOf(section, doc as DetailDoc, locale) : null
}

const isContentSlug = (value: string): value is ContentSlug =>
  (contentSlugs as readonly string[]).includes(value)

export async function answerPreview(request: Request, collection: string, id: string) {
  const url = new URL(request.url)
  const asked = url.searchParams.get('locale') ?? ''
  const shown: Locale = isLocale(asked) ? asked : 'lo'
  const said = previewStrings(shown)
  if (!isContentSlug(collection)) return refusal(404, shown, said.missingTitle, said.missingText)
  const checked = checkPreview(collection, id, url.searchParams)
  if (!checked.ok)
    return refusal(
      403,
      shown,
      checked.why === 'expired' ? said.expiredTitle : said.invalidTitle,
      said.againText,
    )
  const { locale } = checked
  const s = previewStrings(locale)

  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    const signIn = `/admin/login?redirect=${encodeURIComponent(url.pathname + url.search)}`
    return refusal(
      401,
      locale,
      s.signInTitle,
      s.signInText,
      <p>
        <a href={signIn}>{s.signIn}</a>
      </p>,
    )
  }
  if (!checkRole(roleGroups.staff, user))
    return refusal(403, locale, s.staffOnlyTitle, s.staffOnlyText)

  // With the staff member's own access: a draft they may not read is not found.
  const doc = await payload
    .findByID({
      collection,
      id,
      draft: true,
      depth: 2,
      locale,
      fallbackLocale: 'lo',
      overrideAccess: false,
      user,
    })
    .catch(() => null)
  const { result: page } = await inRenderScope(false, async () =>
    doc ? draftPage(collection, doc, locale) : null,
  )
  if (!page) return refusal(404, locale, s.missingTitle, s.missingText)
  const preview: Page = {
    ...page,
    head: { ...page.head, noindex: true },
    // A reviewer's visit is not a view.
    counted: undefined,
    // The language switch opens the same preview in the other language.
    alternate: previewPath({ collection, id, locale: otherLocale(locale) }),
    body: (
      <>
        <p
          role="status"
          style="background:#fff3cd;color:#3d2c00;border:2px solid #b58100;padding:.75rem 1rem;font-weight:600"
        >
          {s.banner}
        </p>
        {page.body}
      </>
    ),
  }
  return respond(200, preview, locale)
}
