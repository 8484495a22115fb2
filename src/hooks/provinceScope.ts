/** Pure helpers for the provincial-editor rule; kept apart so unit tests need no Payload. */

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
