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

/** An answer as Next gave it: its status, headers, whole body, and the tags of what it read. */
export type Answer = { status: number; headers: [string, string][]; body: Buffer; tags: string[] }

/** An answer ready to send again: compressed once (when its type compresses), with its ETag. */
export type Kept = Answer & { gzip: Buffer | null; etag: string; storedAt: number }

const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|rss\+xml|javascript|manifest\+json)|image\/svg)/

/** Compresses and fingerprints an answer, kept or not. */
export function readyToSend(answer: Answer): Kept {
  const type = answer.headers.find(([name]) => name === 'content-type')?.[1] ?? ''
  return {
    ...answer,
    gzip: COMPRESSIBLE.test(type) && answer.body.length > 256 ? gzipSync(answer.body) : null,
    etag: `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 27)}"`,
    storedAt: Date.now(),
  }
}

export type PageCacheOptions = { maxBytes: number; maxAgeMs: number; now?: () => number }

const size = (kept: Kept) => kept.body.length + (kept.gzip?.length ?? 0) + 512

export class PageCache {
  private readonly kept = new Map<string, Kept>()
  private readonly byTag = new Map<string, Set<string>>()
  /** When each tag last expired, on this cache's own clock of expiries. */
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

  get(key: string): Kept | undefined {
    const kept = this.kept.get(key)
    if (!kept) return undefined
    if (this.now() - kept.storedAt > this.options.maxAgeMs) {
      this.drop(key)
      return undefined
    }
    // Most recently used last.
    this.kept.delete(key)
    this.kept.set(key, kept)
    return kept
  }

  /**
   * Keeps an answer rendered since `mark`, unless one of its tags expired meanwhile: then it may
   * show what a write has just changed, and the next visit renders it again.
   */
  store(key: string, answer: Kept, mark: number): boolean {
    const kept = { ...answer, storedAt: this.now() }
    if (kept.tags.some((tag) => (this.expiredAt.get(tag) ?? -1) > mark)) return false
    if (size(kept) > this.options.maxBytes / 4) return false
    this.drop(key)
    this.kept.set(key, kept)
    this.bytes += size(kept)
    for (const tag of kept.tags) {
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
      this.expiredAt.set(tag, this.clock)
      for (const key of this.byTag.get(tag) ?? []) this.drop(key)
    }
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.kept.size, bytes: this.bytes }
  }

  private drop(key: string): void {
    const kept = this.kept.get(key)
    if (!kept) return
    this.kept.delete(key)
    this.bytes -= size(kept)
    for (const tag of kept.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys && !keys.size) this.byTag.delete(tag)
    }
  }
}
