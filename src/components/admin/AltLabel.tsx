'use client'
import { FieldLabel, useFormFields } from '@payloadcms/ui'
import type { TextFieldLabelClientComponent } from 'payload'
import { useSay } from '@/i18n/useSay'
import { LaoOriginal } from './LaoOriginal'

/**
 * The label of a media file's `alt`: a description of the image, the audio or the video. Then its
 * Lao, in the English form (a field with its own label is left to show it).
 */
export const AltLabel: TextFieldLabelClientComponent = ({ field, path }) => {
  const mimeType = useFormFields(([fields]) => fields.mimeType?.value as string | undefined)
  const say = useSay()
  const kind = /^(audio|video)\//.exec(mimeType ?? '')?.[1]
  const key = kind === 'audio' ? 'altAudio' : kind === 'video' ? 'altVideo' : 'altImage'
  return (
    <>
      <FieldLabel
        htmlFor={`field-${path}`}
        label={say(key)}
        localized={field?.localized}
        path={path}
        required={field?.required}
      />
      {path && <LaoOriginal path={path} />}
    </>
  )
}
