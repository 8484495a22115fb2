/**
 * Class: unbounded reads. A visitor or partner may not make one request read the whole database:
 * `limit=0`, a huge limit, `pagination=false` and a deep `depth` are capped on REST and GraphQL,
 * and GraphQL queries are limited in depth and cost. Staff (the admin) are not capped.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, partnerLogin } from '../helpers/http'

type Page = { docs: Record<string, unknown>[]; limit: number; totalDocs: number }
type Gql = { data?: Record<string, { docs: unknown[] }>; errors?: { message: string }[] }

const run = Date.now()
let admin: string
let partner: string

/** How many levels of documents (objects with an id and a creation time) a value holds. */
function documentDepth(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(documentDepth))
  if (!value || typeof value !== 'object') return 0
  const inner = Math.max(0, ...Object.values(value).map(documentDepth))
  return 'id' in value && 'createdAt' in value ? 1 + inner : inner
}

const gql = (query: string, token?: string) =>
  api<Gql>('/api/graphql', { method: 'POST', token, body: { query } })

beforeAll(async () => {
  admin = await adminLogin()
  partner = await partnerLogin(admin, `reads-${run}`)
  // More than one capped page of published news.
  for (let batch = 0; batch < 11; batch++)
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api('/api/news', {
          method: 'POST',
          token: admin,
          body: { title: `Bulk news ${run} ${batch * 10 + i}`, _status: 'published' },
        }),
      ),
    )
}, 120_000)

describe('REST reads by visitors and partners are capped', () => {
  it.each([
    ['limit=0', '?limit=0'],
    ['limit=100000', '?limit=100000'],
    ['pagination=false', '?pagination=false&limit=0'],
  ])('%s gives at most 100 documents, anonymously and as a partner', async (_name, query) => {
    for (const token of [undefined, partner]) {
      const res = await api<Page>(`/api/news${query}&depth=0&locale=all`, { token })
      expect(res.status).toBe(200)
      expect(res.body.totalDocs).toBeGreaterThan(100)
      expect(res.body.docs).toHaveLength(100)
    }
  })

  it('fills relations at most two levels deep, whatever depth is asked', async () => {
    const res = await api<Page>('/api/episodes?depth=10&limit=5&locale=all')
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
    // The episode itself, then two levels of related documents.
    for (const doc of res.body.docs) expect(documentDepth(doc)).toBeLessThanOrEqual(3)
    const staffView = await api<Page>('/api/episodes?depth=4&limit=5', { token: admin })
    expect(Math.max(...staffView.body.docs.map(documentDepth))).toBeGreaterThan(3)
  })

  it('leaves staff uncapped: the admin lists everything with limit=0', async () => {
    const res = await api<Page>('/api/news?limit=0&depth=0', { token: admin })
    expect(res.body.docs.length).toBe(res.body.totalDocs)
    expect(res.body.docs.length).toBeGreaterThan(100)
  })
})

describe('GraphQL queries are bounded', () => {
  it("caps a visitor's list at 100, limit 0 or pagination off", async () => {
    for (const args of ['limit: 0', 'limit: 5000', 'pagination: false']) {
      const res = await gql(`{ NewsItems: News(${args}) { docs { id } totalDocs } }`)
      expect(res.status).toBe(200)
      const list = res.body.data?.NewsItems as unknown as { docs: unknown[]; totalDocs: number }
      expect(list.totalDocs).toBeGreaterThan(100)
      expect(list.docs.length).toBeGreaterThan(0)
      expect(list.docs.length).toBeLessThanOrEqual(100)
    }
  })

  it('refuses a query nested deeper than 8 levels, with a message', async () => {
    const nested = `{ Episodes { docs { drama { campaigns { songs { docs { campaigns { songs { docs { id } } } } } } } } } }`
    const res = await gql(nested)
    expect(res.status).toBeLessThan(500)
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(/deeper than 8 levels/),
    ])
  })

  it('refuses a query that would read too much through aliased lists', async () => {
    const lists = Array.from(
      { length: 60 },
      (_, i) => `n${i}: News(limit: 100) { docs { id title slug } }`,
    )
    const res = await gql(`{ ${lists.join(' ')} }`, partner)
    expect(res.status).toBeLessThan(500)
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(/could read about \d+ values/),
    ])
    // A modest query of the same shape passes.
    const modest = await gql(`{ ${lists.slice(0, 2).join(' ')} }`, partner)
    expect(modest.body.errors).toBeUndefined()
  })
})
