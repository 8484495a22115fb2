import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { migrations } from '@/migrations'
import { tempDir } from './payload'

export type MigratedFile = {
  /** The file's address, for another connection to it. */
  url: string
  client: Client
  args: MigrateUpArgs
  /** The migration `name` itself. */
  migration: (typeof migrations)[number]
  rows: (sql: string) => Promise<Record<string, unknown>[]>
}

/** A new SQLite file (`file` in the test's temp dir), migrated up to, not including, `name`. */
export async function migratedUpTo(name: string, file: string): Promise<MigratedFile> {
  const url = `file:${path.join(tempDir(), file)}`
  const client = createClient({ url })
  const args = { db: drizzle(client), payload: null, req: null } as unknown as MigrateUpArgs
  for (const m of migrations) {
    if (m.name === name) break
    await m.up(args)
  }
  const migration = migrations.find((m) => m.name === name)
  if (!migration) throw new Error(`There is no migration ${name}.`)
  const rows = async (sql: string) => (await client.execute(sql)).rows.map((r) => ({ ...r }))
  return { url, client, args, migration, rows }
}
