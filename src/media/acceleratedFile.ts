/**
 * Sending a media file after Siang has checked who may have it: the media route answers with
 * `X-Accel-Redirect: /_siang/media/{public|private}/{name}` and no body, and whoever is in front
 * sends the file: nginx (deploy/nginx/siang.conf, two internal locations on MEDIA_DIR, the public
 * one adding CORS), or Siang's own server (src/server/sendFile.ts). Either way the file goes out
 * with Content-Length, ETag, Last-Modified and byte ranges.
 */
export const ACCEL_HEADER = 'x-accel-redirect'
const PREFIX = '/_siang/media/'

/** Public files may be read from any page (CORS); a signed-in read stays private. */
export const accelPath = (filename: string, access: 'public' | 'private') =>
  `${PREFIX}${access}/${encodeURIComponent(filename)}`

/** The stored file a path names, or null for anything that is not one file name in MEDIA_DIR. */
export function fileOfAccelPath(accel: string): string | null {
  const match = /^\/_siang\/media\/(?:public|private)\/([^/]+)$/.exec(accel)
  if (!match) return null
  let name: string
  try {
    name = decodeURIComponent(match[1])
  } catch {
    return null
  }
  return name && !/[/\\\0]/.test(name) && name !== '.' && name !== '..' ? name : null
}
