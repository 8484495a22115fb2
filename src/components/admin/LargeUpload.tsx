import type { AdminViewServerProps } from 'payload'
import { sayFor } from '@/i18n/admin'
import { AdminPage } from './AdminPage'
import { LargeUploadForm, type LargeUploadLabels } from './LargeUploadForm'

const keys = [
  'file',
  'alt',
  'start',
  'pause',
  'resume',
  'done',
  'open',
  'unfinished',
  'pickAgain',
  'offline',
  'failed',
] as const

/**
 * `/admin/upload-large`: a long audio or video file sent in resumable pieces (tus), for weak
 * connections; it becomes a media document like any upload.
 */
export async function LargeUpload({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const say = sayFor(req.i18n)
  const labels = Object.fromEntries(
    keys.map((k) => [k, say(`largeUpload_${k}`)]),
  ) as LargeUploadLabels
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{say('largeUploadTitle')}</h1>
      <p>{say('largeUploadHelp')}</p>
      {req.user ? (
        <LargeUploadForm labels={labels} userId={String(req.user.id)} />
      ) : (
        <p>{say('largeUpload_failed')}</p>
      )}
    </AdminPage>
  )
}
