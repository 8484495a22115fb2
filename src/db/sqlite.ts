import fs from 'node:fs'
import path from 'node:path'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations'

/** Creates the folder of a `file:` database, since libsql will not. */
function ensureFolder(uri: string): void {
  const file = uri.slice('file:'.length).split('?')[0]
  if (!file || file.startsWith(':memory:') || file === '') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * Embedded SQLite. The schema is never pushed: development and production both apply the
 * committed migrations, so one database file works under `npm run dev` and `npm start`.
 * (A pushed database makes Payload's production migrate stop at an interactive prompt.)
 */
export function sqlite(uri: string): DatabaseAdapterObj {
  ensureFolder(uri)
  const memory = uri.includes(':memory:')
  return sqliteAdapter({
    client: { url: uri },
    push: false,
    migrationDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    wal: memory ? false : true,
    busyTimeout: 5000,
  })
}
