'use client'
import { useTranslation } from '@payloadcms/ui'
import { anyKey } from '@/i18n/casts'
import { textAt, useLaoDocument } from './laoDocument'
import { useLaoHeading } from './useLaoHeading'

/**
 * A localized field's Lao, above its input when the form is in another locale: the text being
 * translated. Nothing in the Lao form, on create, or while the field has no Lao. Added to every
 * localized text, textarea and rich text field by src/i18n/showLaoWhileTranslating.ts.
 */
export function LaoOriginal({ path }: { path: string }) {
  const lao = textAt(useLaoDocument(), path)
  const t = anyKey(useTranslation().t)
  useLaoHeading(path, lao)
  if (!lao) return null
  return (
    <p className="siang-lao-original" data-testid="lao-original">
      <span className="siang-lao-original__label">{t('siang:laoOriginal')}:</span>{' '}
      <span lang="lo">{lao}</span>
    </p>
  )
}
