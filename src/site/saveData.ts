/**
 * Visitors who save data (`Save-Data: on`, sent by data-saver modes on phones) get a lighter
 * variant of every page: smaller pictures, and players that offer the small copy of a file first.
 * The address stays the same; Siang's server caches each variant apart (src/server/pageCache.ts),
 * and a shared cache in front keys on the header (deploy/nginx).
 */
export { savesData } from './render/scope'

const smaller = { hero: 'card', card: 'thumbnail', thumbnail: 'thumbnail' } as const

/** The picture size to send: one step smaller for a visitor who saves data. */
export function sizeFor<S extends keyof typeof smaller>(
  size: S,
  lite: boolean,
): (typeof smaller)[keyof typeof smaller] | S {
  return lite ? smaller[size] : size
}
