'use client'
import { FieldLabel } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useSay } from '@/i18n/useSay'
import { textAt, useLaoDocument } from './laoDocument'
import { useLaoHeading } from './useLaoHeading'

/**
 * A localized field's Lao, under its label when the form is in another locale: the text being
 * translated. Nothing in the Lao form, on create, or while the field has no Lao.
 */
export function LaoOriginal({ path }: { path: string }) {
  const lao = textAt(useLaoDocument(), path)
  const say = useSay()
  useLaoHeading(path, lao)
  if (!lao) return null
  return (
    <p className="siang-lao-original" data-testid="lao-original">
      <span className="siang-lao-original__label">{say('laoOriginal')}:</span>{' '}
      <span lang="lo">{lao}</span>
    </p>
  )
}

/**
 * Payload's own label, then the field's Lao. The label slot, not `beforeInput`: Payload renders
 * a field's label once, but its `beforeInput` on every form-state request, and with it the whole
 * rich text editor's configuration (about 7 KB each time). Given to every localized text,
 * textarea and rich text field by src/i18n/showLaoWhileTranslating.ts.
 *
 * A list's column heading uses the same slot, with no path: there, the heading Payload would show.
 */
export function LabelWithLao({ field, path }: { field: ClientField; path?: string }) {
  const { label, localized, required } = field as {
    label?: Parameters<typeof FieldLabel>[0]['label']
    localized?: boolean
    required?: boolean
  }
  if (!path) return <FieldLabel hideLocale label={label} unstyled />
  return (
    <>
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <LaoOriginal path={path} />
    </>
  )
}
