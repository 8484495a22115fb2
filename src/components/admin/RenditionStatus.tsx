'use client'
import { useFormFields } from '@payloadcms/ui'
import { useSay } from '@/i18n/useSay'
import type { LiteStatus } from '@/media/renditions'

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`

/**
 * The media edit view's panel for the data-saver copy: waiting, being made, made (its size and
 * what it saves, with a link), not needed (why), or failed (why, after the retries).
 */
export function RenditionStatus() {
  const say = useSay()
  const status = useFormFields(([f]) => f.liteStatus?.value as LiteStatus | undefined)
  const bytes = useFormFields(([f]) => f.liteBytes?.value as number | undefined)
  const note = useFormFields(([f]) => f.liteNote?.value as string | undefined)
  const lite = useFormFields(([f]) => f.lite?.value as number | { id: number } | undefined)
  const original = useFormFields(([f]) => f.filesize?.value as number | undefined)
  if (!status) return null
  const liteId = lite && typeof lite === 'object' ? lite.id : lite
  const saved = bytes && original ? Math.round((1 - bytes / original) * 100) : null
  return (
    <div data-testid="rendition-status" data-status={status} style={{ margin: '0 0 24px' }}>
      <strong>{say('renditionTitle')}: </strong>
      {say(`rendition_${status}`)}
      {status === 'done' && bytes ? (
        <>
          {' · '}
          {say('renditionSaved', { size: size(bytes), saved })}{' '}
          {liteId && <a href={`/admin/collections/media/${liteId}`}>{say('renditionOpen')}</a>}
        </>
      ) : null}
      {note ? <div style={{ opacity: 0.8 }}>{note}</div> : null}
    </div>
  )
}
