import { rm } from 'node:fs/promises'
import { parseBuffer, parseFile, type IAudioMetadata } from 'music-metadata'
import type { CollectionBeforeChangeHook } from 'payload'
import { forbidWith } from '../../access/forbid'

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
      : await parseBuffer(file.data, { mimeType: file.mimetype, size: file.size }, { duration: true })
  } catch (err) {
    if (file.tempFilePath) await rm(file.tempFilePath, { force: true })
    const reason = err instanceof Error ? err.message : String(err)
    forbidWith(400, `The ${kind} file is truncated or corrupt (${reason}).`)
  }
  const { duration, bitrate, numberOfChannels, trackInfo } = meta.format
  if (!duration || !Number.isFinite(duration)) {
    if (file.tempFilePath) await rm(file.tempFilePath, { force: true })
    forbidWith(400, `The ${kind} file is truncated or corrupt: it has no playable length.`)
  }
  data.duration = Math.round(duration * 100) / 100
  data.bitrate = bitrate ? Math.round(bitrate / 1000) : null
  data.channels = numberOfChannels ?? null
  const video = trackInfo?.find((t) => t.video)?.video
  if (kind === 'video' && video) {
    data.width = video.pixelWidth ?? null
    data.height = video.pixelHeight ?? null
  }
  return data
}
