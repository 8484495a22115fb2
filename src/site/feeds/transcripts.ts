/** An item's words as plain text, beside the feeds: /feeds/{locale}/{kind}/{slug}.txt. */
import { plainText } from '@/lib/richText'
import type { Episode, RadioSpot, Song, TvSpot } from '@/payload-types'

export { isItemKind, itemKinds, kindOf } from '@/lib/feedItems'
export type { ItemCollection, ItemKind } from '@/lib/feedItems'
export type FeedItemDoc = Song | RadioSpot | TvSpot | Episode

/** The words of an item, as plain text: a song's lyrics, a spot's script, an episode's transcript. */
export function transcriptOf(doc: FeedItemDoc): string {
  if ('lyrics' in doc) return plainText(doc.lyrics)
  if ('script' in doc) return plainText(doc.script)
  return plainText((doc as Episode).transcript)
}
