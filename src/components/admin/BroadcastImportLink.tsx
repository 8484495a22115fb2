import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import { checkRole } from '@/access/checkRole'
import { sayFor } from '@/i18n/admin'
import { roleGroups } from '@/lib/roles'

type Props = { i18n: I18nClient; user?: { roles?: string[] | null } | null }

/** Above the broadcasts list: the way to the CSV import, for those who may write the log. */
export function BroadcastImportLink({ i18n, user }: Props) {
  if (!checkRole(roleGroups.authors, user)) return null
  return (
    <div className="gutter--left gutter--right" style={{ marginBottom: 16 }}>
      <Link href="/admin/broadcast-import" data-testid="broadcast-import-link">
        {sayFor(i18n)('importLink')} →
      </Link>
    </div>
  )
}
