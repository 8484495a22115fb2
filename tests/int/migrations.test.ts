import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { keepFeedGuids } from '@/migrations/20261206_192835_podcast_feeds'
import { bootPayload } from '../helpers/payload'

// SQLite only: MongoDB has no schema migrations (scripts/test.ts leaves this file out there).
const dir = path.resolve(import.meta.dirname, '../../src/migrations')
let payload: Payload
const quiet = { disableRevalidate: true }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

/** SQLite's plan for a query, one step a line. */
async function explain(sql: string): Promise<string> {
  type Client = { execute: (sql: string) => Promise<{ rows: { detail: string }[] }> }
  const { client } = payload.db as unknown as { client: Client }
  const { rows } = await client.execute(`explain query plan ${sql}`)
  return rows.map((r) => r.detail).join('\n')
}

describe('migrations', () => {
  it('match the schema: a schema change without a new migration fails here', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const kit = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const before = JSON.parse(fs.readFileSync(path.join(dir, latest!), 'utf8'))
    const after = await kit.generateDrizzleJson(db.schema)
    const statements = await kit.generateMigration(before, after)
    if (statements.length > 0) {
      throw new Error(
        `The schema differs from the latest migration (${latest}). Run: npm run migrate:create -- name\n` +
          statements.join('\n'),
      )
    }
    expect(statements).toEqual([])
  })

  it('gives every reference the action on delete that the schema has, so a delete is never refused by a stale one', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { tables } = (await db.requireDrizzleKit().generateDrizzleJson(db.schema)) as unknown as {
      tables: Record<
        string,
        { foreignKeys: Record<string, { columnsFrom: string[]; onDelete: string }> }
      >
    }
    type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    const { client } = payload.db as unknown as { client: Client }
    const wanted: string[] = []
    const found: string[] = []
    for (const [table, { foreignKeys }] of Object.entries(tables)) {
      for (const fk of Object.values(foreignKeys))
        wanted.push(`${table}.${fk.columnsFrom.join(',')}: ${fk.onDelete}`)
      const { rows } = await client.execute(`pragma foreign_key_list('${table}')`)
      for (const row of rows)
        found.push(`${table}.${String(row.from)}: ${String(row.on_delete).toLowerCase()}`)
    }
    expect(wanted.length).toBeGreaterThan(100)
    expect(found.sort()).toEqual(wanted.sort())
  })

  it('lists every migration file in src/migrations/index.ts', async () => {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
    const { migrations } = await import('@/migrations')
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
  })

  it('lets a list of published documents, newest first, walk an index instead of sorting them all', async () => {
    const tables = [
      'songs',
      'dramas',
      'episodes',
      'radio_spots',
      'tv_spots',
      'social_posts',
      'news',
      'campaigns',
    ]
    for (const table of tables) {
      const plan = await explain(
        `select id from ${table} where _status = 'published' order by published_at desc limit 10`,
      )
      expect(`${table}: ${plan}`).not.toMatch(/TEMP B-TREE/)
      expect(`${table}: ${plan}`).toMatch(/USING (COVERING )?INDEX/)
    }
  })

  it('reads the many-valued text fields by their parent, not by scanning every value', async () => {
    for (const table of ['songs_texts', 'social_posts_texts']) {
      const plan = await explain(`select * from ${table} where parent_id = 1`)
      expect(`${table}: ${plan}`).toMatch(/USING INDEX \S+ \(parent_id=\?\)/)
    }
  })

  it('keeps the feed guids of items feeds already published, and gives the rest a UUID', async () => {
    type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    const { client, drizzle } = payload.db as unknown as { client: Client; drizzle: never }
    const make = (title: string, _status: 'published' | 'draft') =>
      payload.create({ collection: 'songs', data: { title, _status }, context: quiet })
    const [out, draft] = [await make('Out already', 'published'), await make('Not yet', 'draft')]
    // New items get a UUID on their first save.
    expect(out.feedGuid).toMatch(UUID)
    // As they were before the migration that added the column.
    await client.execute(`update songs set feed_guid = null where id in (${out.id}, ${draft.id})`)
    await client.execute(`update _songs_v set version_feed_guid = null`)
    await keepFeedGuids(drizzle)
    const { rows } = await client.execute(
      `select id, feed_guid from songs where id in (${out.id}, ${draft.id}) order by id`,
    )
    expect(rows[0].feed_guid).toBe(`siang-songs-${out.id}`)
    expect(rows[1].feed_guid).toMatch(UUID)
    const versions = await client.execute(
      `select distinct version_feed_guid as guid from _songs_v where parent_id = ${out.id}`,
    )
    expect(versions.rows).toEqual([{ guid: `siang-songs-${out.id}` }])
    // A save never changes it, whatever it sends.
    const saved = await payload.update({
      collection: 'songs',
      id: out.id,
      data: { title: 'Out already, renamed', feedGuid: 'chosen-by-a-caller' },
      context: quiet,
    })
    expect(saved.feedGuid).toBe(`siang-songs-${out.id}`)
  })

  it('records the slugs of what was published before old slugs were kept, and no draft’s', async () => {
    const stamp = Date.now().toString(36)
    const live = await payload.create({
      collection: 'news',
      data: { title: `Live ${stamp}`, slug: `live-${stamp}`, _status: 'published' },
    })
    await payload.create({
      collection: 'news',
      data: { title: `Draft ${stamp}`, slug: `draft-${stamp}`, _status: 'draft' },
      draft: true,
    })
    // As before this migration: nothing recorded.
    await payload.delete({ collection: 'published-slugs', where: { id: { exists: true } } })
    const { recordWhatIsPublished } =
      await import('@/migrations/20261206_193229_redirects_and_published_slugs')
    const { drizzle } = payload.db as unknown as {
      drizzle: Parameters<typeof recordWhatIsPublished>[0]
    }
    await recordWhatIsPublished(drizzle)
    const { docs } = await payload.find({
      collection: 'published-slugs',
      where: { slug: { like: stamp } },
    })
    expect(docs.map((d) => [d.key, d.document])).toEqual([[`news:live-${stamp}`, String(live.id)]])
  })

  it('leaves no dev-push marker, so npm start never prompts', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.filter((d) => d.batch === -1)).toEqual([])
  })
})
