/** Pure helpers for the provincial-editor rule; kept apart so unit tests need no Payload. */
import { roleGroups } from '../../lib/roles'
import { checkRole } from '../checkRole'

type Ref = string | number | { id: string | number } | null | undefined

export function refIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return (value as Ref[])
    .map((v) => (v && typeof v === 'object' ? v.id : v))
    .filter((v): v is string | number => v !== null && v !== undefined && v !== '')
    .map(String)
}

/** The provinces in `docProvinces` that are not in `allowed`. */
export function provincesOutside(docProvinces: unknown, allowed: unknown): string[] {
  const mine = new Set(refIds(allowed))
  return refIds(docProvinces).filter((id) => !mine.has(id))
}

/** The ids of the provinces a user is bound to (as ids, however deep the user was read). */
export const ownProvinceIds = (user: unknown): string[] =>
  refIds((user as { provinces?: unknown } | null)?.provinces)

/** A provincial editor with no national role: the province and publishing rules apply. */
export function isProvincialOnly(
  user: { roles?: readonly string[] | null } | null | undefined,
): boolean {
  return checkRole(roleGroups.provincialEditors, user) && !checkRole(roleGroups.publishers, user)
}

/** A write that would publish, by a provincial editor: never theirs to make. */
export function publishesAsProvincial(
  user: { roles?: readonly string[] | null } | null | undefined,
  data: { _status?: unknown } | null | undefined,
): boolean {
  return isProvincialOnly(user) && data?._status === 'published'
}
