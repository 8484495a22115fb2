import { open } from 'node:fs/promises'
import { fileTypeFromBuffer } from 'file-type'
import type { MediaKind } from './limits'

/** What the bytes of an upload are, whatever its name or declared type say. */
export type Sniffed =
  | { ok: true; kind: MediaKind; mime: string; ext: string; label: string }
  | { ok: false; status: 415; message: string }

const accepted: Record<string, { kind: MediaKind; mime: string; ext: string; label: string }> = {
  'image/jpeg': { kind: 'image', mime: 'image/jpeg', ext: 'jpg', label: 'a JPEG image' },
  'image/png': { kind: 'image', mime: 'image/png', ext: 'png', label: 'a PNG image' },
  'image/webp': { kind: 'image', mime: 'image/webp', ext: 'webp', label: 'a WebP image' },
  'image/avif': { kind: 'image', mime: 'image/avif', ext: 'avif', label: 'an AVIF image' },
  'image/gif': { kind: 'image', mime: 'image/gif', ext: 'gif', label: 'a GIF image' },
  'audio/mpeg': { kind: 'audio', mime: 'audio/mpeg', ext: 'mp3', label: 'MP3 audio' },
  'audio/x-m4a': { kind: 'audio', mime: 'audio/mp4', ext: 'm4a', label: 'M4A audio' },
  'audio/mp4': { kind: 'audio', mime: 'audio/mp4', ext: 'm4a', label: 'M4A audio' },
  'audio/aac': { kind: 'audio', mime: 'audio/aac', ext: 'aac', label: 'AAC audio' },
  'audio/ogg': { kind: 'audio', mime: 'audio/ogg', ext: 'ogg', label: 'Ogg audio' },
  'audio/opus': { kind: 'audio', mime: 'audio/ogg', ext: 'opus', label: 'Opus audio' },
  'audio/wav': { kind: 'audio', mime: 'audio/wav', ext: 'wav', label: 'WAV audio' },
  'audio/vnd.wave': { kind: 'audio', mime: 'audio/wav', ext: 'wav', label: 'WAV audio' },
  'video/mp4': { kind: 'video', mime: 'video/mp4', ext: 'mp4', label: 'MP4 video' },
  'video/webm': { kind: 'video', mime: 'video/webm', ext: 'webm', label: 'WebM video' },
  'text/vtt': { kind: 'captions', mime: 'text/vtt', ext: 'vtt', label: 'WebVTT captions' },
}

/** Every type an upload may be stored as (the sniffed type, and the aliases detectors use). */
export const acceptedMimeTypes = [
  ...new Set([...Object.keys(accepted), ...Object.values(accepted).map((a) => a.mime)]),
]

const acceptedList =
  'JPEG, PNG, WebP, AVIF or GIF images; MP3, M4A, AAC, Ogg/Opus or WAV audio; MP4 or WebM video; WebVTT captions'

/** The first bytes of an upload, from its temp file or its buffer. */
export async function readHead(
  file: { data?: Buffer; tempFilePath?: string },
  bytes = 4100,
): Promise<Buffer> {
  if (file.data && file.data.length > 0) return file.data.subarray(0, bytes)
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export async function sniff(head: Buffer): Promise<Sniffed> {
  if (head.length === 0) return { ok: false, status: 415, message: 'The file is empty.' }
  const detected = await fileTypeFromBuffer(head)
  if (detected) {
    // Detectors may add parameters (audio/ogg; codecs=opus).
    const match = accepted[detected.mime.split(';')[0].trim()]
    if (match) return { ok: true, ...match }
    return {
      ok: false,
      status: 415,
      message: `This file is ${detected.mime} (.${detected.ext}), which Siang does not accept. Upload ${acceptedList}.`,
    }
  }
  const text = head.toString('utf8').replace(/^\uFEFF/, '')
  // Captions, or text with cue timings that wants to be captions (the WebVTT check says what is wrong).
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text) || /^\s*(?:\d+:)?\d{2}:\d{2}\.\d{3}\s+-->/m.test(text)) {
    return { ok: true, kind: 'captions', mime: 'text/vtt', ext: 'vtt', label: 'WebVTT captions' }
  }
  if (/<svg[\s>]/i.test(text)) {
    return {
      ok: false,
      status: 415,
      message:
        'SVG images are not accepted, because they can carry scripts. Export the image as PNG and upload that.',
    }
  }
  if (/<(?:!doctype\s+html|html|script|body|iframe)[\s>]/i.test(text)) {
    return {
      ok: false,
      status: 415,
      message: 'This file is HTML or script, which Siang does not accept.',
    }
  }
  return {
    ok: false,
    status: 415,
    message: `Siang could not recognise this file. Upload ${acceptedList}.`,
  }
}

/** The kind a declared Content-Type claims, or null when it claims nothing useful. */
export function declaredKind(mimetype: string | undefined): MediaKind | null {
  const type = (mimetype ?? '').toLowerCase()
  if (type === 'text/vtt') return 'captions'
  const top = type.split('/')[0]
  if (top === 'image' || top === 'audio' || top === 'video') return top
  return null
}
