import { expect } from '@jest/globals'
import { api } from './http'

export type CountRow = { day: string; views: number; plays: number }
export type CountedItem = {
  type: string
  slug: string
  source?: 'site' | 'embed'
  /** A partner's id; none means the rows that count for no partner. */
  partner?: number
}

/** An item's `daily-counts` rows (one a day), read back as staff through the REST API. */
export async function countRows(
  token: string,
  { type, slug, source = 'site', partner }: CountedItem,
): Promise<CountRow[]> {
  const where = [
    `where[type][equals]=${type}`,
    `where[slug][equals]=${encodeURIComponent(slug)}`,
    `where[source][equals]=${source}`,
    partner === undefined ? 'where[partner][exists]=false' : `where[partner][equals]=${partner}`,
  ]
  const res = await api<{ docs: CountRow[] }>(
    `/api/daily-counts?depth=0&limit=100&${where.join('&')}`,
    { token },
  )
  expect(res.status).toBe(200)
  return res.body.docs
}

/** An item's views and plays over all days. */
export async function totals(token: string, item: CountedItem) {
  const rows = await countRows(token, item)
  return {
    views: rows.reduce((n, r) => n + r.views, 0),
    plays: rows.reduce((n, r) => n + r.plays, 0),
  }
}

/** Waits, up to 15 s, until an item's totals are as `want` says (views, plays or both). */
export async function totalsReach(
  token: string,
  item: CountedItem,
  want: { views?: number; plays?: number },
): Promise<void> {
  const deadline = Date.now() + 15_000
  const picked = async () => {
    const now = await totals(token, item)
    return {
      ...(want.views === undefined ? {} : { views: now.views }),
      ...(want.plays === undefined ? {} : { plays: now.plays }),
    }
  }
  let now = await picked()
  while (Date.now() < deadline && (now.views !== want.views || now.plays !== want.plays)) {
    await new Promise((r) => setTimeout(r, 250))
    now = await picked()
  }
  expect(now).toEqual(want)
}
