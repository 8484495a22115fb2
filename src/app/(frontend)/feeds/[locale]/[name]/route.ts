import { isLocale } from '@/lib/locales'
import { feedXml, feeds, type Feed } from '@/site/feeds'
import { inRenderScope } from '@/site/render/scope'
import { CACHE_TAGS_HEADER, tagsHeader } from '@/site/tags'

/** Made on request; Siang's server keeps it until a write expires what it read. */
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string; name: string }> }

/** /feeds/{locale}/{songs|radio}.xml: podcast RSS that radio stations and podcast apps subscribe to. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, name: file } = await params
  const feed = file.replace(/\.xml$/, '')
  if (!isLocale(locale) || !file.endsWith('.xml') || !Object.hasOwn(feeds, feed)) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { result, tags } = await inRenderScope(false, () => feedXml(feed as Feed, locale))
  return new Response(result, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      [CACHE_TAGS_HEADER]: tagsHeader(tags),
    },
  })
}
