/** The one search index of this server process, and what keeps it in step with writes. */
import type { Payload } from 'payload'
import { PREFIX, SEARCH_REBUILD } from '@/site/tags'
import { SearchIndex, searchCollections, type SearchCollection } from './index'

const KEY = Symbol.for('siang.searchIndex')

export function searchIndex(payload: Payload): SearchIndex {
  const g = globalThis as unknown as Record<symbol, SearchIndex | undefined>
  return (g[KEY] ??= new SearchIndex(payload))
}

/**
 * Reads again the documents named by cache tags (`siang:{collection}:{slug}`): the signal every
 * write sends (src/site/freshness.ts), from this process or another.
 */
export async function refreshFromTags(tags: string[], payload: Payload): Promise<void> {
  const index = searchIndex(payload)
  if (tags.includes(SEARCH_REBUILD)) {
    const count = await index.rebuild()
    payload.logger.info(`[search] index rebuilt: ${count} documents`)
  }
  for (const tag of tags) {
    const [collection, ...rest] = tag.slice(PREFIX.length).split(':')
    if (!rest.length || !(searchCollections as readonly string[]).includes(collection)) continue
    await index
      .refresh(collection as SearchCollection, rest.join(':'))
      .catch((err) => payload.logger.error({ err, msg: `[search] could not refresh ${tag}` }))
  }
}
