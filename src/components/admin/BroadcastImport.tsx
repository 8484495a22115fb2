import type { AdminViewServerProps } from 'payload'
import { checkRole } from '@/access/checkRole'
import { airable, broadcastStatusLabels } from '@/collections/Broadcasts/values'
import { collectionLabel, sayFor } from '@/i18n/admin'
import { roleGroups } from '@/lib/roles'
import { optionalColumns, requiredColumns } from '@/reach/importCsv'
import { BroadcastImportForm } from './BroadcastImportForm'
import { AdminPage } from './AdminPage'

/**
 * `/admin/broadcast-import`: a station's log as CSV, checked first (a dry run shown as a table),
 * then imported on request. The work is done by POST /api/broadcasts/import.
 */
export function BroadcastImport({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { i18n, payload, user } = req
  const say = sayFor(i18n)
  const lang = i18n.language === 'lo' ? 'lo' : 'en'
  const statusLabels = Object.fromEntries(
    Object.entries(broadcastStatusLabels).map(([status, label]) => [status, label[lang]]),
  )
  const typeLabels = Object.fromEntries(
    airable.map((slug) => [slug, collectionLabel(payload as never, slug, lang)]),
  )
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{say('importTitle')}</h1>
      {checkRole(roleGroups.authors, user) ? (
        <>
          {/* The columns as the file's first line names them, whatever the admin's language. */}
          <p>
            {say('importIntro')} <code>{[...requiredColumns, ...optionalColumns].join(',')}</code>
          </p>
          <p>{say('importIntroTimes')}</p>
          <BroadcastImportForm statusLabels={statusLabels} typeLabels={typeLabels} />
        </>
      ) : (
        <p>{say('importRefused')}</p>
      )}
    </AdminPage>
  )
}
