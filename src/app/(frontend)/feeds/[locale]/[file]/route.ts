import { isLocale } from '@/lib/locales'
import { feedXml, feeds, type Feed } from '@/site/feeds'

/** The safety net behind tag expiry: REVALIDATE_SECONDS in src/site/data.ts. */
export const revalidate = 30

/** Made on the first request, then cached until a write expires it. */
export function generateStaticParams() {
  return []
}

type Context = { params: Promise<{ locale: string; file: string }> }

/** /feeds/{locale}/{songs|radio}.xml: podcast RSS that radio stations and podcast apps subscribe to. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, file } = await params
  const feed = file.replace(/\.xml$/, '')
  if (!isLocale(locale) || !file.endsWith('.xml') || !Object.hasOwn(feeds, feed)) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(await feedXml(feed as Feed, locale), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  })
}
