import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseBuffer, parseFile, type IAudioMetadata } from 'music-metadata'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { forbidWith } from '../../access/forbid'
import { probe, type Probe } from '../ffmpeg'

/**
 * Duration, bitrate and channels of audio and video, and the frame size of video, read from the
 * uploaded file itself (the temp file that Payload then moves into MEDIA_DIR).
 */
export const readMediaMetadata: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  const kind = file?.mimetype.split('/')[0]
  if (!file || (kind !== 'audio' && kind !== 'video')) return data
  let meta: IAudioMetadata
  try {
    meta = file.tempFilePath
      ? await parseFile(file.tempFilePath, { duration: true })
      : await parseBuffer(
          file.data,
          { mimeType: file.mimetype, size: file.size },
          { duration: true },
        )
  } catch (err) {
    if (file.tempFilePath) await rm(file.tempFilePath, { force: true })
    const reason = err instanceof Error ? err.message : String(err)
    forbidWith(400, `The ${kind} file is truncated or corrupt (${reason}).`)
  }
  const { bitrate, numberOfChannels, trackInfo } = meta.format
  let { duration } = meta.format
  const video = trackInfo?.find((t) => t.video)?.video
  let frame = { width: video?.pixelWidth ?? null, height: video?.pixelHeight ?? null }
  // music-metadata measures sound: a video without a sound track (a screen recording, a silent
  // clip) has no length for it. ffmpeg reads the container's own.
  if (kind === 'video' && !duration) {
    const probed = await probeUpload(file)
    duration = probed.duration ?? undefined
    frame = { width: frame.width ?? probed.width, height: frame.height ?? probed.height }
  }
  if (!duration || !Number.isFinite(duration)) {
    if (file.tempFilePath) await rm(file.tempFilePath, { force: true })
    forbidWith(400, `The ${kind} file is truncated or corrupt: it has no playable length.`)
  }
  data.duration = Math.round(duration * 100) / 100
  data.bitrate = bitrate ? Math.round(bitrate / 1000) : null
  data.channels = numberOfChannels ?? null
  if (kind === 'video') {
    data.width = frame.width
    data.height = frame.height
  }
  return data
}

/** ffmpeg's reading of the upload, from its temp file or, for a Local API buffer, a copy. */
async function probeUpload(file: NonNullable<PayloadRequest['file']>): Promise<Probe> {
  const none = { duration: null, width: null, height: null }
  if (file.tempFilePath) return probe(file.tempFilePath).catch(() => none)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'siang-probe-'))
  try {
    const copy = path.join(dir, 'upload')
    await writeFile(copy, file.data)
    return await probe(copy).catch(() => none)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
