/**
 * Data-saver renditions, made in the background (the `makeRenditions` job, src/jobs): a 32 kbps
 * mono Opus copy of audio; a 360p H.264/AAC copy of video, and a poster frame when the video has
 * none. Each is a `media` document of its own, made through the Local API from a temp file, so
 * it passes the same checks as an upload, is stored where media are (disk or S3), and is public
 * only while its original is. The original records the copy in `lite`, with `liteStatus`,
 * `liteBytes` and `liteNote`.
 */
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebStream } from 'node:stream/web'
import type { Payload, PayloadRequest } from 'payload'
import { withoutCarriedUpload } from './carriedUpload'
import { payloadSlugs, slugs } from '../lib/slugs'
import type { Media } from '../payload-types'
import { inTransaction } from '../db/inTransaction'
import { encodeLimits, ffmpeg } from './ffmpeg'
import {
  AUDIO_KBPS,
  audioArgs,
  posterArgs,
  VIDEO_KBPS,
  VIDEO_LINES,
  videoArgs,
} from './renditionArgs'
import { localMediaDir } from './storedFiles'
import { refreshMediaVisibility } from './visibility'

export const liteStatuses = ['queued', 'working', 'retrying', 'failed', 'done', 'skipped'] as const
export type LiteStatus = (typeof liteStatuses)[number]

/** A copy that is not at least this much smaller than its original is not worth keeping. */
export const MIN_SAVING = 0.2

/** Written by Siang: a change that must not queue another rendition. */
export const RENDITION_CONTEXT = 'skipRenditions'

const kindOf = (m: Pick<Media, 'mimeType'>) => m.mimeType?.split('/')[0]
export const needsRendition = (m: Pick<Media, 'mimeType' | 'renditionOf'>) =>
  !m.renditionOf && (kindOf(m) === 'audio' || kindOf(m) === 'video')

/** The original's bytes in a local file: its own path on disk, or a copy fetched from storage. */
async function localCopy(req: PayloadRequest, doc: Media, dir: string): Promise<string> {
  const collection = req.payload.collections[slugs.media].config
  const local = localMediaDir(collection)
  if (local) return path.join(local, doc.filename!)
  // Stored elsewhere (S3): read it through the storage adapter's own handler, as Payload serves it.
  for (const handler of collection.upload.handlers ?? []) {
    const res = await handler(req, {
      doc: doc as never,
      params: { collection: slugs.media, filename: doc.filename! },
    })
    if (res instanceof Response && res.ok && res.body) {
      const file = path.join(dir, `original${path.extname(doc.filename!)}`)
      await pipeline(Readable.fromWeb(res.body as WebStream), createWriteStream(file))
      return file
    }
  }
  throw new Error(`The original file ${doc.filename} could not be read from storage.`)
}

/** Makes a `media` document from a file Siang wrote, through every upload hook. */
async function storeRendition(
  req: PayloadRequest,
  original: Media,
  file: string,
  name: string,
  mimetype: string,
): Promise<Media> {
  const { size } = await stat(file)
  return withoutCarriedUpload(req, () =>
    req.payload.create({
      collection: slugs.media,
      data: { alt: original.alt, renditionOf: original.id } as never,
      // The bytes stay on disk: Payload copies the temp file, never reading it into memory.
      file: { name, mimetype, size, data: Buffer.alloc(0), tempFilePath: file } as never,
      depth: 0,
      req,
      context: { [RENDITION_CONTEXT]: true },
    }),
  )
}

/** Writes Siang's fields of the original; `show` lets the site refresh the pages that play it. */
const setStatus = (req: PayloadRequest, id: Media['id'], data: Partial<Media>, show = false) =>
  withoutCarriedUpload(req, () =>
    req.payload.update({
      collection: slugs.media,
      id,
      data: data as never,
      depth: 0,
      req,
      context: { [RENDITION_CONTEXT]: true, disableRevalidate: !show },
    }),
  )

export type RenditionResult = { status: 'done' | 'skipped'; bytes?: number; note?: string }

type Encoded = {
  result: RenditionResult
  file?: { path: string; name: string; mimetype: string; size: number }
}

/** The data-saver copy of `input`, or why none is worth making. */
async function encode(
  doc: Media,
  kind: 'audio' | 'video',
  input: string,
  dir: string,
  base: string,
  onProgress: (seconds: number) => void,
): Promise<Encoded> {
  const duration = doc.duration ?? 0
  const shortSide = Math.min(doc.width ?? Infinity, doc.height ?? Infinity)
  // The whole file's rate (music-metadata's bitrate is the sound's alone).
  const kbps =
    duration && doc.filesize ? Math.round((doc.filesize * 8) / duration / 1000) : Infinity
  if (kind === 'video' && shortSide <= VIDEO_LINES && kbps <= VIDEO_KBPS + 100)
    return {
      result: {
        status: 'skipped',
        note: `Already small: ${doc.width}×${doc.height}, ${kbps} kbps.`,
      },
    }
  if (kind === 'audio' && (doc.bitrate ?? Infinity) <= AUDIO_KBPS + 8 && (doc.channels ?? 2) <= 1)
    return { result: { status: 'skipped', note: `Already small: ${doc.bitrate} kbps mono.` } }
  const ext = kind === 'audio' ? 'ogg' : 'mp4'
  const output = path.join(dir, `${base}-lite.${ext}`)
  await ffmpeg((kind === 'audio' ? audioArgs : videoArgs)(input, output), {
    ...encodeLimits(duration),
    onProgress,
  })
  const { size } = await stat(output)
  const original = doc.filesize ?? Infinity
  if (size > original * (1 - MIN_SAVING))
    return {
      result: {
        status: 'skipped',
        note: `A data-saver copy would save only ${Math.max(0, Math.round((1 - size / original) * 100))}%.`,
      },
    }
  const mimetype = kind === 'audio' ? 'audio/ogg' : 'video/mp4'
  return {
    result: { status: 'done', bytes: size },
    file: { path: output, name: `${base}-lite.${ext}`, mimetype, size },
  }
}

/**
 * Makes the renditions of one media document, replacing any it had. Throws on failure (the job
 * retries); `lastTry` says whether a failure now is final, for the status shown in the admin.
 */
export async function makeRenditions(
  req: PayloadRequest,
  id: string | number,
  { lastTry = true, onProgress }: { lastTry?: boolean; onProgress?: (share: number) => void } = {},
): Promise<RenditionResult | null> {
  const { payload } = req
  const doc = (await payload.findByID({
    collection: slugs.media,
    id,
    depth: 0,
    req,
    disableErrors: true,
  })) as Media | null
  if (!doc || !needsRendition(doc) || !doc.filename) return null
  const kind = kindOf(doc) as 'audio' | 'video'
  const dir = await mkdtemp(path.join(os.tmpdir(), 'siang-rendition-'))
  const base = path.parse(doc.filename).name
  try {
    await setStatus(req, doc.id, { liteStatus: 'working', liteNote: null })
    const input = await localCopy(req, doc, dir)
    const duration = doc.duration ?? 0
    const progress = (seconds: number) => duration && onProgress?.(Math.min(1, seconds / duration))

    // Every file is made first; nothing is written until they all are.
    const frame = kind === 'video' && !doc.poster ? path.join(dir, `${base}-poster.jpg`) : null
    if (frame) await ffmpeg(posterArgs(input, frame, duration * 0.1), encodeLimits(10))
    const encoded = await encode(doc, kind, input, dir, base, progress)

    // Then in one transaction: the copies stored, linked (a copy is public while its original
    // is), the status the site shows, and the copies they replace removed. A crash on the way
    // leaves none of it; the files it stored go with the nightly sweep.
    return await inTransaction(req, async () => {
      const made: Partial<Media> = {}
      if (frame)
        made.poster = (await storeRendition(req, doc, frame, `${base}-poster.jpg`, 'image/jpeg')).id
      let result: RenditionResult = encoded.result
      if (encoded.file) {
        const lite = await storeRendition(
          req,
          doc,
          encoded.file.path,
          encoded.file.name,
          encoded.file.mimetype,
        )
        made.lite = lite.id
        result = { status: 'done', bytes: lite.filesize ?? encoded.file.size }
      }
      const previous = doc.lite && typeof doc.lite === 'object' ? doc.lite.id : doc.lite
      const replaced = previous && previous !== made.lite ? [previous] : []
      await setStatus(req, doc.id, { ...made, ...(made.lite ? {} : { lite: null }) })
      const copies = [made.lite, made.poster].filter((v): v is number => typeof v === 'number')
      await refreshMediaVisibility(req, copies)
      await setStatus(
        req,
        doc.id,
        {
          liteStatus: result.status,
          liteBytes: result.bytes ?? null,
          liteNote: result.note ?? null,
        },
        true,
      )
      for (const old of replaced)
        await payload.delete({
          collection: slugs.media,
          id: old,
          req,
          context: { [RENDITION_CONTEXT]: true },
        })
      return result
    })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    await setStatus(req, doc.id, {
      liteStatus: lastTry ? 'failed' : 'retrying',
      liteNote: message.slice(0, 1000),
    }).catch(() => undefined)
    throw err
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Queues the job for a media document (from a hook: in the same request and transaction). */
export async function queueRenditions(payload: Payload, id: string | number, req?: PayloadRequest) {
  await payload.jobs.queue({
    task: 'makeRenditions',
    input: { media: String(id) },
    queue: 'media',
    req,
  })
}

/** An encode that has not finished in this long died with its process (a restart, a crash). */
export const STUCK_AFTER_MS = 3 * 60 * 60 * 1000

/**
 * Payload leaves a job `processing` forever when its process dies mid-run, and never runs it
 * again. This hands such rendition jobs back to the queue; returns how many.
 */
export async function releaseStuckRenditions(
  payload: Payload,
  stuckAfterMs = STUCK_AFTER_MS,
): Promise<number> {
  const cutoff = new Date(Date.now() - stuckAfterMs).toISOString()
  const { docs } = await payload.find({
    collection: payloadSlugs.jobs,
    where: {
      and: [
        { taskSlug: { equals: 'makeRenditions' } },
        { processing: { equals: true } },
        { updatedAt: { less_than_equal: cutoff } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const job of docs)
    await payload.update({
      collection: payloadSlugs.jobs,
      id: job.id,
      data: { processing: false },
      overrideAccess: true,
    })
  return docs.length
}
