import { isLocale } from '@/lib/locales'
import { decodedSegment } from '@/lib/urls'
import { feedAnswer, notFound, transcriptAnswer } from '@/site/feeds/answer'
import { documentFeed, isDocumentFeed, isItemKind } from '@/site/feeds'
import { downloadAnswer } from '@/site/feeds/download'
import { DOWNLOAD_EXTENSIONS } from '@/site/feeds/paths'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string; name: string; item: string }> }

/**
 * /feeds/{locale}/{dramas|campaigns}/{slug}.xml: the podcast feed of one drama series or one
 * campaign. /feeds/{locale}/{songs|radio|tv|episodes}/{slug}.txt: an item's words as plain
 * text, the transcript its feeds name (podcast:transcript), for podcast apps and for those who
 * cannot listen. /feeds/{locale}/{kind}/{slug}.{mp3|mp4|…}: an item's file, for podcast apps: the
 * download is counted, then the app is sent to the file.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, name, item: file } = await params
  const [, base, extension] = /^(.+)\.([A-Za-z0-9]+)$/.exec(file) ?? []
  const slug = base ? decodedSegment(base) : null
  if (!isLocale(locale) || !slug) return notFound()
  if (extension === 'xml' && isDocumentFeed(name))
    return feedAnswer(locale, () => documentFeed(name, slug, locale))
  if (extension === 'txt' && isItemKind(name)) return transcriptAnswer(locale, name, slug)
  if (DOWNLOAD_EXTENSIONS.includes(extension.toLowerCase()) && isItemKind(name))
    return downloadAnswer(request, locale, name, slug, extension)
  return notFound()
}
