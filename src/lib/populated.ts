/** A relationship as Payload returned it populated: the document, or null for a bare id or none. */
export const populated = <T extends object>(value: unknown): T | null =>
  value && typeof value === 'object' ? (value as T) : null

/** A relation's id, whether it was read as an id or as a populated document. */
export const idOf = (value: unknown) =>
  value && typeof value === 'object'
    ? ((value as { id: unknown }).id as number | string | null | undefined)
    : (value as number | string | null | undefined)
