import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { migrations } from '@/migrations'
import { migratedUpTo, type MigratedFile } from '../helpers/migrations'

// SQLite only (its name starts with "migrations", which the MongoDB run leaves out).
const NAME = '20261207_170000_references_on_delete'
let db: MigratedFile

beforeAll(async () => {
  db = await migratedUpTo(NAME, 'before.db')
})

afterAll(() => db?.client.close())

type Transacting = { transaction: (f: (tx: unknown) => Promise<void>) => Promise<void> }

/** As Payload runs a migration: inside a transaction, where foreign keys cannot be turned off. */
const inTransaction = (step: (args: MigrateUpArgs) => Promise<void>, on = db) =>
  (on.args.db as unknown as Transacting).transaction((tx) =>
    step({ ...on.args, db: tx } as MigrateUpArgs),
  )

const rule = async (table: string, column: string, on = db) =>
  (await on.rows(`select "from", on_delete from pragma_foreign_key_list('${table}')`)).find(
    (r) => r.from === column,
  )?.on_delete

describe('giving old references their rule on delete', () => {
  it('keeps every row, lets what is pointed at be deleted, and gives the old rule back on the way down', async () => {
    expect(await db.rows('pragma foreign_keys')).toEqual([{ foreign_keys: 1 }])
    await db.client.executeMultiple(`
      insert into media (id, filename) values (1, 'artwork.jpg'), (2, 'song.mp4'), (3, 'song-lite.mp4');
      update media set poster_id = 1, lite_id = 3 where id = 2;
      update media set rendition_of_id = 2 where id = 3;
      insert into site_settings (id, podcast_artwork_id) values (1, 1);
    `)
    const media = () =>
      db.rows('select id, poster_id, lite_id, rendition_of_id from media order by id')
    const before = await media()
    // Another connection, open since before, such as a running server's: it reads the new rules.
    const other = createClient({ url: db.url })
    await expect(other.execute('delete from media where id = 1')).rejects.toThrow(/FOREIGN KEY/)

    await inTransaction(db.migration.up)
    expect(await media()).toEqual(before)
    expect(await rule('media', 'lite_id')).toBe('SET NULL')
    expect(await rule('site_settings', 'podcast_artwork_id')).toBe('SET NULL')
    expect(await rule('redirects_rels', 'quizzes_id')).toBe('CASCADE')
    expect(await rule('payload_locked_documents_rels', 'targets_id')).toBe('CASCADE')
    expect(await db.rows('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }])

    await other.execute('delete from media where id = 1')
    other.close()
    expect(await media()).toEqual([
      { id: 2, poster_id: null, lite_id: 3, rendition_of_id: null },
      { id: 3, poster_id: null, lite_id: null, rendition_of_id: 2 },
    ])
    expect(await db.rows('select podcast_artwork_id from site_settings')).toEqual([
      { podcast_artwork_id: null },
    ])

    await inTransaction(db.migration.down)
    expect(await rule('media', 'lite_id')).toBe('NO ACTION')
    expect(await rule('payload_locked_documents_rels', 'targets_id')).toBe('NO ACTION')
    await expect(db.client.execute('delete from media where id = 3')).rejects.toThrow(/FOREIGN KEY/)
    expect(await media()).toHaveLength(2)
  })

  it('takes a database whose locks table was made again on an earlier way down and back up', async () => {
    // count_totals' way down makes payload_locked_documents_rels again, with every reference
    // written at its end with its rule; the way back up adds its two columns inline.
    const cycled = await migratedUpTo(NAME, 'cycled.db')
    const totals = migrations.find((m) => m.name === '20261207_135812_count_totals')!
    await totals.down(cycled.args)
    await totals.up(cycled.args)
    expect(await rule('payload_locked_documents_rels', 'daily_counts_id', cycled)).toBe('CASCADE')
    expect(await rule('payload_locked_documents_rels', 'day_counts_id', cycled)).toBe('NO ACTION')

    await inTransaction(cycled.migration.up, cycled)
    for (const column of ['daily_counts_id', 'day_counts_id', 'targets_id'])
      expect(await rule('payload_locked_documents_rels', column, cycled)).toBe('CASCADE')
    await inTransaction(cycled.migration.down, cycled)
    // Down again: the inline ones lose their rule; those written at the end keep theirs.
    expect(await rule('payload_locked_documents_rels', 'day_counts_id', cycled)).toBe('NO ACTION')
    expect(await rule('payload_locked_documents_rels', 'daily_counts_id', cycled)).toBe('CASCADE')
    cycled.client.close()
  })
})
