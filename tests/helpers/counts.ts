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
