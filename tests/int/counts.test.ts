import { describe, expect, it } from '@jest/globals'
import { addCounts, countOne, removeCounts, type CountKey } from '@/reach/counts'
import { periodOfDay } from '@/reach/periods'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

const rowsOf = async (key: CountKey) =>
  (
    await payload().find({
      collection: 'daily-counts',
      where: { day: { equals: key.day }, slug: { equals: key.slug } },
      depth: 0,
      limit: 10,
    })
  ).docs

/** The totals the roll-up reads: the half-year's row of `key`'s item, and its day's. */
const totalsOf = async (key: CountKey) => {
  const [period] = (
    await payload().find({
      collection: 'period-counts',
      where: {
        period: { equals: periodOfDay(key.day) },
        slug: { equals: key.slug },
        source: { equals: key.source },
      },
      depth: 0,
      limit: 10,
    })
  ).docs
  const [day] = (
    await payload().find({
      collection: 'day-counts',
      where: { day: { equals: key.day } },
      depth: 0,
      limit: 10,
    })
  ).docs
  return { period, day }
}

describe(`countOne (${engine})`, () => {
  it('counts 300 concurrent beacons of one item into one row, losing none', async () => {
    const key: CountKey = {
      day: '2026-01-02',
      type: 'songs',
      slug: 'burst',
      source: 'site',
      partner: null,
    }
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        countOne(payload(), key, i % 3 === 0 ? 'plays' : 'views'),
      ),
    )
    const rows = await rowsOf(key)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ views: 200, plays: 100, source: 'site' })
    const totals = await totalsOf(key)
    expect(totals.period).toMatchObject({ period: '2026-H1', views: 200, plays: 100 })
    expect(totals.day).toMatchObject({ views: 200, plays: 100 })
  })

  it('keeps the totals equal to the sum of the daily rows, item by item', async () => {
    const all = async (collection: 'daily-counts' | 'period-counts' | 'day-counts') =>
      (await payload().find({ collection, limit: 0, pagination: false, depth: 0 })).docs.reduce(
        (sum, d) => [sum[0] + (d.views ?? 0), sum[1] + (d.plays ?? 0)],
        [0, 0],
      )
    const daily = await all('daily-counts')
    expect(daily[0] + daily[1]).toBeGreaterThan(0)
    expect(await all('period-counts')).toEqual(daily)
    expect(await all('day-counts')).toEqual(daily)
  })

  it('keeps days, sources and partners apart', async () => {
    const site: CountKey = {
      day: '2026-01-03',
      type: 'songs',
      slug: 'apart',
      source: 'site',
      partner: null,
    }
    const partner = await payload().create({
      collection: 'partners',
      data: { title: 'Counting partner' } as never,
    })
    const embed: CountKey = { ...site, source: 'embed', partner: partner.id }
    const nextDay: CountKey = { ...site, day: '2026-01-04' }
    await countOne(payload(), site, 'views')
    await countOne(payload(), embed, 'views')
    await countOne(payload(), embed, 'plays')
    await countOne(payload(), nextDay, 'plays')
    const day = await rowsOf(site)
    expect(day).toHaveLength(2)
    expect(day.find((r) => r.source === 'site')).toMatchObject({ views: 1, plays: 0 })
    expect(day.find((r) => r.source === 'embed')).toMatchObject({
      views: 1,
      plays: 1,
      partner: partner.id,
    })
    expect(await rowsOf(nextDay)).toMatchObject([{ views: 0, plays: 1 }])
  })

  it('adds a day to its own half-year and day, and takes a removed row out of both', async () => {
    const key: CountKey = {
      day: '2026-07-01',
      type: 'news',
      slug: 'removed',
      source: 'site',
      partner: null,
    }
    const other: CountKey = { ...key, slug: 'kept' }
    expect(await addCounts(payload(), key, { views: 5, plays: 2 })).toBe(true)
    await addCounts(payload(), other, { views: 1 })
    expect(await totalsOf(key)).toMatchObject({
      period: { period: '2026-H2', views: 5, plays: 2 },
      day: { views: 6, plays: 2 },
    })
    expect(await removeCounts(payload(), { slug: { equals: 'removed' } })).toBe(1)
    expect(await rowsOf(key)).toEqual([])
    expect(await totalsOf(key)).toMatchObject({
      period: { views: 0, plays: 0 },
      day: { views: 1, plays: 0 },
    })
    // Counted again after the removal: a new row, not the one removed.
    await countOne(payload(), key, 'views')
    expect(await rowsOf(key)).toMatchObject([{ views: 1, plays: 0 }])
  })
})
