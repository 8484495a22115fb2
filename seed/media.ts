import path from 'node:path'
import type { Payload } from 'payload'
import type { L } from './data/demo/types'

export const assetsDir = path.resolve(import.meta.dirname, 'assets')

/**
 * The media document for a file in seed/assets/, uploaded once: a second run finds it by its
 * file name and uploads nothing.
 */
export async function ensureMedia(
  payload: Payload,
  asset: string,
  alt: L,
  context: Record<string, unknown>,
  counts: { created: number; skipped: number },
): Promise<number> {
  const filename = path.basename(asset)
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    counts.skipped++
    return docs[0].id
  }
  const doc = await payload.create({
    collection: 'media',
    locale: 'lo',
    data: { alt: alt.lo },
    filePath: path.join(assetsDir, asset),
    context,
  })
  await payload.update({
    collection: 'media',
    id: doc.id,
    locale: 'en',
    data: { alt: alt.en },
    context,
  })
  counts.created++
  return doc.id
}
