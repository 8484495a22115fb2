import type { Role } from '../lib/roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** True when the user holds at least one of the roles. */
export function checkRole(allowed: readonly Role[], user: MaybeUser): boolean {
  if (!user?.roles) return false
  return user.roles.some((role) => (allowed as readonly string[]).includes(role))
}
