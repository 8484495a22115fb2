import { isLocale } from '@/lib/locales'
import { siteSettings } from '@/site/data'
import { shareCard } from '@/site/shareCard'

/** The safety net behind tag expiry: REVALIDATE_SECONDS in src/site/data.ts. */
export const revalidate = 30

/** Made on the first request, then cached until a change to the site settings expires it. */
export function generateStaticParams() {
  return []
}

type Context = { params: Promise<{ file: string }> }

/** /cards/{locale}.png: the link-preview picture of pages with no picture of their own. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { file } = await params
  const locale = file.replace(/\.png$/, '')
  if (!file.endsWith('.png') || !isLocale(locale))
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const png = await shareCard(locale, await siteSettings(locale))
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
    },
  })
}
