/**
 * The public pages Siang's server keeps in memory, answered again without asking Next (see
 * src/server/keptAnswers.ts). Each is kept under its address and Save-Data variant, with the cache
 * tags of what it read (src/site/tags.ts): a write expires exactly the pages that read what it
 * touched (src/lib/keptPages.ts). Pages also expire by age, the safety net for a write that
 * could not reach this server, and the least recently used go first past a memory budget.
 * Pure Node.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { COMPRESSIBLE } from './encoding'

/** An answer as Next gave it: its status, headers, whole body, and the tags of what it read. */
export type Answer = {
  status: number
  headers: [string, string | string[]][]
  body: Buffer
  tags: string[]
}

/** An answer ready to send, once or many times: its ETag, and its gzip copy once made. */
export type Ready = Answer & { etag: string; compressible: boolean; gzip?: Buffer }

export function readyToSend(answer: Answer): Ready {
  const type = String(answer.headers.find(([name]) => name === 'content-type')?.[1] ?? '')
  return {
    ...answer,
    compressible: COMPRESSIBLE.test(type) && answer.body.length > 256,
    etag: `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 27)}"`,
  }
}

/** The gzip copy of an answer that compresses, made on first need and kept with it. */
export function gzipOf(ready: Ready): Buffer | null {
  if (!ready.compressible) return null
  ready.gzip ??= gzipSync(ready.body)
  return ready.gzip
}

export type PageCacheOptions = { maxBytes: number; maxAgeMs: number; now?: () => number }

type Entry = { ready: Ready; storedAt: number; bytes: number }

/** Expiries remembered for answers still being made: far more than can happen during a render. */
const EXPIRIES_REMEMBERED = 10_000

export class PageCache {
  private readonly kept = new Map<string, Entry>()
  private readonly byTag = new Map<string, Set<string>>()
  /** When each tag last expired, on this cache's own clock of expiries, oldest first. */
  private readonly expiredAt = new Map<string, number>()
  private clock = 0
  private bytes = 0
  private readonly now: () => number

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now
  }

  /** A mark to take when a render begins: what expires after it may not be stored from it. */
  mark(): number {
    return this.clock
  }

  get(key: string): Ready | undefined {
    const entry = this.kept.get(key)
    if (!entry) return undefined
    if (this.now() - entry.storedAt > this.options.maxAgeMs) {
      this.drop(key)
      return undefined
    }
    // Most recently used last.
    this.kept.delete(key)
    this.kept.set(key, entry)
    return entry.ready
  }

  /**
   * Keeps an answer rendered since `mark`, unless one of its tags expired meanwhile: then it may
   * show what a write has just changed, and the next visit renders it again.
   */
  store(key: string, ready: Ready, mark: number): boolean {
    if (ready.tags.some((tag) => (this.expiredAt.get(tag) ?? -1) > mark)) return false
    gzipOf(ready)
    const bytes =
      key.length +
      ready.body.length +
      (ready.gzip?.length ?? 0) +
      ready.tags.reduce((n, tag) => n + tag.length, 0) +
      512
    if (bytes > this.options.maxBytes / 4) return false
    this.drop(key)
    this.kept.set(key, { ready, storedAt: this.now(), bytes })
    this.bytes += bytes
    for (const tag of ready.tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    for (const oldest of this.kept.keys()) {
      if (this.bytes <= this.options.maxBytes) break
      this.drop(oldest)
    }
    return true
  }

  /** Drops every page that read something under one of `tags`. */
  expire(tags: string[]): void {
    this.clock++
    for (const tag of tags) {
      this.expiredAt.delete(tag)
      this.expiredAt.set(tag, this.clock)
      for (const key of this.byTag.get(tag) ?? []) this.drop(key)
    }
    for (const tag of this.expiredAt.keys()) {
      if (this.expiredAt.size <= EXPIRIES_REMEMBERED) break
      this.expiredAt.delete(tag)
    }
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.kept.size, bytes: this.bytes }
  }

  private drop(key: string): void {
    const entry = this.kept.get(key)
    if (!entry) return
    this.kept.delete(key)
    this.bytes -= entry.bytes
    for (const tag of entry.ready.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys && !keys.size) this.byTag.delete(tag)
    }
  }
}
