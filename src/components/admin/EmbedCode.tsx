'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState, useSyncExternalStore } from 'react'
import { embedCode, embedTypeOf } from '@/embed/types'
import { anyKey } from '@/i18n/casts'

const unchanging = () => () => {}

/**
 * The embed code of this song, episode or spot, for staff to hand to partners. It works once the
 * document is published; partners add `?partner=their-slug` to have their plays counted.
 */
export function EmbedCode() {
  const { collectionSlug } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const title = useFormFields(([fields]) => fields.title?.value as string | undefined)
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const [copied, setCopied] = useState(false)
  const { t: translate } = useTranslation()
  const t = anyKey(translate)
  // The page's origin, known only in the browser: the server and the hydrating browser both render
  // nothing (null), then the browser renders the code. Reading `window` during render instead
  // made the two differ, a hydration error.
  const origin = useSyncExternalStore(
    unchanging,
    () => window.location.origin,
    () => null,
  )
  const type = collectionSlug ? embedTypeOf(collectionSlug) : undefined
  if (!type || !slug || !origin) return null
  const code = embedCode(origin, type, slug, title ?? slug)
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <label className="field-label" htmlFor="siang-embed-code">
        {t('siang:embedCode')}
      </label>
      <textarea
        id="siang-embed-code"
        readOnly
        rows={5}
        value={code}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: 12 }}
        data-testid="embed-code"
      />
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => navigator.clipboard.writeText(code).then(() => setCopied(true))}
      >
        {t(copied ? 'general:copied' : 'general:copy')}
      </button>
      {status !== 'published' && (
        <p className="field-description">{t('siang:embedWorksOncePublished')}</p>
      )}
    </div>
  )
}
