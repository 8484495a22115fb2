import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/payload'

// SQLite only: MongoDB has no schema migrations (scripts/test.ts leaves this file out there).
const dir = path.resolve(import.meta.dirname, '../../src/migrations')
let payload: Payload

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

  it('lists every migration file in src/migrations/index.ts', async () => {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
    const { migrations } = await import('@/migrations')
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
  })

  it('leaves no dev-push marker, so npm start never prompts', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.filter((d) => d.batch === -1)).toEqual([])
  })
})
