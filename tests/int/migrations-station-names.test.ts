import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { migratedUpTo, type MigratedFile } from '../helpers/migrations'

// SQLite only (its name starts with "migrations", which the MongoDB run leaves out).
let db: MigratedFile

beforeAll(async () => {
  db = await migratedUpTo('20261206_225215_station_names_localized', 'before.db')
})

afterAll(() => db?.client.close())

describe('making station names localized', () => {
  it('keeps every station’s name, in Lao and in English, and gives it back on the way down', async () => {
    await db.client.execute(`insert into provinces (code, slug) values ('LA-SV', 'savannakhet')`)
    for (const name of ['Savannakhet Radio', 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ'])
      await db.client.execute({
        sql: `insert into stations (name, kind, province_id) values (?, 'radio', 1)`,
        args: [name],
      })
    await db.migration.up(db.args)
    expect(await db.rows('select * from stations_locales order by _parent_id, _locale')).toEqual([
      { id: expect.any(Number), _parent_id: 1, _locale: 'en', name: 'Savannakhet Radio' },
      { id: expect.any(Number), _parent_id: 1, _locale: 'lo', name: 'Savannakhet Radio' },
      { id: expect.any(Number), _parent_id: 2, _locale: 'en', name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
      { id: expect.any(Number), _parent_id: 2, _locale: 'lo', name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
    ])
    const columns = await db.rows(`select name from pragma_table_info('stations')`)
    expect(columns.map((c) => c.name)).not.toContain('name')

    // Translated since: the way down keeps the Lao name.
    await db.client.execute(
      `update stations_locales set name = 'ວິທະຍຸແຫ່ງຊາດລາວ' where _parent_id = 1 and _locale = 'lo'`,
    )
    await db.migration.down(db.args)
    expect(await db.rows('select id, name from stations order by id')).toEqual([
      { id: 1, name: 'ວິທະຍຸແຫ່ງຊາດລາວ' },
      { id: 2, name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
    ])
  })
})
