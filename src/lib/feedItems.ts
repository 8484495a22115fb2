/** The kinds of item podcast feeds carry, and the guid an item had before it had its own. */

/** Each kind, as feed addresses name it, with the collection it comes from. */
export const itemKinds = {
  songs: 'songs',
  radio: 'radio-spots',
  tv: 'tv-spots',
  episodes: 'episodes',
} as const

export type ItemKind = keyof typeof itemKinds
export type ItemCollection = (typeof itemKinds)[ItemKind]

export const isItemKind = (value: string): value is ItemKind => Object.hasOwn(itemKinds, value)

export function kindOf(collection: ItemCollection): ItemKind
export function kindOf(collection: string): ItemKind | undefined
export function kindOf(collection: string): ItemKind | undefined {
  return (Object.keys(itemKinds) as ItemKind[]).find((k) => itemKinds[k] === collection)
}

/**
 * The guid feeds gave an item before items had a stored one: what an item without a stored
 * guid still shows (on MongoDB, whose schema has no migrations), and keeps when it is next saved.
 */
export const legacyFeedGuid = (collection: string, id: number | string) =>
  `siang-${kindOf(collection) ?? collection}-${id}`
