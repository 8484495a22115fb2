/**
 * Upload limits per kind of media, in one place. Defaults as in docs/contract.md; each can be
 * changed with an environment variable giving megabytes (MEDIA_MAX_IMAGE_MB and so on).
 */
import { setting, type Env, type SettingName } from '../lib/env'
export type MediaKind = 'image' | 'audio' | 'video' | 'captions'

/** Each kind's name in a refusal: "Videos may be at most 1.5 GB". */
export const mediaKindNames: Record<MediaKind, string> = {
  image: 'Images',
  audio: 'Audio files',
  video: 'Videos',
  captions: 'Caption files',
}

const MB = 1024 * 1024

const defaults: Record<MediaKind, number> = { image: 25, audio: 200, video: 2048, captions: 1 }

const envNames: Record<MediaKind, SettingName> = {
  image: 'MEDIA_MAX_IMAGE_MB',
  audio: 'MEDIA_MAX_AUDIO_MB',
  video: 'MEDIA_MAX_VIDEO_MB',
  captions: 'MEDIA_MAX_CAPTIONS_MB',
}

export function mediaLimits(env?: Env): Record<MediaKind, number> {
  const limits = {} as Record<MediaKind, number>
  for (const kind of Object.keys(defaults) as MediaKind[]) {
    const raw = setting(envNames[kind], env)
    const mb = raw === undefined ? defaults[kind] : Number(raw)
    if (!Number.isFinite(mb) || mb <= 0) {
      throw new Error(`${envNames[kind]} must be a positive number of megabytes, not "${raw}"`)
    }
    limits[kind] = Math.floor(mb * MB)
  }
  return limits
}

/** The largest upload of any kind: the body limit the multipart parser enforces. */
export function maxUploadBytes(limits = mediaLimits()): number {
  return Math.max(...Object.values(limits))
}

export function describeBytes(bytes: number): string {
  return bytes >= 1024 * MB
    ? `${+(bytes / (1024 * MB)).toFixed(1)} GB`
    : `${+(bytes / MB).toFixed(1)} MB`
}

/** Pixels an image may decode to (a pixel bomb declares far more): 100 megapixels. */
export const MAX_INPUT_PIXELS = 100_000_000
