import { appIcon } from '@/offline/icons'

/** /icons/{name}.png: the home-screen icons the manifest names. */
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const png = appIcon(new URL(request.url).pathname)
  if (!png)
    return new Response('Not found\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return new Response(new Uint8Array(await png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  })
}
