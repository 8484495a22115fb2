/**
 * The bridge between the writes Payload sees inside Next and the pages Siang's server keeps
 * (src/server/pageCache.ts), both in the one process `npm start` runs. The server registers how
 * to expire; freshness (src/site/freshness.ts) calls it with the tags a write touched. Next bundles
 * its own copy of this module, so the two meet through a global symbol. No imports.
 */
type Expire = (tags: string[]) => void

const KEY = Symbol.for('siang.keptPages.expire')
const slot = globalThis as { [KEY]?: Expire }

/** Siang's server: this is how kept pages expire. */
export function onPagesExpired(expire: Expire): void {
  slot[KEY] = expire
}

/** Expires every kept page that read something under one of `tags`. Nothing kept: nothing to do. */
export function expireKeptPages(tags: string[]): void {
  slot[KEY]?.(tags)
}
