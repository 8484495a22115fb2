import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Where } from 'payload'
import { ACCEL_HEADER, accelPath } from '@/media/acceleratedFile'
import { fileHeaders } from '@/media/fileHeaders'
import { localMediaDir } from '@/media/storedFiles'
import { imageSizes } from '@/media/imageSizes'
import { decodedSegment } from '@/lib/urls'

const payloadGET = REST_GET(config)

type Context = { params: Promise<{ filename: string[] }> }

/**
 * Media files go through Payload's own handler (access control, Range, 416); this route adds the
 * headers Siang wants (nosniff, caching, CORS, the WebVTT type, `?download=1`), and leaves the
 * sending of a file on disk to nginx or Siang's own server (src/media/acceleratedFile.ts).
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { filename } = await params
  const payload = await getPayload({ config })
  const onDisk = Boolean(localMediaDir(payload.collections.media.config))
  // On disk, Payload only checks access: the range is for whoever sends the file, which ignores
  // a range it cannot read (RFC 9110) where Payload would answer 416.
  const asked = new Headers(request.headers)
  if (onDisk) for (const header of ['range', 'if-range']) asked.delete(header)
  const response = await payloadGET(new Request(request.url, { headers: asked }), {
    params: Promise.resolve({ slug: ['media', 'file', ...filename] }),
  })
  const name = decodedSegment(filename.join('/')) ?? filename.join('/')
  if (response.status === 500 && !(await isStored(name)))
    return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  if (response.status !== 200 && response.status !== 206) return response
  const url = new URL(request.url)
  const signedIn = Boolean(
    request.headers.get('authorization') ||
    /payload-token=/.test(request.headers.get('cookie') ?? ''),
  )
  const headers = fileHeaders(response.headers, {
    filename: name,
    download: url.searchParams.get('download') === '1',
    signedIn,
  })
  if (!onDisk) return new Response(response.body, { status: response.status, headers })
  // On disk: whoever is in front sends the file itself, with its length, ETag and ranges.
  await response.body?.cancel()
  for (const header of ['content-length', 'content-range']) headers.delete(header)
  headers.set(ACCEL_HEADER, accelPath(name, signedIn ? 'private' : 'public'))
  return new Response(null, { status: 200, headers })
}

/**
 * Whether any media document names this file. Payload answers a file missing from the disk with
 * 500, rightly when a document names it; a name nothing names is a 404.
 */
async function isStored(name: string): Promise<boolean> {
  const payload = await getPayload({ config })
  const where: Where = {
    or: [
      { filename: { equals: name } },
      ...imageSizes.map((s) => ({ [`sizes.${s.name}.filename`]: { equals: name } })),
    ],
  }
  return (await payload.count({ collection: 'media', where, overrideAccess: true })).totalDocs > 0
}

/** The same answer without the body: link-preview crawlers and download managers ask first. */
export async function HEAD(request: Request, context: Context): Promise<Response> {
  const response = await GET(new Request(request.url, { headers: request.headers }), context)
  await response.body?.cancel()
  return new Response(null, { status: response.status, headers: response.headers })
}
