import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { migrations } from '@/migrations'
import { tempDir } from '../helpers/payload'

// SQLite only (its name starts with "migrations", which the MongoDB run leaves out).
const target = '20261206_225215_station_names_localized'
let client: Client
let args: MigrateUpArgs

/** A database file migrated up to, not including, `name`. */
beforeAll(async () => {
  client = createClient({ url: `file:${path.join(tempDir(), 'before.db')}` })
  args = { db: drizzle(client), payload: null, req: null } as unknown as MigrateUpArgs
  for (const m of migrations) {
    if (m.name === target) break
    await m.up(args)
  }
})

afterAll(() => client?.close())

const rows = async (sql: string) => (await client.execute(sql)).rows.map((r) => ({ ...r }))

describe('making station names localized', () => {
  it('keeps every station’s name, in Lao and in English, and gives it back on the way down', async () => {
    await client.execute(`insert into provinces (code, slug) values ('LA-SV', 'savannakhet')`)
    for (const name of ['Savannakhet Radio', 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ'])
      await client.execute({
        sql: `insert into stations (name, kind, province_id) values (?, 'radio', 1)`,
        args: [name],
      })
    const migration = migrations.find((m) => m.name === target)!
    await migration.up(args)
    expect(await rows('select * from stations_locales order by _parent_id, _locale')).toEqual([
      { id: expect.any(Number), _parent_id: 1, _locale: 'en', name: 'Savannakhet Radio' },
      { id: expect.any(Number), _parent_id: 1, _locale: 'lo', name: 'Savannakhet Radio' },
      { id: expect.any(Number), _parent_id: 2, _locale: 'en', name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
      { id: expect.any(Number), _parent_id: 2, _locale: 'lo', name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
    ])
    const columns = await rows(`select name from pragma_table_info('stations')`)
    expect(columns.map((c) => c.name)).not.toContain('name')

    // Translated since: the way down keeps the Lao name.
    await client.execute(
      `update stations_locales set name = 'ວິທະຍຸແຫ່ງຊາດລາວ' where _parent_id = 1 and _locale = 'lo'`,
    )
    await migration.down(args)
    expect(await rows('select id, name from stations order by id')).toEqual([
      { id: 1, name: 'ວິທະຍຸແຫ່ງຊາດລາວ' },
      { id: 2, name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
    ])
  })
})
