import { randomBytes } from 'node:crypto'

/**
 * A safe stored name with the extension the bytes call for. A name that is readable plain
 * Latin/Lao text keeps its stem; anything with path parts, control, bidi-override or other
 * suspicious characters, or of great length, is replaced by a generated name.
 */
export function safeFileName(original: string | undefined, ext: string): string {
  const stem = (original ?? '').replace(/\.[^.]*$/, '')
  const suspicious =
    /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069/\\]|\.\./.test(original ?? '') ||
    stem.length === 0 ||
    stem.length > 100
  const cleaned = stem
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  const base = suspicious || !cleaned ? `upload-${randomBytes(6).toString('hex')}` : cleaned
  return `${base}.${ext}`
}
