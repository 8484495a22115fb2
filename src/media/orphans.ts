import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { slugs } from '../collections/slugs'

type StoredMedia = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

/** Every file name that some media document (original or size) refers to. */
async function referencedFiles(payload: Payload): Promise<Set<string>> {
  const names = new Set<string>()
  let page = 1
  for (;;) {
    const { docs, hasNextPage } = await payload.find({
      collection: slugs.media,
      depth: 0,
      limit: 500,
      page,
      select: { filename: true, sizes: true } as never,
    })
    for (const doc of docs as StoredMedia[]) {
      if (doc.filename) names.add(doc.filename)
      for (const size of Object.values(doc.sizes ?? {})) if (size?.filename) names.add(size.filename)
    }
    if (!hasNextPage) return names
    page++
  }
}

/**
 * Removes files in the media folder that no document refers to: left by a write that failed
 * after the file was stored, or by a crash. Files younger than `minAgeMs` are left alone, since
 * an upload may be between writing its file and saving its document.
 */
export async function sweepOrphanMedia(
  payload: Payload,
  { minAgeMs = 60 * 60 * 1000, now = Date.now() } = {},
): Promise<string[]> {
  const { staticDir: dir, disableLocalStorage } = payload.collections[slugs.media].config.upload
  // With S3 storage nothing is kept in the folder.
  if (!dir || disableLocalStorage) return []
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const keep = await referencedFiles(payload)
  const removed: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.') || keep.has(entry.name)) continue
    const file = path.join(dir, entry.name)
    if (now - (await stat(file)).mtimeMs < minAgeMs) continue
    await rm(file, { force: true })
    removed.push(entry.name)
  }
  if (removed.length) payload.logger.info(`[media] removed ${removed.length} unreferenced file(s)`)
  return removed
}
