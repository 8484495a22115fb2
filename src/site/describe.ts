import { plainText } from '@/lib/richText'
import { cutAtWord } from '@/search/text'

/** Where a document's own words are, best first: a written summary, else its opening text. */
const describedBy = ['excerpt', 'summary', 'body', 'lyrics', 'synopsis', 'script', 'transcript']

/**
 * A short description for link previews and search engines: the item's excerpt or summary, else
 * the opening of its text (lyrics, synopsis, script, transcript), cut between words.
 */
export function describe(doc: Record<string, unknown>): string | undefined {
  for (const field of describedBy) {
    const value = doc[field]
    const text = (typeof value === 'string' ? value : plainText(value)).replace(/\s+/g, ' ').trim()
    if (text) return cutAtWord(text, 200)
  }
  return undefined
}
