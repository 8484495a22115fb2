import { describe, expect, it } from '@jest/globals'
import { InvertedIndex } from '@/search/inverted'
import { topK } from '@/lib/topK'

type F = 'title' | 'body'
const boost = { title: 4, body: 1 }
const make = () => new InvertedIndex<F, string>(['title', 'body'], (t) => /^[a-z]{4,}$/.test(t))
const ranked = (
  index: InvertedIndex<F, string>,
  terms: string[],
  fields: F[] = ['title', 'body'],
) =>
  index
    .search([{ terms, fields }], boost)
    .results.sort((a, b) => b.score - a.score)
    .map((r) => r.stored)

describe('the inverted index', () => {
  it('ranks a title match over a body match, and a repeated word over a single one', () => {
    const index = make()
    index.add('a', 'body once', { title: ['radio'], body: ['hotline', 'call'] })
    index.add('b', 'title', { title: ['hotline'], body: ['call'] })
    index.add('c', 'body twice', { title: ['song'], body: ['hotline', 'hotline', 'call'] })
    index.add('d', 'none', { title: ['news'], body: ['meeting'] })
    expect(ranked(index, ['hotline'])).toEqual(['title', 'body twice', 'body once'])
    expect(ranked(index, ['hotline'], ['body'])).toEqual(['body twice', 'body once'])
  })

  it('weighs a rare word above a common one', () => {
    const index = make()
    index.add('a', 'common', { title: [], body: ['call', 'call'] })
    index.add('b', 'rare', { title: [], body: ['broker'] })
    index.add('c', 'other', { title: [], body: ['call'] })
    const { results } = index.search([{ terms: ['call', 'broker'], fields: ['body'] }], boost)
    const score = (s: string) => results.find((r) => r.stored === s)!.score
    expect(score('rare')).toBeGreaterThan(score('common'))
  })

  it('says which query terms each document matched', () => {
    const index = make()
    index.add('a', 'a', { title: ['job', 'offer'], body: [] })
    index.add('b', 'b', { title: ['job'], body: [] })
    const { results, matched } = index.search(
      [{ terms: ['job', 'offer'], fields: ['title'] }],
      boost,
    )
    const a = results.find((r) => r.stored === 'a')!
    const b = results.find((r) => r.stored === 'b')!
    expect([matched(a.slot, 'job'), matched(a.slot, 'offer')]).toEqual([true, true])
    expect([matched(b.slot, 'job'), matched(b.slot, 'offer')]).toEqual([true, false])
    expect(matched(a.slot, 'never asked')).toBe(false)
  })

  it('keeps many query terms apart (more than one 32-bit word of them)', () => {
    const index = make()
    const terms = Array.from({ length: 70 }, (_, i) => `t${i}`)
    index.add('a', 'a', { title: [], body: ['t3', 't40', 't69'] })
    const { results, matched } = index.search([{ terms, fields: ['body'] }], boost)
    expect(terms.filter((t) => matched(results[0].slot, t))).toEqual(['t3', 't40', 't69'])
  })

  it('expands a prefix only to the terms it lets in, below the whole word', () => {
    const index = make()
    index.add('a', 'whole', { title: [], body: ['traff'] })
    index.add('b', 'longer', { title: [], body: ['trafficking'] })
    index.add('c', 'lao', { title: [], body: ['traff9'] })
    const prefix = () => true
    const { results, matched } = index.search(
      [{ terms: ['traff'], fields: ['body'], prefix }],
      boost,
    )
    const order = results.sort((x, y) => y.score - x.score)
    expect(order.map((r) => r.stored)).toEqual(['whole', 'longer'])
    expect(matched(order[1].slot, 'traff')).toBe(true)
  })

  it('replaces a document with the same id, and forgets a removed one', () => {
    const index = make()
    index.add('a', 'first', { title: ['song'], body: [] })
    index.add('a', 'second', { title: ['drama'], body: [] })
    expect(index.size).toBe(1)
    expect(ranked(index, ['song'])).toEqual([])
    expect(ranked(index, ['drama'])).toEqual(['second'])
    index.remove('a')
    expect(index.size).toBe(0)
    expect(index.has('a')).toBe(false)
    expect(ranked(index, ['drama'])).toEqual([])
  })

  it('compacts after many removals and still finds what is left', () => {
    const index = make()
    for (let i = 0; i < 3000; i++)
      index.add(`d${i}`, `d${i}`, { title: [`w${i % 7}`], body: ['all'] })
    for (let i = 0; i < 2500; i++) index.remove(`d${i}`)
    expect(index.size).toBe(500)
    expect(ranked(index, ['all'])).toHaveLength(500)
    expect(ranked(index, ['w3']).sort()).toEqual(
      Array.from({ length: 500 }, (_, i) => `d${i + 2500}`)
        .filter((_, i) => (i + 2500) % 7 === 3)
        .sort(),
    )
    index.add('d2999', 'again', { title: ['new'], body: [] })
    expect(ranked(index, ['new'])).toEqual(['again'])
    expect(index.size).toBe(500)
  })

  it('filters by stored fields', () => {
    const index = make()
    index.add('a', 'song', { title: ['call'], body: [] })
    index.add('b', 'news', { title: ['call'], body: [] })
    const { results } = index.search(
      [{ terms: ['call'], fields: ['title'] }],
      boost,
      (s) => s === 'news',
    )
    expect(results.map((r) => r.stored)).toEqual(['news'])
  })
})

describe('topK', () => {
  it('gives the same first k as a full sort, ties included', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const items = Array.from({ length: 1000 }, (_, i) => ({ i, score: Math.floor(random() * 50) }))
    const order = (a: (typeof items)[0], b: (typeof items)[0]) => b.score - a.score || a.i - b.i
    for (const k of [1, 10, 30])
      expect(topK(items, k, order)).toEqual([...items].sort(order).slice(0, k))
    expect(topK(items.slice(0, 5), 10, order)).toEqual(items.slice(0, 5).sort(order))
  })
})
