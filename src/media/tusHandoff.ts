/**
 * The admin's own upload field sends a file over tus first (src/components/admin/ResumableUpload.tsx)
 * and then saves the form with a reference to the finished upload in place of the bytes. This is
 * Payload's client-upload path: the form sends `file` as `{ clientUploadContext, filename, … }`,
 * its context a receipt the tus route signed for the finished upload (`GET
 * /api/tus/{id}/receipt`), and Payload asks the collection's `upload.handlers` for the bytes. The
 * handler here answers with the finished upload's file, for its owner only. From there the save
 * is an ordinary upload, with every check, limit and privacy rule. The upload is released once
 * the save is committed, and when the file is refused for what it is; a save refused for its
 * other fields keeps it for another try.
 */
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import type { CollectionAfterOperationHook, PayloadRequest, Plugin, UploadConfig } from 'payload'
import { slugs } from '../lib/slugs'
import { afterCommit } from '../db/failedWrites'
import { tusStore } from './tusStore'

/** `mode` in an upload's metadata: kept for a form's save, rather than made a document at once. */
export const KEEP_FOR_FORM = 'keep'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]
export type Refusal = { status: number; message: string }
type Context = { siangKeptRefusal?: Refusal; siangKeptUpload?: string }

const context = (req: PayloadRequest) => (req.context ??= {}) as Context

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * The finished upload a reference names, if it is this user's: its id, file, size and type.
 * The receipt route and the handler both ask.
 */
export async function findKeptUpload(
  user: { id: number | string } | null | undefined,
  reference: unknown,
): Promise<Refusal | { id: string; path: string; size: number; type: string; filename: string }> {
  const id = isRecord(reference) ? reference.tus : undefined
  if (typeof id !== 'string' || !/^[\w-]{1,128}$/.test(id))
    return { status: 400, message: 'This upload reference is not one Siang made.' }
  if (!user) return { status: 401, message: 'Sign in to upload.' }
  const store = await tusStore()
  const upload = await store.getUpload(id).catch(() => null)
  if (!upload || upload.metadata?.mode !== KEEP_FOR_FORM)
    return {
      status: 404,
      message: 'That upload is gone (uploads expire after two days). Choose the file again.',
    }
  if (upload.metadata.owner !== String(user.id))
    return { status: 403, message: 'This upload belongs to someone else.' }
  if (upload.size === undefined || upload.offset !== upload.size)
    return { status: 409, message: 'The upload is not finished yet.' }
  return {
    id,
    path: upload.storage?.path ?? `${store.directory}/${id}`,
    size: upload.size,
    type: upload.metadata.filetype || 'application/octet-stream',
    filename: upload.metadata.filename || 'upload',
  }
}

async function answerKept(req: PayloadRequest, reference: unknown): Promise<Response> {
  const found = await findKeptUpload(req.user, reference)
  if ('status' in found) {
    context(req).siangKeptRefusal = found
    return new Response(null, { status: found.status })
  }
  context(req).siangKeptUpload = found.id
  return new Response(
    Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ found.path)) as ReadableStream,
    {
      headers: { 'Content-Type': found.type, 'Content-Length': String(found.size) },
    },
  )
}

/**
 * The bytes of a finished upload, when a save names one; serving a stored file is not its job.
 * Payload swallows a handler's errors into a bare 500, so a refusal is left on the request for
 * the upload check (validateUpload), which answers with its status and message before anything
 * is stored.
 */
export const keptUploadHandler: UploadHandler = (req, { params }) =>
  'clientUploadContext' in params ? answerKept(req, params.clientUploadContext) : undefined

/** Why a save that named a finished upload cannot have it, if it cannot. */
export const keptUploadRefusal = (req: PayloadRequest): Refusal | undefined =>
  context(req).siangKeptRefusal

const removeUpload = async (id: string) => (await tusStore()).remove(id).catch(() => undefined)

/** Once the document is saved and committed, the finished upload it came from is removed. */
export const releaseKeptUpload: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  const id = context(req).siangKeptUpload
  if (id && (operation === 'create' || operation === 'updateByID' || operation === 'update')) {
    delete context(req).siangKeptUpload
    await afterCommit(req, () => removeUpload(id))
  }
  return result
}

/**
 * From here a kept upload's file is an ordinary upload. A storage plugin skips a file that came
 * with a client-upload context, taking it for one the browser already put in its bucket; this one
 * is on this server's disk, so the context goes.
 */
export function asOrdinaryUpload(req: PayloadRequest): void {
  if (context(req).siangKeptUpload && req.file) delete req.file.clientUploadContext
}

/** A file refused for what it is (its type, size or content) will never do: its upload goes. */
export async function dropKeptUpload(req: PayloadRequest): Promise<void> {
  const id = context(req).siangKeptUpload
  if (!id) return
  delete context(req).siangKeptUpload
  await removeUpload(id)
}

/**
 * Puts the handler last on media, after any storage plugin's: Payload takes the last handler
 * that answers a client upload, and S3's answers 404 for a file it does not have.
 */
export const keptUploads: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === slugs.media && typeof collection.upload === 'object'
      ? {
          ...collection,
          upload: {
            ...collection.upload,
            handlers: [...(collection.upload.handlers ?? []), keptUploadHandler],
            // The form's reference is a receipt this server signed (src/media/tus.ts) for this
            // user and file name, which Payload checks and replaces with what was signed: a
            // client cannot name another upload, nor slip storage fields in beside it. The S3
            // plugin asks for receipts too; this makes local storage the same.
            requiresClientUploadReceipt: true,
          },
          hooks: {
            ...collection.hooks,
            afterOperation: [...(collection.hooks?.afterOperation ?? []), releaseKeptUpload],
          },
        }
      : collection,
  ),
})
