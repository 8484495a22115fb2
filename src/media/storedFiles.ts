import { access } from 'node:fs/promises'
import type { Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { imageSizes } from './imageSizes'

/** The folder inside MEDIA_DIR where files are held until a write or delete has succeeded. */
export const TRASH = '.trash'

/** The local media folder, or null when files live elsewhere (S3). */
export function localMediaDir(collection: SanitizedCollectionConfig): string | null {
  const { staticDir, disableLocalStorage } = collection.upload
  return staticDir && !disableLocalStorage ? staticDir : null
}

export type StoredMedia = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | null | undefined> | null
}

/** The names of a media document's files: the original and every generated size. */
export function storedNames(doc: unknown): string[] {
  const media = (doc ?? {}) as StoredMedia
  const names = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)]
  return [
    ...new Set(names.filter((name): name is string => typeof name === 'string' && name !== '')),
  ]
}

export async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}

/** Which of `names` no document of `collection` refers to (original or size). */
export async function unreferenced(
  payload: Payload,
  collection: string,
  names: string[],
): Promise<string[]> {
  if (!names.length) return []
  const where: Where = {
    or: [
      { filename: { in: names } },
      ...imageSizes.map((size) => ({ [`sizes.${size.name}.filename`]: { in: names } })),
    ],
  }
  const { docs } = await payload.find({
    collection: collection as 'media',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const used = new Set(docs.flatMap(storedNames))
  return names.filter((name) => !used.has(name))
}

/** The document as stored, read as the system inside the request's transaction (null if gone). */
export function currentDoc(req: PayloadRequest, collection: string, id: string | number) {
  return req.payload.findByID({
    collection: collection as 'media',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
}
