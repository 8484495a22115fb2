import { isLocale } from '@/lib/locales'
import { feedAnswer, notFound } from '@/site/feeds/answer'
import { isSectionFeed, sectionFeed } from '@/site/feeds'

/** Made on request; Siang's server keeps it until a write expires what it read. */
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string; name: string }> }

/** /feeds/{locale}/{songs|radio}.xml: podcast RSS that radio stations and podcast apps subscribe to. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, name: file } = await params
  const feed = file.replace(/\.xml$/, '')
  if (!isLocale(locale) || !file.endsWith('.xml') || !isSectionFeed(feed)) return notFound()
  return feedAnswer(locale, () => sectionFeed(feed, locale))
}
