/**
 * Where resumable uploads wait until they are finished (src/media/tus.ts): TUS_DIR (data/tus),
 * outside MEDIA_DIR but on the same disk, each upload's bytes and its description. No Payload
 * imports: the sweep job uses this too.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { FileStore } from '@tus/file-store'

/** How long an unfinished upload may wait for the rest of its bytes (TUS_EXPIRY_HOURS, 48). */
export const tusExpiryMs = (env = process.env) => Number(env.TUS_EXPIRY_HOURS || 48) * 60 * 60 * 1000

export async function tusStore(): Promise<FileStore> {
  const directory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.TUS_DIR || 'data/tus')
  await mkdir(directory, { recursive: true })
  return new FileStore({ directory, expirationPeriodInMilliseconds: tusExpiryMs() })
}

/**
 * Removes the uploads older than the expiry; returns how many. The file store's own sweep keeps
 * finished uploads, but here a finished one is still waiting only if its form was never saved.
 */
export async function sweepPartialUploads(): Promise<number> {
  const store = await tusStore()
  const cutoff = Date.now() - tusExpiryMs()
  let removed = 0
  for (const id of await store.configstore.list!()) {
    const upload = await store.configstore.get(id).catch(() => undefined)
    const created = upload?.creation_date ? Date.parse(upload.creation_date) : NaN
    if (created < cutoff) {
      await store.remove(id).catch(() => undefined)
      removed++
    }
  }
  return removed
}
