/**
 * What one render of a public page (or feed) knows beyond its props: whether it is the
 * data-saving variant, and which cache tags its reads carried (src/site/tags.ts), so that Siang's
 * server can expire what it keeps with them. Per render in AsyncLocalStorage: renders run side by
 * side.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

type Scope = { lite: boolean; tags: Set<string>; reads: Map<string, Promise<unknown>> }

const scopes = new AsyncLocalStorage<Scope>()

/** Runs `render` in a scope of its own; returns what it made and the tags its reads carried. */
export async function inRenderScope<T>(
  lite: boolean,
  render: () => Promise<T>,
): Promise<{ result: T; tags: string[] }> {
  const scope: Scope = { lite, tags: new Set(), reads: new Map() }
  const result = await scopes.run(scope, render)
  return { result, tags: [...scope.tags] }
}

/** Whether this render is the data-saving variant (`Save-Data: on`). */
export const savesData = (): boolean => scopes.getStore()?.lite ?? false

/**
 * A read of the site's data. In a page's render: straight from the database, once per render
 * whatever the number of components that ask for it, and recorded with its tags. The page itself
 * is what is kept, so what it read must be what was committed when it began: a cached read could
 * still be the one a write is about to expire. Outside a render (feeds, the sitemap, embeds):
 * `cached`, Next's data cache under the same tags.
 */
export function readInScope<T>(
  key: string,
  tags: string[],
  direct: () => Promise<T>,
  cached: () => Promise<T>,
): Promise<T> {
  const scope = scopes.getStore()
  if (!scope) return cached()
  for (const tag of tags) scope.tags.add(tag)
  let pending = scope.reads.get(key) as Promise<T> | undefined
  if (!pending) scope.reads.set(key, (pending = direct()))
  return pending
}

/** Adds tags to this render's answer: for what a read found, known only once it is done. */
export function recordTags(tags: string[]): void {
  const scope = scopes.getStore()
  for (const tag of tags) scope?.tags.add(tag)
}
