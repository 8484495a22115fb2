/**
 * Where resumable uploads wait until they are finished (src/media/tus.ts): TUS_DIR (data/tus),
 * outside MEDIA_DIR but on the same disk, each upload's bytes and its description. No Payload
 * imports: the sweep job uses this too.
 */
import { mkdir, rm, truncate } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { FileStore } from '@tus/file-store'
import { Upload } from '@tus/server'
import { setting, type Env } from '../lib/env'
import { writeChecked } from './tusChecksum'

/** How long an unfinished upload may wait for the rest of its bytes (TUS_EXPIRY_HOURS, 48). */
export const tusExpiryMs = (env?: Env) =>
  Number(setting('TUS_EXPIRY_HOURS', env) ?? 48) * 60 * 60 * 1000

/**
 * tus's file store, with one addition: an upload that became a document keeps only its
 * description, naming the document (`doc`), and answers "complete" when asked again. A client
 * whose connection dropped while the document was being made (minutes, for a long video) asks
 * where to go on from, learns that it is done and which document it became, and does not send
 * the whole file again. The bytes go at once; the description goes with the sweep.
 */
export class UploadStore extends FileStore {
  constructor(options: ConstructorParameters<typeof FileStore>[0]) {
    super(options)
    // Every upload declares its length, so that the kind's size limit holds from the first byte:
    // an upload of no declared size could grow past it one piece at a time.
    this.extensions = [...this.extensions.filter((e) => e !== 'creation-defer-length'), 'checksum']
  }

  /** A piece sent with `Upload-Checksum` is kept only if its bytes match (src/media/tusChecksum.ts). */
  async write(piece: Readable, id: string, offset: number): Promise<number> {
    return writeChecked(
      piece,
      (checked) => super.write(checked, id, offset),
      () => truncate(path.join(this.directory, id), offset),
    )
  }

  /** The uploads of `owner` not yet made into a document (unfinished, or waiting for a form). */
  async pendingOf(owner: string): Promise<number> {
    let pending = 0
    for (const id of await this.configstore.list!()) {
      const info = await this.configstore.get(id).catch(() => undefined)
      if (info?.metadata?.owner === owner && !info.metadata.doc) pending++
    }
    return pending
  }

  async getUpload(id: string): Promise<Upload> {
    const info = await this.configstore.get(id)
    if (info?.metadata?.doc) return new Upload({ ...info, id, offset: info.size ?? 0 })
    return super.getUpload(id)
  }

  async remove(id: string): Promise<void> {
    await rm(path.join(this.directory, id), { force: true })
    await this.configstore.delete(id)
  }

  /** The upload became document `doc`: its bytes go, its description stays to say so. */
  async madeDocument(upload: Upload, doc: number | string): Promise<void> {
    await this.configstore.set(
      upload.id,
      new Upload({ ...upload, metadata: { ...upload.metadata, doc: String(doc) } }),
    )
    // Emptied, not removed: the store lists an upload only while its file is there.
    await truncate(path.join(this.directory, upload.id), 0)
  }
}

const stores = new Map<string, Promise<UploadStore>>()

/** The store of TUS_DIR, made once per process (each save and sweep asks for it). */
export function tusStore(): Promise<UploadStore> {
  const directory = path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    setting('TUS_DIR') ?? 'data/tus',
  )
  let store = stores.get(directory)
  if (!store) {
    store = mkdir(directory, { recursive: true }).then(
      () => new UploadStore({ directory, expirationPeriodInMilliseconds: tusExpiryMs() }),
    )
    store.catch(() => stores.delete(directory))
    stores.set(directory, store)
  }
  return store
}

/**
 * Removes the uploads older than the expiry; returns how many. The file store's own sweep keeps
 * finished uploads, but here a finished one is still waiting only if its form was never saved,
 * or is the note of a document made.
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
