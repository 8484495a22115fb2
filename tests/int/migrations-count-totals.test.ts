import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { periodOfDay } from '@/reach/periods'
import { migratedUpTo, type MigratedFile } from '../helpers/migrations'

// SQLite only (its name starts with "migrations", which the MongoDB run leaves out).
let db: MigratedFile

beforeAll(async () => {
  db = await migratedUpTo('20261207_135812_count_totals', 'counts.db')
})

afterAll(() => db?.client.close())

describe('bringing in the counters’ totals', () => {
  it('adds the daily counts made before into half-year and day totals, leaving them as they were', async () => {
    await db.client.execute(`insert into partners (id, slug) values (7, 'unicef')`)
    const counts: [string, string, string, string, number | null, number, number][] = [
      ['2020-06-30', 'songs', 'a', 'site', null, 10, 4],
      ['2020-06-29', 'songs', 'a', 'site', null, 5, 1],
      ['2020-06-30', 'songs', 'a', 'embed', 7, 3, 2],
      ['2020-06-30', 'news', 'n', 'site', null, 8, 0],
      ['2020-07-01', 'songs', 'a', 'site', null, 100, 50],
      ['2020-12-31', 'songs', 'a', 'site', null, 1, 1],
      ['2021-01-01', 'songs', 'a', 'site', null, 2, 2],
    ]
    for (const args of counts)
      await db.client.execute({
        sql: `insert into daily_counts (day, type, slug, source, partner_id, views, plays) values (?, ?, ?, ?, ?, ?, ?)`,
        args,
      })
    const before = await db.rows('select * from daily_counts order by id')
    await db.migration.up(db.args)

    expect(await db.rows('select * from daily_counts order by id')).toEqual(before)
    expect(
      await db.rows(
        'select period, type, slug, source, partner_id, views, plays from period_counts order by period, type, slug, source',
      ),
    ).toEqual([
      {
        period: '2020-H1',
        type: 'news',
        slug: 'n',
        source: 'site',
        partner_id: null,
        views: 8,
        plays: 0,
      },
      {
        period: '2020-H1',
        type: 'songs',
        slug: 'a',
        source: 'embed',
        partner_id: 7,
        views: 3,
        plays: 2,
      },
      {
        period: '2020-H1',
        type: 'songs',
        slug: 'a',
        source: 'site',
        partner_id: null,
        views: 15,
        plays: 5,
      },
      {
        period: '2020-H2',
        type: 'songs',
        slug: 'a',
        source: 'site',
        partner_id: null,
        views: 101,
        plays: 51,
      },
      {
        period: '2021-H1',
        type: 'songs',
        slug: 'a',
        source: 'site',
        partner_id: null,
        views: 2,
        plays: 2,
      },
    ])
    // The same half-years as Siang gives each day when it counts.
    for (const [day, , , , , ,] of counts)
      expect(periodOfDay(day)).toBe(
        { '06': '2020-H1', '07': '2020-H2', '12': '2020-H2', '01': '2021-H1' }[day.slice(5, 7)],
      )
    expect(await db.rows('select day, views, plays from day_counts order by day')).toEqual([
      { day: '2020-06-29', views: 5, plays: 1 },
      { day: '2020-06-30', views: 21, plays: 6 },
      { day: '2020-07-01', views: 100, plays: 50 },
      { day: '2020-12-31', views: 1, plays: 1 },
      { day: '2021-01-01', views: 2, plays: 2 },
    ])
  })
})
