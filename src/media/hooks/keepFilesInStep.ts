import { randomUUID } from 'node:crypto'
import { copyFile, link, mkdir, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import { settleWrites, undoIfWriteFails } from '../../db/failedWrites'
import {
  currentDoc,
  fileExists,
  localMediaDir,
  storedNames,
  TRASH,
  unreferenced,
} from '../storedFiles'

/*
 * Payload stores an upload's files before it writes the document, and removes a document's files
 * before it deletes the document (or replaces its file). If the database then refuses the write,
 * a file is left that nothing uses, or a document points at a file that is gone. These hooks keep
 * the two in step with local storage: a second link to the old files is kept in `.trash` until the
 * write succeeds, and the new files go if it fails. (S3 storage already writes after the document
 * and deletes after it.) The nightly sweep finishes the job after a crash.
 */

const HELD = 'siangHeldMediaFiles'

function held(req: PayloadRequest): Map<string, string> {
  const context = req.context as Record<string, unknown>
  return ((context[HELD] as Map<string, string> | undefined) ??= new Map())
}

/** A second link to each file, in .trash/<token>/, so that Payload's removal loses nothing. */
async function hold(dir: string, names: string[]): Promise<string> {
  const keep = path.join(dir, TRASH, randomUUID())
  await mkdir(keep, { recursive: true })
  for (const name of names) {
    const from = path.join(dir, name)
    if (!(await fileExists(from))) continue
    await link(from, path.join(keep, name)).catch(() => copyFile(from, path.join(keep, name)))
  }
  return keep
}

/** Puts back any held file that is missing, then drops the hold. */
async function restore(dir: string, keep: string, names: string[]): Promise<void> {
  for (const name of names) {
    const target = path.join(dir, name)
    const copy = path.join(keep, name)
    if (!(await fileExists(target)) && (await fileExists(copy)))
      await link(copy, target).catch(() => copyFile(copy, target))
  }
  await drop(keep)
}

/** Removes a hold, and the .trash folder with it when it is empty. */
async function drop(keep: string): Promise<void> {
  await rm(keep, { recursive: true, force: true })
  await rmdir(path.dirname(keep)).catch(() => undefined)
}

async function holdCurrentFiles(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: string | number,
) {
  const dir = localMediaDir(collection)
  if (!dir) return
  const names = storedNames(await currentDoc(req, collection.slug, id))
  if (!names.length) return
  const keep = await hold(dir, names)
  held(req).set(String(id), keep)
  undoIfWriteFails(req, collection.slug, () => restore(dir, keep, names))
}

async function dropHold(req: PayloadRequest, id: string | number): Promise<void> {
  const keep = held(req).get(String(id))
  if (!keep) return
  held(req).delete(String(id))
  await drop(keep)
}

/**
 * Before an update that may replace a document's files (a new file, or a new focal point or
 * crop, which regenerates the sizes): hold the current ones. Runs after validateUpload.
 */
export const holdReplacedFiles: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  const { id } = args as { id?: string | number }
  if (operation === 'update' && id !== undefined && (req.file || req.query?.uploadEdits))
    await holdCurrentFiles(req, collection, id)
  return args
}

/** Before a delete: hold the files until the document is gone. */
export const holdDeletedFiles: CollectionBeforeDeleteHook = async ({ id, collection, req }) => {
  await holdCurrentFiles(req, collection, id)
}

/** The write succeeded: the held copies can go. */
export const releaseAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await dropHold(req, doc.id)
  return doc
}

export const releaseAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await dropHold(req, id)
}

/** Last beforeChange hook: if the write fails, remove the files it stored that nothing uses. */
export const removeNewFilesIfWriteFails: CollectionBeforeChangeHook = ({
  data,
  collection,
  req,
}) => {
  const dir = localMediaDir(collection)
  const names = storedNames(data)
  if (dir && names.length) {
    undoIfWriteFails(req, collection.slug, async () => {
      for (const name of await unreferenced(req.payload, collection.slug, names))
        await rm(path.join(dir, name), { force: true })
    })
  }
  return data
}

/** A REST request that failed anywhere (validation, hooks, database) undoes what it did to files. */
export const undoFilesAfterError: CollectionAfterErrorHook = async ({ collection, req }) => {
  await settleWrites(req, collection.slug, true)
}

/** A refusal from one of Siang's own hooks undoes file changes at once, on any API. */
export function undoFilesOnThrow(hook: CollectionBeforeChangeHook): CollectionBeforeChangeHook {
  return async (args) => {
    try {
      return await hook(args)
    } catch (err) {
      await settleWrites(args.req, args.collection.slug, true)
      throw err
    }
  }
}
