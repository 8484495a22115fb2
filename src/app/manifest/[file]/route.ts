import { isLocale } from '@/lib/locales'
import { webManifest } from '@/offline/manifest'

/** /manifest/{locale}.webmanifest: the web app manifest, in Lao or English. */
export const dynamic = 'force-dynamic'

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const locale = /^([a-z]+)\.webmanifest$/.exec((await params).file)?.[1]
  if (!locale || !isLocale(locale))
    return new Response('Not found\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return new Response(JSON.stringify(webManifest(locale)), {
    headers: {
      'Content-Type': 'application/manifest+json; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
