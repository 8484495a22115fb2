import { parseLocaleSegment, type Locale } from '@/lib/locales'
import { embedCsp, embedNotFoundHtml, type EmbedOptions } from '@/embed/page'
import { answerEmbed } from '@/embed/answerEmbed'
import { playerEmbed } from '@/embed/playerEmbed'
import { isEmbedType, isPlayerType } from '@/embed/types'
import { framedBy } from '@/embed/framing'
import { siteSettings } from '@/site/data'
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

type Shown = { html: string; nonce: string; forms?: boolean; cacheable?: boolean }

function respond(body: Shown, status: number, origins: string[]): Response {
  return new Response(body.html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': embedCsp(body.nonce, origins, body.forms),
      // A page made for one visitor's answer is kept by no one.
      'Cache-Control': body.cacheable === false ? 'private, no-store' : 'no-cache',
      // The data-saver copy comes first for Save-Data visitors; the framing origin named in the
      // policy comes from the Referer.
      Vary: 'Save-Data, Referer',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/**
 * /embed/{type}/{slug}: the player, quiz or poll page partners put in an iframe. Framed only by
 * this site, the partners' allowed origins, or anyone when the site settings open embedding to
 * all.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { type, slug } = await params
  const url = new URL(request.url)
  const opts = options(url)
  const { origins, host } = await framedBy(request, url.searchParams.get('host'))
  const wanted = decodedSegment(slug)
  if (!isEmbedType(type) || wanted === null)
    return respond(embedNotFoundHtml(opts.locale), 404, origins)
  const hotline = (await siteSettings(opts.locale)).hotlines?.[0]
  const line = hotline ? { number: hotline.number, label: hotline.label } : undefined
  const shown: Shown | null = isPlayerType(type)
    ? await playerEmbed(request, type, wanted, opts, origins, line)
    : await answerEmbed(type, wanted, { ...opts, host }, origins, line, url.searchParams).then(
        (page) => page && { ...page, forms: true },
      )
  return shown
    ? respond(shown, 200, origins)
    : respond(embedNotFoundHtml(opts.locale), 404, origins)
}
