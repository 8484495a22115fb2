import { copyFile, link, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { slugs } from '../lib/slugs'
import { fileExists, localMediaDir, storedNames, TRASH } from './storedFiles'

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
    for (const doc of docs) for (const name of storedNames(doc)) names.add(name)
    if (!hasNextPage) return names
    page++
  }
}

const older = async (file: string, minAgeMs: number, now: number) =>
  now - (await stat(file)).mtimeMs >= minAgeMs

/**
 * Files held in .trash by a write or delete that never finished (a crash): a file that a
 * document still uses and that is missing goes back; the rest is removed.
 */
async function reconcileHeld(
  dir: string,
  keep: Set<string>,
  minAgeMs: number,
  now: number,
): Promise<string[]> {
  const trash = path.join(dir, TRASH)
  const restored: string[] = []
  for (const hold of await readdir(trash, { withFileTypes: true }).catch(() => [])) {
    const holdDir = path.join(trash, hold.name)
    if (!hold.isDirectory() || !(await older(holdDir, minAgeMs, now))) continue
    for (const name of await readdir(holdDir)) {
      const target = path.join(dir, name)
      if (keep.has(name) && !(await fileExists(target))) {
        const copy = path.join(holdDir, name)
        await link(copy, target).catch(() => copyFile(copy, target))
        restored.push(name)
      }
    }
    await rm(holdDir, { recursive: true, force: true })
  }
  return restored
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
  // With S3 storage nothing is kept in the folder.
  const dir = localMediaDir(payload.collections[slugs.media].config)
  if (!dir) return []
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const keep = await referencedFiles(payload)
  const restored = await reconcileHeld(dir, keep, minAgeMs, now)
  if (restored.length)
    payload.logger.warn(`[media] put back ${restored.length} file(s) that documents use`)
  const removed: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.') || keep.has(entry.name)) continue
    const file = path.join(dir, entry.name)
    if (!(await older(file, minAgeMs, now))) continue
    await rm(file, { force: true })
    removed.push(entry.name)
  }
  if (removed.length) payload.logger.info(`[media] removed ${removed.length} unreferenced file(s)`)
  return removed
}

/**
 * Upload temp files (Payload streams each upload to one while it arrives) older than
 * `minAgeMs`: an upload cut off by a crash leaves its part here. Returns how many went.
 */
export async function sweepUploadTemp(
  payload: Payload,
  { minAgeMs = 60 * 60 * 1000, now = Date.now() } = {},
): Promise<number> {
  const dir = payload.config.upload?.tempFileDir
  if (!dir) return 0
  let removed = 0
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const file = path.join(dir, entry.name)
    if (!entry.isFile() || !(await older(file, minAgeMs, now))) continue
    await rm(file, { force: true })
    removed++
  }
  if (removed)
    payload.logger.info(`[media] removed ${removed} upload temp file(s) left by cut uploads`)
  return removed
}
