'use client'
import { useFormFields } from '@payloadcms/ui'

/** Plays audio and video in the media edit view, so staff can check an upload before using it. */
export function MediaPreview() {
  const url = useFormFields(([fields]) => fields.url?.value as string | undefined)
  const mimeType = useFormFields(([fields]) => fields.mimeType?.value as string | undefined)
  if (!url || !mimeType) return null
  const style = { width: '100%', maxWidth: 640, marginBottom: 24 }
  if (mimeType.startsWith('audio/')) {
    return <audio controls preload="metadata" src={url} style={style} data-testid="media-preview" />
  }
  if (mimeType.startsWith('video/')) {
    return <video controls preload="metadata" src={url} style={style} data-testid="media-preview" />
  }
  return null
}
