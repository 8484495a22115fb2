import { resolveServerURL } from '@/lib/env'
import { parseLocaleSegment } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { embedCode, embedSize, embedTypeOf, embedTypes, isPlayerType } from '@/embed/types'
import { pictureOf } from '@/components/Cards'
import { findBySlug } from '@/site/data'
import { isSection, sections } from '@/site/sections'
import { absoluteUrl } from '@/site/urls'
import { el, xmlDocument } from '@/lib/markup'
import { decodedSegment } from '@/lib/urls'
import { slugs } from '@/lib/slugs'

export const dynamic = 'force-dynamic'

const CACHE_AGE = 3600

const cors = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' }

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: cors })

function toXml(data: Record<string, string | number>): string {
  return xmlDocument(el('oembed', {}, ...Object.entries(data).map(([k, v]) => el(k, {}, v))), {
    standalone: true,
  })
}

/** `/{locale}/{section}/{slug}` or `/{locale}/dramas/{drama}/{episode}` → what it shows. */
function parsePage(pathname: string) {
  const decoded = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodedSegment)
  if (decoded.some((p) => p === null)) return null
  const parts = decoded as string[]
  const locale = parseLocaleSegment(parts[0] ?? '')
  if (!locale || locale.lite) return null
  if (parts.length === 4 && parts[1] === 'dramas')
    return {
      locale: locale.locale,
      collection: slugs.episodes,
      slug: parts[3],
      parent: parts[2],
    }
  if (parts.length === 3 && isSection(parts[1]))
    return { locale: locale.locale, collection: sections[parts[1]].collection, slug: parts[2] }
  return null
}

const positive = (v: string | null) => {
  if (v === null || v === '') return undefined
  const n = Number(v)
  return Number.isInteger(n) && n > 0 ? n : NaN
}

/**
 * The oEmbed 1.0 provider (https://oembed.com) for every public detail page of this site:
 * `video` for episodes and TV spots, `rich` for songs and radio spots (audio players) and for
 * quizzes and polls, `link` for pages with nothing to embed. JSON, or XML with `format=xml`. Readable from any origin.
 */
export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams
  const format = q.get('format') ?? 'json'
  if (format !== 'json' && format !== 'xml')
    return problem(501, `format "${format}" is not supported: use json or xml.`)
  const raw = q.get('url')
  if (!raw)
    return problem(400, 'The "url" parameter is required: the address of a page on this site.')
  let target: URL
  try {
    target = new URL(raw)
  } catch {
    return problem(400, `"${raw}" is not an absolute URL.`)
  }
  const maxwidth = positive(q.get('maxwidth'))
  const maxheight = positive(q.get('maxheight'))
  if (Number.isNaN(maxwidth) || Number.isNaN(maxheight))
    return problem(400, 'maxwidth and maxheight must be positive whole numbers of pixels.')
  const origin = new URL(resolveServerURL()).origin
  if (target.origin !== origin)
    return problem(404, `${target.origin} is not this site (${origin}).`)
  const page = parsePage(target.pathname)
  const doc = page
    ? ((await findBySlug(page.collection, page.slug, page.locale)) as
        (Record<string, unknown> & { slug?: string; title?: string; drama?: unknown }) | null)
    : null
  const drama =
    doc?.drama && typeof doc.drama === 'object' ? (doc.drama as { slug?: string }) : null
  if (!page || !doc || (page.collection === slugs.episodes && drama?.slug !== page.parent))
    return problem(404, `There is no published page at ${target.pathname}.`)

  const data: Record<string, string | number> = {
    version: '1.0',
    type: 'link',
    title: doc.title ?? '',
    provider_name: 'Siang',
    provider_url: origin + '/',
    cache_age: CACHE_AGE,
  }
  const type = embedTypeOf(page.collection)
  const kind = type ? embedTypes[type].kind : undefined
  // A player needs its file; a quiz or poll is its own content.
  const media = kind ? doc[kind] : null
  const embeddable = type && (!isPlayerType(type) || (media && typeof media === 'object'))
  if (type && kind && embeddable) {
    const size = embedSize(kind, maxwidth, maxheight)
    Object.assign(data, {
      type: kind === 'video' ? 'video' : 'rich',
      html: embedCode(origin, type, doc.slug ?? '', doc.title ?? '', {
        lang: page.locale,
        maxwidth,
        maxheight,
        fluid: true,
      }),
      width: size.width,
      height: size.height,
    })
  }
  const picture = pictureOf(doc as never)
  const thumb = picture && typeof picture === 'object' ? (picture as Media).sizes?.card : null
  const thumbUrl = absoluteUrl(thumb?.url)
  if (
    thumbUrl &&
    thumb?.width &&
    thumb.height &&
    (!maxwidth || thumb.width <= maxwidth) &&
    (!maxheight || thumb.height <= maxheight)
  )
    Object.assign(data, {
      thumbnail_url: thumbUrl,
      thumbnail_width: thumb.width,
      thumbnail_height: thumb.height,
    })
  if (format === 'xml')
    return new Response(toXml(data), {
      headers: { ...cors, 'Content-Type': 'text/xml; charset=utf-8' },
    })
  return Response.json(data, { headers: cors })
}
