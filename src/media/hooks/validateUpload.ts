import { rm, stat } from 'node:fs/promises'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import sharp from 'sharp'
import { forbidWith } from '../../access/forbid'
import { describeBytes, MAX_INPUT_PIXELS, mediaKindNames, mediaLimits } from '../limits'
import { safeFileName } from '../filename'
import { declaredKind, readHead, sniff } from '../sniff'
import { asOrdinaryUpload, dropKeptUpload, keptUploadRefusal } from '../tusHandoff'
import { vttProblem } from '../vtt'

type UploadFile = NonNullable<PayloadRequest['file']>

/** Refuses with a status and a message, and leaves no temp file behind. */
async function refuse(file: UploadFile, status: number, message: string): Promise<never> {
  if (file.tempFilePath) await rm(file.tempFilePath, { force: true })
  forbidWith(status, message)
}

type Problem = { status: number; message: string }

async function checkImage(file: UploadFile): Promise<Problem | null> {
  const input = file.tempFilePath ?? file.data
  try {
    const meta = await sharp(input, { limitInputPixels: false }).metadata()
    const pixels = (meta.width ?? 0) * (meta.height ?? 0) * (meta.pages ?? 1)
    if (pixels > MAX_INPUT_PIXELS) {
      return {
        status: 413,
        message: `The image is ${meta.width}×${meta.height} pixels; Siang accepts up to ${MAX_INPUT_PIXELS / 1_000_000} megapixels.`,
      }
    }
    // Decode it all: a truncated or corrupt image fails here rather than half-way through sizing.
    // Decoded small: a JPEG then decodes at 1/8 scale (shrink-on-load), which still reads every
    // byte, so a cut file fails just the same, in a tenth of the time of a full-size decode
    // (50 ms against 680 ms for 12 megapixels: `npm run bench image-ingest`).
    await sharp(input, { failOn: 'truncated', limitInputPixels: MAX_INPUT_PIXELS, animated: true })
      .resize(64, 64, { fit: 'inside' })
      .raw()
      .toBuffer()
    return null
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return { status: 400, message: `The image is truncated or corrupt (${reason}).` }
  }
}

/** The checks of the file itself; a refusal throws. */
async function checkFile(file: UploadFile): Promise<void> {
  const sniffed = await sniff(await readHead(file))
  if (!sniffed.ok) return refuse(file, sniffed.status, sniffed.message)

  const claimed = declaredKind(file.mimetype)
  if (claimed && claimed !== sniffed.kind) {
    return refuse(file, 415, `The file is ${sniffed.label}, but it was sent as ${file.mimetype}.`)
  }

  const limit = mediaLimits()[sniffed.kind]
  if (file.size > limit) {
    return refuse(
      file,
      413,
      `${mediaKindNames[sniffed.kind]} may be at most ${describeBytes(limit)}; this one is ${describeBytes(file.size)}.`,
    )
  }

  if (sniffed.kind === 'captions') {
    const text = file.data?.length
      ? file.data.toString('utf8')
      : await readHead(file, limit).then((b) => b.toString('utf8'))
    const problem = vttProblem(text)
    if (problem)
      return refuse(file, 400, `Line ${problem.line} of the captions: ${problem.message}`)
  }

  if (sniffed.kind === 'image') {
    const problem = await checkImage(file)
    if (problem) return refuse(file, problem.status, problem.message)
  }

  file.mimetype = sniffed.mime
  file.name = safeFileName(file.name, sniffed.ext)
}

/**
 * Every upload, before Payload stores it: the kind comes from the bytes, the size limit is the
 * kind's, captions must be valid WebVTT, images must decode and stay under the pixel limit, and
 * the stored name is safe. A refusal answers 4xx with a message and removes the temp file; a
 * resumable upload refused for what it is goes too (src/media/tusHandoff.ts).
 */
export const validateUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  // A save that names a finished resumable upload it may not have (src/media/tusHandoff.ts).
  const kept = keptUploadRefusal(req)
  if (kept) return refuse(file, kept.status, kept.message)
  // The size a client declared is not the size it sent.
  if (file.tempFilePath) file.size = (await stat(file.tempFilePath)).size
  try {
    await checkFile(file)
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500
    if (status < 500) await dropKeptUpload(req)
    throw err
  }
  asOrdinaryUpload(req)
  return args
}
