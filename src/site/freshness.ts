/**
 * Keeps the public site fresh whoever writes: the admin, the REST API, `npm run seed` in another
 * process, a scheduled publish, or another app instance.
 *
 * A write to anything the site shows expires the cache tags it touches (src/site/tags.ts), once
 * its transaction has committed:
 * - inside the Next.js server, during a request, directly: Next's data cache with `revalidateTag`,
 *   the pages Siang's server keeps with `expireKeptPages` (src/lib/keptPages.ts);
 * - from anywhere else (scripts, the job runner's timer), by POSTing the tags to this machine's
 *   server at `/api/revalidate`, signed with a token derived from PAYLOAD_SECRET;
 * - and always to every instance named in `REVALIDATE_URLS` (comma-separated origins), for
 *   deployments with more than one.
 * Pages also revalidate by time (REVALIDATE_SECONDS) as a safety net for a writer that could not
 * reach the server. The server's search index reads the named documents again on the same signal.
 */
import crypto from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  Plugin,
} from 'payload'
import { contentSlugs, globalSlugs, slugs } from '../lib/slugs'
import { afterCommit } from '../db/failedWrites'
import { inNextServer, resolvePort, resolveSecret, setting } from '../lib/env'
import { expireKeptPages } from '../lib/keptPages'
import { changeTags, relatedCollections, tags } from './tags'

export const REVALIDATE_PATH = '/api/revalidate'

/** The bearer token `/api/revalidate` accepts: every process with the same secret can make it. */
export function revalidationToken(secret: string = resolveSecret()): string {
  return crypto.createHmac('sha256', secret).update('siang:revalidate').digest('hex')
}

/** Constant-time check of an `Authorization` header against the token. */
export function isRevalidationAuthorized(header: string | null): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '')
  const wanted = Buffer.from(revalidationToken())
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted)
}

function peers(): string[] {
  return (setting('REVALIDATE_URLS') ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean)
}

/**
 * In the Next.js server, while answering an HTTP request (REST, GraphQL, the admin): expire at
 * once; Next.js applies it when the answer is done. False anywhere else, including the job
 * runner: its timers inherit the context of whichever request first woke Payload, so a direct
 * expiry there would land in a request that ended long ago.
 */
async function expireHere(list: string[], req: PayloadRequest): Promise<boolean> {
  if (!inNextServer() || req.payloadAPI === 'local') return false
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of list) revalidateTag(tag, { expire: 0 })
    expireKeptPages(list)
    return true
  } catch {
    // No request store to expire in.
    return false
  }
}

async function tell(origin: string, list: string[], req: PayloadRequest): Promise<void> {
  try {
    const res = await fetch(origin + REVALIDATE_PATH, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${revalidationToken()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ tags: list }),
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok)
      req.payload.logger.warn(
        `[freshness] ${origin}${REVALIDATE_PATH} answered ${res.status}: is PAYLOAD_SECRET the same there?`,
      )
  } catch (err) {
    // No server running (a seed before the first start): nothing is cached, nothing to expire.
    req.payload.logger.debug({ err, msg: `[freshness] ${origin} did not answer` })
  }
}

/** Expires `list` on this server (directly or over HTTP) and on every configured peer. */
export async function expireTags(list: string[], req: PayloadRequest): Promise<void> {
  if (!list.length) return
  const targets = new Set(peers())
  if (!(await expireHere(list, req))) targets.add(`http://127.0.0.1:${resolvePort()}`)
  await Promise.all([...targets].map((origin) => tell(origin, list, req)))
  if (!inNextServer()) return
  // This server's search index follows the same signal (imported here only: it reads Payload).
  try {
    const { refreshFromTags } = await import('../search/instance')
    await refreshFromTags(list, req.payload)
  } catch (err) {
    req.payload.logger.error({ err, msg: '[freshness] the search index did not follow a write' })
  }
}

type Doc = Record<string, unknown> | null | undefined

const published = (doc: Doc) => doc?._status === 'published'

/** What visitors see of a media document; a change to `public` alone is followed by its owner. */
const visibleMedia = (doc: Doc) =>
  JSON.stringify([
    doc?.alt,
    doc?.filename,
    doc?.url,
    doc?.focalX,
    doc?.focalY,
    doc?.sizes,
    // A data-saver copy or a poster frame made for it (src/media/renditions.ts).
    doc?.liteStatus,
    doc?.poster,
  ])

/** Collections with drafts whose published documents the site shows: content, and the help directory. */
const publishedShown = new Set<string>([...contentSlugs, slugs.services])

function matters(collection: string, doc: Doc, previousDoc: Doc, operation?: string): boolean {
  if (publishedShown.has(collection)) return published(doc) || published(previousDoc)
  if (collection === slugs.media)
    return operation !== 'create' && visibleMedia(doc) !== visibleMedia(previousDoc)
  return relatedCollections.has(collection)
}

/** Expires what a write to a shown collection made stale, once it has committed. */
export const revalidateChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (matters(collection.slug, doc, previousDoc, operation))
    await afterCommit(req, () => expireTags(changeTags(collection.slug, doc, previousDoc), req))
  return doc
}

export const revalidateDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (matters(collection.slug, doc, null, 'delete'))
    await afterCommit(req, () => expireTags(changeTags(collection.slug, doc), req))
  return doc
}

export const revalidateSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await afterCommit(req, () => expireTags([tags.settings], req))
  return doc
}

/** Every collection the public site shows: content types and what their pages show of others. */
const shown = new Set<string>([...publishedShown, ...relatedCollections])

/**
 * Adds the freshness hooks to every collection in `shown` and to the site settings. Last in
 * `plugins[]`, so that they run after every other plugin's hooks.
 */
export const keepSiteFresh: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    shown.has(c.slug)
      ? {
          ...c,
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), revalidateChange],
            afterDelete: [...(c.hooks?.afterDelete ?? []), revalidateDelete],
          },
        }
      : c,
  ),
  globals: (config.globals ?? []).map((g) =>
    g.slug === globalSlugs.siteSettings
      ? {
          ...g,
          hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), revalidateSettings] },
        }
      : g,
  ),
})
