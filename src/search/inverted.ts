/**
 * A compact in-memory inverted index with BM25 scoring, made for search's one use: terms the
 * pipeline has already made (src/search/text.ts), a few fields with boosts, and knowing which
 * query terms each document matched.
 *
 * Why not MiniSearch, which Siang used first: at 10,000 generated news items in two languages
 * (bench/benchmarks/searchCorpus.ts) it answered at p95 58 ms and held 409 MB of heap, because it
 * builds objects per posting and per result. Here a posting is one 32-bit number (document slot
 * and term count), a query adds into one array of scores, and the matched terms are bits.
 */

/**
 * BM25+ (Lv and Zhai, 2011): term-count saturation, how much a long field is discounted, and
 * a floor for any match, so that a word in long lyrics or a script still counts.
 */
const K1 = 1.2
const B = 0.7
const DELTA = 0.5
/** A word found only as the start of a longer one ("traff" in "trafficking") weighs less. */
const PREFIX_WEIGHT = 0.375
/** Term counts above this are counted as this: a posting keeps the count in 8 bits. */
const MAX_COUNT = 255

/** A growable list of postings: slot << 8 | count. */
class PostingList {
  data = new Uint32Array(2)
  length = 0
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = value
  }
}

export type Clause<F extends string> = {
  terms: string[]
  fields: readonly F[]
  /** Also match indexed terms that start with this one (only those `prefixable` lets in). */
  prefix?: (term: string) => boolean
}

export type Scored<S> = { stored: S; score: number; slot: number }

/** What a search found: the scored documents, and which query terms each one matched. */
export type Found<S> = {
  results: Scored<S>[]
  /** Whether the document in `slot` matched this query term (or a word it starts). */
  matched: (slot: number, term: string) => boolean
}

export class InvertedIndex<F extends string, S> {
  private stored: (S | undefined)[] = []
  private slots = new Map<string, number>()
  private lengths: number[][]
  private totals: number[]
  private live = 0
  private postings = new Map<string, (PostingList | undefined)[]>()
  private sorted: string[] | null = null

  /**
   * @param fields the fields, each with its own lengths and postings
   * @param prefixable which terms a prefix query may expand to (kept sorted, built lazily)
   */
  constructor(
    private fields: readonly F[],
    private prefixable: (term: string) => boolean = () => false,
  ) {
    this.lengths = fields.map(() => [])
    this.totals = fields.map(() => 0)
  }

  get size(): number {
    return this.live
  }

  has(id: string): boolean {
    return this.slots.has(id)
  }

  /** Whether any document (live or removed since the last compaction) has had this term. */
  knows(term: string): boolean {
    return this.postings.has(term)
  }

  /** Adds a document, replacing any with the same id. Repeated terms count as frequency. */
  add(id: string, stored: S, terms: Record<F, string[]>): void {
    this.remove(id)
    const slot = this.stored.length
    if (slot >= 2 ** 24) this.compact()
    this.stored.push(stored)
    this.slots.set(id, slot)
    this.live++
    this.fields.forEach((field, f) => {
      const list = terms[field]
      this.lengths[f][slot] = list.length
      this.totals[f] += list.length
      const counts = new Map<string, number>()
      for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1)
      for (const [term, count] of counts) {
        let perField = this.postings.get(term)
        if (!perField) {
          perField = []
          this.postings.set(term, perField)
          if (this.prefixable(term)) this.sorted = null
        }
        ;(perField[f] ??= new PostingList()).push((slot << 8) | Math.min(count, MAX_COUNT))
      }
    })
  }

  /** Removes a document. Its postings are dropped at the next compaction. */
  remove(id: string): void {
    const slot = this.slots.get(id)
    if (slot === undefined) return
    this.slots.delete(id)
    this.stored[slot] = undefined
    this.live--
    this.fields.forEach((_, f) => (this.totals[f] -= this.lengths[f][slot]))
    const dead = this.stored.length - this.live
    if (dead > 1000 && dead > this.live) this.compact()
  }

  /** Renumbers the live documents and drops the postings of removed ones. */
  private compact(): void {
    const renumber = new Int32Array(this.stored.length).fill(-1)
    const stored: S[] = []
    const lengths = this.fields.map(() => [] as number[])
    this.stored.forEach((s, slot) => {
      if (s === undefined) return
      renumber[slot] = stored.length
      this.fields.forEach((_, f) => (lengths[f][stored.length] = this.lengths[f][slot]))
      stored.push(s)
    })
    for (const [id, slot] of this.slots) this.slots.set(id, renumber[slot])
    for (const [term, perField] of this.postings) {
      let any = false
      perField.forEach((list, f) => {
        if (!list) return
        const kept = new PostingList()
        for (let i = 0; i < list.length; i++) {
          const to = renumber[list.data[i] >>> 8]
          if (to >= 0) kept.push((to << 8) | (list.data[i] & MAX_COUNT))
        }
        perField[f] = kept.length ? kept : undefined
        any ||= kept.length > 0
      })
      if (!any) this.postings.delete(term)
    }
    this.stored = stored
    this.lengths = lengths
    this.sorted = null
  }

  /** Indexed terms that start with `start` (itself excluded), among the prefixable ones. */
  private startingWith(start: string): string[] {
    this.sorted ??= [...this.postings.keys()].filter(this.prefixable).sort()
    const sorted = this.sorted
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid] < start) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < sorted.length && sorted[i].startsWith(start); i++)
      if (sorted[i] !== start) out.push(sorted[i])
    return out
  }

  /**
   * Scores every document that has any clause's term in one of that clause's fields: the sum of
   * BM25 over (term, field), times the field's boost. Unordered; `keep` filters by stored fields.
   */
  search(
    clauses: Clause<F>[],
    boost: Record<F, number>,
    keep: (stored: S) => boolean = () => true,
  ): Found<S> {
    const bit = new Map<string, number>()
    for (const c of clauses) for (const t of c.terms) if (!bit.has(t)) bit.set(t, bit.size)
    const words = Math.max(1, Math.ceil(bit.size / 32))
    const n = this.stored.length
    const scores = new Float64Array(n)
    const bits = new Uint32Array(n * words)
    for (const clause of clauses)
      for (const queryTerm of clause.terms) {
        const b = bit.get(queryTerm)!
        const word = b >> 5
        const mask = 1 << (b & 31)
        const expanded = clause.prefix?.(queryTerm) ? this.startingWith(queryTerm) : []
        for (const term of [queryTerm, ...expanded]) {
          const perField = this.postings.get(term)
          if (!perField) continue
          const weight = term === queryTerm ? 1 : PREFIX_WEIGHT
          for (const field of clause.fields) {
            const f = this.fields.indexOf(field)
            const list = perField[f]
            if (!list) continue
            const df = Math.min(list.length, this.live)
            const idf = Math.log(1 + (this.live - df + 0.5) / (df + 0.5))
            const scale = weight * boost[field] * idf
            const average = this.totals[f] / this.live || 1
            const lengths = this.lengths[f]
            for (let i = 0; i < list.length; i++) {
              const slot = list.data[i] >>> 8
              if (this.stored[slot] === undefined) continue
              const count = list.data[i] & MAX_COUNT
              const norm = K1 * (1 - B + (B * lengths[slot]) / average)
              scores[slot] += scale * (DELTA + (count * (K1 + 1)) / (count + norm))
              bits[slot * words + word] |= mask
            }
          }
        }
      }
    const results: Scored<S>[] = []
    for (let slot = 0; slot < n; slot++) {
      if (scores[slot] <= 0) continue
      const stored = this.stored[slot]!
      if (keep(stored)) results.push({ stored, score: scores[slot], slot })
    }
    const matched = (slot: number, term: string) => {
      const b = bit.get(term)
      return b !== undefined && (bits[slot * words + (b >> 5)] & (1 << (b & 31))) !== 0
    }
    return { results, matched }
  }
}
