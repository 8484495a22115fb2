'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { anyKey } from '@/i18n/casts'

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`

/**
 * The media edit view's panel for the data-saver copy: waiting, being made, made (its size and
 * what it saves, with a link), not needed (why), or failed (why, after the retries).
 */
export function RenditionStatus() {
  const { t } = useTranslation()
  const say = anyKey(t)
  const status = useFormFields(([f]) => f.liteStatus?.value as string | undefined)
  const bytes = useFormFields(([f]) => f.liteBytes?.value as number | undefined)
  const note = useFormFields(([f]) => f.liteNote?.value as string | undefined)
  const lite = useFormFields(([f]) => f.lite?.value as number | { id: number } | undefined)
  const original = useFormFields(([f]) => f.filesize?.value as number | undefined)
  if (!status) return null
  const liteId = lite && typeof lite === 'object' ? lite.id : lite
  const saved = bytes && original ? Math.round((1 - bytes / original) * 100) : null
  return (
    <div data-testid="rendition-status" data-status={status} style={{ margin: '0 0 24px' }}>
      <strong>{say('siang:renditionTitle')}: </strong>
      {say(`siang:rendition_${status}`)}
      {status === 'done' && bytes ? (
        <>
          {' · '}
          {say('siang:renditionSaved', { size: size(bytes), saved })}{' '}
          {liteId && (
            <a href={`/admin/collections/media/${liteId}`}>{say('siang:renditionOpen')}</a>
          )}
        </>
      ) : null}
      {note ? <div style={{ opacity: 0.8 }}>{note}</div> : null}
    </div>
  )
}
