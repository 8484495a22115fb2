/** The id of a partner user's own partner organisation, or undefined. */
export function ownPartnerId(user: unknown): unknown {
  const own = (user as { partner?: unknown } | null | undefined)?.partner
  const id = own && typeof own === 'object' ? (own as { id: unknown }).id : own
  return id === null ? undefined : id
}
