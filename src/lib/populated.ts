/** A relationship as Payload returned it populated: the document, or null for a bare id or none. */
export const populated = <T extends object>(value: unknown): T | null =>
  value && typeof value === 'object' ? (value as T) : null
