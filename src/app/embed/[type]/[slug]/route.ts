import { parseLocaleSegment, sendsSaveData, type Locale } from '@/lib/locales'
import { resolveServerURL } from '@/lib/env'
import { asMedia } from '@/media/populated'
import { embedCsp, embedHtml, embedNotFoundHtml, type EmbedOptions } from '@/embed/page'
import { embedTypes, isEmbedType } from '@/embed/types'
import { hrefOf } from '@/site/sections'
import { embedPartners, findBySlug, siteSettings } from '@/site/data'
import { captionsOf } from '@/site/detail'
import { mediaFiles } from '@/components/Players'
import { absoluteUrl, sitePath } from '@/site/urls'
import { decodedSegment } from '@/lib/urls'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ type: string; slug: string }> }

function options(url: URL): EmbedOptions {
  const q = url.searchParams
  const locale: Locale = parseLocaleSegment(q.get('lang') ?? '')?.locale ?? 'lo'
  const start = Number(q.get('start'))
  return {
    locale,
    start: Number.isFinite(start) && start > 0 ? start : undefined,
    autoplay: q.get('autoplay') === '1',
    theme: q.get('theme') === 'dark' ? 'dark' : 'light',
    partner: /^[a-z0-9-]{1,100}$/.test(q.get('partner') ?? '') ? q.get('partner')! : undefined,
    saver: q.get('saver') === '1',
  }
}

function respond(
  body: { html: string; nonce: string },
  status: number,
  origins: string[],
): Response {
  return new Response(body.html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': embedCsp(body.nonce, origins),
      'Cache-Control': 'no-cache',
      // The data-saver copy comes first for Save-Data visitors; the framing origin named in the
      // policy comes from the Referer.
      Vary: 'Save-Data, Referer',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/** The origin of the page framing the embed, as the browser tells it (Referer), if any. */
function framingOrigin(request: Request): string | null {
  try {
    return new URL(request.headers.get('referer') ?? '').origin
  } catch {
    return null
  }
}

/**
 * Who may frame this answer and talk to it: this site, and the origin asking when a partner
 * allows it, or anyone when the site settings open embedding to all. Only the asking origin is
 * named, so no page reveals which other sites partners have allowed (they are private).
 */
async function framedBy(request: Request): Promise<string[]> {
  const framing = await embedPartners()
  if (framing.anywhere) return ['*']
  const self = new URL(resolveServerURL()).origin
  const asking = framingOrigin(request)
  const allowed =
    asking && asking !== self && framing.partners.some((p) => p.origins.includes(asking))
  return allowed ? [self, asking] : [self]
}

/**
 * /embed/{type}/{slug}: the player page partners put in an iframe. Framed only by this site,
 * the partners' allowed origins, or anyone when the site settings open embedding to all.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { type, slug } = await params
  const opts = options(new URL(request.url))
  const origins = await framedBy(request)
  if (!isEmbedType(type)) return respond(embedNotFoundHtml(opts.locale), 404, origins)
  const { collection, kind } = embedTypes[type]
  const wanted = decodedSegment(slug)
  if (wanted === null) return respond(embedNotFoundHtml(opts.locale), 404, origins)
  const doc = (await findBySlug(collection, wanted, opts.locale)) as
    (Record<string, unknown> & { slug?: string; title?: string }) | null
  const media = asMedia(doc?.[kind])
  // The data-saver copy first for a visitor whose phone saves data, or a partner who asks.
  const files = mediaFiles(media, sendsSaveData(request.headers) || opts.saver)
  if (!doc || !media || !files.length) return respond(embedNotFoundHtml(opts.locale), 404, origins)
  const settings = await siteSettings(opts.locale)
  const hotline = settings.hotlines?.[0]
  const captions =
    kind === 'video' && (collection === 'episodes' || collection === 'tv-spots')
      ? await captionsOf(collection, doc.slug ?? '', opts.locale, asMedia(doc.captions))
      : {}
  const drama = asMedia(doc.drama) as { poster?: unknown } | null
  const poster = asMedia(doc.poster) ?? asMedia(drama?.poster) ?? asMedia(media.poster)
  return respond(
    embedHtml(
      {
        type,
        slug: doc.slug ?? '',
        title: doc.title ?? '',
        pageUrl: absoluteUrl(hrefOf(collection, doc as never, opts.locale))!,
        sources: files.map((f) => ({
          src: f.src,
          mimeType: f.type || (kind === 'video' ? 'video/mp4' : 'audio/mpeg'),
        })),
        poster: sitePath(poster?.sizes?.card?.url ?? poster?.url),
        captions: (Object.keys(captions) as Locale[]).flatMap((lang) => {
          const c = sitePath(asMedia(captions[lang])?.url)
          return c ? [{ lang, src: c }] : []
        }),
        hotline: hotline ? { number: hotline.number, label: hotline.label } : undefined,
      },
      opts,
      origins,
    ),
    200,
    origins,
  )
}
