import { describe, expect, it } from '@jest/globals'
import { countOne, type CountKey } from '@/reach/counts'
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
})
