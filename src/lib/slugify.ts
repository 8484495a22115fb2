/**
 * Turns a title into a URL slug made of ASCII letters, digits and dashes.
 * Lao script has no ASCII transliteration that people agree on, so it is dropped: a Lao-only
 * title gives '' and the caller falls back to a short readable id. Percent-encoded Lao slugs
 * break when links are pasted into chat apps.
 */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

// No 0/o, 1/l/i: the id may be read aloud or typed from a poster.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A short readable id such as `song-k3f9xq`, for documents whose title gives no slug. */
export function readableId(prefix: string, random: () => number = Math.random): string {
  let id = ''
  for (let i = 0; i < 6; i++) id += alphabet[Math.floor(random() * alphabet.length)]
  return `${prefix}-${id}`
}
