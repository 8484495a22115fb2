import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import { checkRole } from '@/access/checkRole'
import { sayFor } from '@/i18n/admin'
import { roleGroups } from '@/lib/roles'

type Props = { i18n: I18nClient; user?: { roles?: string[] | null } | null }

/** Above the media list: the way to resumable uploads, for those who may add media. */
export function LargeUploadLink({ i18n, user }: Props) {
  if (!checkRole(roleGroups.authors, user)) return null
  return (
    <div className="gutter--left gutter--right" style={{ marginBottom: 16 }}>
      <Link href="/admin/upload-large" data-testid="large-upload-link">
        {sayFor(i18n)('largeUploadLink')} →
      </Link>
    </div>
  )
}
