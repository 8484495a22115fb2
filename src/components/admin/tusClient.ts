/**
 * The browser's side of resumable uploads (src/media/tus.ts), for /admin/upload-large and the
 * media form's own field: 8 MB pieces, retries when the connection drops, and a fingerprint per
 * user, file and purpose, so that after a reload the same file chosen again goes on from the
 * last piece.
 */
import type { PreviousUpload } from 'tus-js-client'
// The browser build by path: the package names it only in an object-form `browser` field,
// which Turbopack does not follow, and the Node build keeps no resume state.
import { Upload, defaultOptions } from 'tus-js-client/lib.esm/browser/index.js'

/** `create`: a media document as soon as it is finished; `keep`: kept for the form's save. */
export type TusMode = 'create' | 'keep'

const MB = 1024 * 1024

export const describeMB = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`

/** This user's unfinished uploads of this purpose, as this browser remembers them. */
export async function unfinishedUploads(userId: string, mode: TusMode): Promise<PreviousUpload[]> {
  const all = await defaultOptions.urlStorage?.findAllUploads().catch(() => [])
  return (all ?? []).filter(
    (u) => u.metadata?.owner === userId && (u.metadata?.mode || 'create') === mode,
  )
}

/** tus's `Upload-Metadata`: `key base64,key base64`. */
function parseMetadata(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of (header ?? '').split(',')) {
    const [key, value = ''] = pair.trim().split(' ')
    if (!key) continue
    try {
      out[key] = new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)))
    } catch {
      // not base64: leave it out
    }
  }
  return out
}

/** The server's message for a failed upload, or the client's when there is none. */
function reason(err: Error): string {
  const body = (
    err as { originalResponse?: { getBody(): string } | null }
  ).originalResponse?.getBody()
  try {
    return (JSON.parse(body ?? '') as { errors: { message: string }[] }).errors[0].message
  } catch {
    return err.message
  }
}

type Options = {
  file: File
  userId: string
  mode: TusMode
  metadata?: Record<string, string>
  onProgress: (bytesSent: number) => void
  onError: (message: string) => void
  /** The last response's body, the upload's id, and its metadata as the server last gave it. */
  onSuccess: (body: string, id: string, metadata: Record<string, string>) => void
}

/** Starts the upload, or goes on with this file's unfinished one. */
export async function startTusUpload({
  file,
  userId,
  mode,
  metadata,
  onProgress,
  onError,
  onSuccess,
}: Options): Promise<Upload> {
  const upload: Upload = new Upload(file, {
    endpoint: '/api/tus',
    chunkSize: 8 * MB,
    retryDelays: [0, 1000, 3000, 10000, 30000, 60000],
    metadata: {
      ...metadata,
      filename: file.name,
      filetype: file.type,
      owner: userId,
      ...(mode === 'keep' ? { mode } : {}),
    },
    // One user's upload of one file for one purpose, however often the page is reloaded.
    fingerprint: async (f: File) =>
      ['siang', mode, userId, f.name, f.type, f.size, f.lastModified].join('-'),
    removeFingerprintOnSuccess: true,
    onProgress: (bytes) => onProgress(bytes),
    onError: (err) => onError(reason(err)),
    onSuccess: ({ lastResponse }) =>
      onSuccess(
        lastResponse.getBody() ?? '',
        (upload.url ?? '').split('/').pop() ?? '',
        parseMetadata(lastResponse.getHeader('Upload-Metadata')),
      ),
  })
  const previous = await upload.findPreviousUploads()
  if (previous[0]) upload.resumeFromPreviousUpload(previous[0])
  upload.start()
  return upload
}
