/** An item's words as plain text, beside the feeds: /feeds/{locale}/{kind}/{slug}.txt. */
import { plainText } from '@/components/RichText'
import type { Episode, RadioSpot, Song, TvSpot } from '@/payload-types'

/** The kinds of item a feed carries, each with the collection it comes from. */
export const itemKinds = {
  songs: 'songs',
  radio: 'radio-spots',
  tv: 'tv-spots',
  episodes: 'episodes',
} as const

export type ItemKind = keyof typeof itemKinds
export type ItemCollection = (typeof itemKinds)[ItemKind]
export type FeedItemDoc = Song | RadioSpot | TvSpot | Episode

export const isItemKind = (value: string): value is ItemKind => Object.hasOwn(itemKinds, value)

export const kindOf = (collection: ItemCollection): ItemKind =>
  (Object.keys(itemKinds) as ItemKind[]).find((k) => itemKinds[k] === collection)!

/** The words of an item, as plain text: a song's lyrics, a spot's script, an episode's transcript. */
export function transcriptOf(doc: FeedItemDoc): string {
  if ('lyrics' in doc) return plainText(doc.lyrics)
  if ('script' in doc) return plainText(doc.script)
  return plainText((doc as Episode).transcript)
}
