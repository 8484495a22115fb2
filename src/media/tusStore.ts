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

/** Removes the unfinished uploads older than the expiry; returns how many. */
export async function sweepPartialUploads(): Promise<number> {
  return (await tusStore()).deleteExpired()
}
