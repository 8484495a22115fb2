/**
 * Resumable uploads over the tus protocol (https://tus.io), at /api/tus: a dropped connection
 * costs only the chunk in flight. Only staff who may add media upload, each only to their own
 * uploads. An upload from /admin/upload-large (audio or video) becomes a `media` document through
 * the Local API as soon as it is finished, from its file on disk, so it meets exactly the checks,
 * limits, metadata and privacy rules of a normal upload. One from the media form's own field
 * (`mode: keep`) waits for the form's save, which names it (src/media/tusHandoff.ts). Uploads
 * expire after TUS_EXPIRY_HOURS (48) and are swept hourly.
 */
import { link, rm } from 'node:fs/promises'
import path from 'node:path'
import { Server, type Upload } from '@tus/server'
import config from '@payload-config'
import { getPayload, type Payload, type PayloadRequest } from 'payload'
import { createClientUploadReceipt } from 'payload/internal'
import { slugs } from '../lib/slugs'
import { describeBytes, mediaKindNames, mediaLimits, type MediaKind } from './limits'
import { declaredKind } from './sniff'
import { findKeptUpload, KEEP_FOR_FORM } from './tusHandoff'
import { tusExpiryMs, tusStore } from './tusStore'
import { setting } from '../lib/env'

export const TUS_PATH = '/api/tus'

type Staff = { id: number | string; roles?: string[] | null }

/** A refusal the tus server sends as is: the status, and a JSON body a person can act on. */
const refuse = (status_code: number, message: string) => ({
  status_code,
  body: JSON.stringify({ errors: [{ message }] }),
})

/** Who may add media, as the media collection's own create rule says. */
async function staffOf(payload: Payload, req: Request): Promise<Staff> {
  const { user } = await payload.auth({ headers: req.headers })
  if (!user) throw refuse(401, 'Sign in to upload.')
  const may = await payload.collections.media.config.access.create({
    req: { user, payload } as never,
  })
  if (!may) throw refuse(403, 'Your role may not add media.')
  return user as Staff
}

/** How many uploads one person may have under way at once (TUS_MAX_PENDING, 5). */
const maxPending = () => Number(setting('TUS_MAX_PENDING') ?? 5)

/** What a client may say about its upload; the owner is set here, never taken from it. */
const CLIENT_METADATA = ['filename', 'filetype', 'alt', 'mode'] as const

/** One upload created at a time per person, so that two at once cannot both pass the count. */
const creating = new Map<string, Promise<unknown>>()
function oneAtATime<T>(owner: string, work: () => Promise<T>): Promise<T> {
  const next = (creating.get(owner) ?? Promise.resolve()).then(work, work)
  const settled = next.catch(() => undefined)
  creating.set(owner, settled)
  void settled.then(() => creating.get(owner) === settled && creating.delete(owner))
  return next
}

/** An upload for the admin's form, kept for its save (src/media/tusHandoff.ts). */
const keptForForm = (upload: Upload) => upload.metadata?.mode === KEEP_FOR_FORM

/**
 * The kind the upload declares. One made a document at once is audio or video; one kept for the
 * form may be any kind of media, since the form's field takes them all. The bytes are checked
 * when the document is made.
 */
function kindOf(upload: Upload): MediaKind {
  const type = upload.metadata?.filetype ?? ''
  const kind = declaredKind(type)
  if (keptForForm(upload) ? !kind : kind !== 'audio' && kind !== 'video')
    throw refuse(
      415,
      `Resumable uploads take ${keptForForm(upload) ? 'images, audio, video and captions' : 'audio and video'}, not "${type || 'an unnamed type'}".`,
    )
  return kind as MediaKind
}

/** Refuses an upload of no declared size, or larger than its kind may be. */
function withinLimit(upload: Upload): void {
  const kind = kindOf(upload)
  const limit = mediaLimits()[kind]
  if (upload.size === undefined)
    throw refuse(
      400,
      "Declare the upload's length (Upload-Length): Siang does not take uploads of unknown size.",
    )
  if (upload.size > limit)
    throw refuse(413, `${mediaKindNames[kind]} may be at most ${describeBytes(limit)}.`)
}

async function build(): Promise<Server> {
  const payload = await getPayload({ config })
  const datastore = await tusStore()
  const { directory } = datastore
  const server: Server = new Server({
    path: TUS_PATH,
    datastore,
    relativeLocation: true,
    respectForwardedHeaders: false,
    // The kind's limit on every piece (tus checks offset + piece against it); the largest kind's
    // before an upload exists.
    async maxSize(req, id) {
      if (req.method !== 'PATCH' || !id) return Math.max(...Object.values(mediaLimits()))
      const upload = await datastore.getUpload(id).catch(() => null)
      return upload ? mediaLimits()[kindOf(upload)] : 0
    },
    // Every request: signed-in staff, and for an existing upload, its owner and its kind's limit.
    async onIncomingRequest(req, id) {
      const user = await staffOf(payload, req)
      if (req.method === 'POST' || !id) return
      const upload = await datastore.getUpload(id).catch(() => null)
      if (!upload) return
      if (upload.metadata?.owner !== String(user.id))
        throw refuse(403, 'This upload belongs to someone else.')
      if (req.method === 'PATCH') withinLimit(upload)
    },
    async onUploadCreate(req, upload) {
      const user = await staffOf(payload, req)
      withinLimit(upload)
      const owner = String(user.id)
      return oneAtATime(owner, async () => {
        if ((await datastore.pendingOf(owner)) >= maxPending())
          throw refuse(
            429,
            `You have ${maxPending()} uploads under way. Finish or cancel one, or wait ${tusExpiryMs() / 3_600_000} h for unfinished ones to expire.`,
          )
        const said = upload.metadata ?? {}
        const metadata = Object.fromEntries(
          CLIENT_METADATA.flatMap((k) => (typeof said[k] === 'string' ? [[k, said[k]]] : [])),
        )
        return { metadata: { ...metadata, owner } }
      })
    },
    // The finished file becomes a media document, through every check a normal upload meets.
    async onUploadFinish(req, upload) {
      // Kept for the form, which saves it as a document with the rest of its fields.
      if (keptForForm(upload)) return {}
      const { user } = await payload.auth({ headers: req.headers })
      const file = upload.storage?.path ?? path.join(directory, upload.id)
      // A second name for the bytes: a refused upload's checks remove the temp file they get.
      const temp = `${file}.ingest`
      await link(file, temp)
      let made = false
      try {
        const doc = await payload.create({
          collection: 'media',
          data: { alt: upload.metadata?.alt || upload.metadata?.filename || '' },
          file: {
            name:
              upload.metadata?.filename || `upload.${kindOf(upload) === 'audio' ? 'mp3' : 'mp4'}`,
            mimetype: upload.metadata?.filetype || 'application/octet-stream',
            size: upload.size ?? upload.offset,
            data: Buffer.alloc(0),
            tempFilePath: temp,
          } as never,
          user,
          overrideAccess: false,
          depth: 0,
        })
        made = true
        await datastore.madeDocument(upload, doc.id)
        return {
          status_code: 200,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ doc: { id: doc.id, filename: doc.filename, url: doc.url } }),
        }
      } catch (err) {
        const status = (err as { status?: number }).status ?? 500
        throw refuse(status, err instanceof Error ? err.message : String(err))
      } finally {
        await rm(temp, { force: true })
        if (!made) await datastore.remove(upload.id).catch(() => undefined)
      }
    },
  })
  return server
}

/**
 * `GET /api/tus/{id}/receipt?filename=…`: for a finished upload kept for the media form, a receipt
 * signed for this user and file name, which the form's save sends in place of the file (Payload
 * checks it; src/media/tusHandoff.ts). Asked for after each finished upload and before each save,
 * since receipts last six hours and uploads two days.
 */
export async function keptUploadReceipt(request: Request, id: string): Promise<Response> {
  const payload = await getPayload({ config })
  let user: Staff
  try {
    user = await staffOf(payload, request)
  } catch (err) {
    const { status_code, body } = err as { status_code: number; body: string }
    return new Response(body, {
      status: status_code,
      headers: { 'Content-Type': 'application/json' },
    })
  }
  const found = await findKeptUpload(user, { tus: id })
  if ('status' in found)
    return Response.json({ errors: [{ message: found.message }] }, { status: found.status })
  const filename = new URL(request.url).searchParams.get('filename')?.trim() || found.filename
  const signedReceipt = createClientUploadReceipt({
    collectionSlug: slugs.media,
    context: { tus: found.id },
    filename,
    req: { payload, user } as unknown as PayloadRequest,
  })
  return Response.json({ signedReceipt })
}

const cache = globalThis as unknown as { siangTus?: Promise<Server> }

/** The one tus server of this process (its upload locks are per process). */
export function tusServer(): Promise<Server> {
  cache.siangTus ??= build()
  cache.siangTus.catch(() => (cache.siangTus = undefined))
  return cache.siangTus
}
