import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { migratedUpTo, type MigratedFile } from '../helpers/migrations'

// SQLite only (its name starts with "migrations", which the MongoDB run leaves out).
let db: MigratedFile

beforeAll(async () => {
  db = await migratedUpTo('20261207_140236_reach_by_sex_and_age', 'reports.db')
})

afterAll(() => db?.client.close())

const oldFigures =
  'select id, period, province_id, status, events_held, reached_female, reached_male, reached_other, reached_by_age_under15, reached_by_age_from15to24, reached_by_age_from25, narrative from reach_reports order by id'

describe('reach reports by sex and age', () => {
  it('keeps every report made before the table as it was, with an empty table, and gives it back on the way down', async () => {
    await db.client.execute(
      `insert into provinces (id, code, slug) values (1, 'LA-SV', 'savannakhet')`,
    )
    await db.client.execute(
      `insert into reach_reports (period, province_id, status, events_held, reached_female, reached_male, reached_other, reached_by_age_under15, reached_by_age_from15to24, reached_by_age_from25, narrative)
       values ('2020-H1', 1, 'accepted', 18, 860, 742, 5, 240, 905, 462, 'ລົງເຜີຍແຜ່ຢູ່ບັນດາເມືອງຊາຍແດນ')`,
    )
    const before = await db.rows(oldFigures)
    await db.migration.up(db.args)
    expect(await db.rows(oldFigures)).toEqual(before)
    const [table] = await db.rows(
      'select reached_by_sex_age_female_age0to14 as f, reached_by_sex_age_other_age35plus as o from reach_reports',
    )
    expect(table).toEqual({ f: 0, o: 0 })

    await db.migration.down(db.args)
    expect(await db.rows(oldFigures)).toEqual(before)
  })
})
