/**
 * The database's part of a backup: a consistent copy taken while the server runs, and its
 * restore. SQLite copies itself with `VACUUM INTO`, which reads one snapshot of the database
 * (WAL included) while writers go on; MongoDB goes through mongodump and mongorestore.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { sqliteFilePath, type DatabaseKind } from '../lib/env'
import { BackupError } from './manifest'

export const SQLITE_FILE = 'siang.db'
export const MONGO_FILE = 'mongo.archive.gz'

function engine(kind: DatabaseKind): 'sqlite' | 'mongodb' {
  if (kind === 'mongodb-memory')
    throw new BackupError(
      'The embedded MongoDB (mongodb-memory://) is for development: back up a real database.',
    )
  return kind
}

async function withSqlite<T>(
  file: string,
  work: (client: ReturnType<typeof createClient>) => Promise<T>,
): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    // The server may be writing: wait for its lock rather than fail at once.
    await client.execute('PRAGMA busy_timeout = 5000')
    return await work(client)
  } finally {
    client.close()
  }
}

/** The newest migration a SQLite database has applied, or null when it has none. */
export function sqliteMigration(file: string): Promise<string | null> {
  return withSqlite(file, async (db) => {
    const tables = await db.execute(
      "select 1 from sqlite_master where type = 'table' and name = 'payload_migrations'",
    )
    if (tables.rows.length === 0) return null
    const row = await db.execute(
      "select name from payload_migrations where name != 'dev' order by batch desc, name desc limit 1",
    )
    return (row.rows[0]?.name as string | undefined) ?? null
  })
}

/** Whether a SQLite database file is absent or holds no table. */
export async function sqliteIsEmpty(file: string): Promise<boolean> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return true
  return withSqlite(file, async (db) => {
    const tables = await db.execute("select count(*) as n from sqlite_master where type = 'table'")
    return Number(tables.rows[0].n) === 0
  })
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          err.code === 'ENOENT'
            ? `${command} is not installed: install MongoDB's database tools to back up or restore MongoDB.`
            : `${command} failed to start: ${err.message}`,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${command} exited with code ${code}.`)),
    )
  })
}

/** Writes the database's copy into `dir`; answers its engine and newest migration. */
export async function snapshotDatabase(
  uri: string,
  kind: DatabaseKind,
  dir: string,
): Promise<{ kind: 'sqlite' | 'mongodb'; migration: string | null }> {
  fs.mkdirSync(dir, { recursive: true })
  if (engine(kind) === 'mongodb') {
    await run('mongodump', [`--uri=${uri}`, `--archive=${path.join(dir, MONGO_FILE)}`, '--gzip'])
    return { kind: 'mongodb', migration: null }
  }
  const source = sqliteFilePath(uri)
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`)
  const copy = path.join(dir, SQLITE_FILE)
  await withSqlite(source, (db) => db.execute({ sql: 'VACUUM INTO ?', args: [copy] }))
  return { kind: 'sqlite', migration: await sqliteMigration(copy) }
}

/** Whether the target database holds nothing yet. */
export async function databaseIsEmpty(uri: string, kind: DatabaseKind): Promise<boolean> {
  if (engine(kind) === 'sqlite') return sqliteIsEmpty(sqliteFilePath(uri))
  // mongorestore without --drop refuses nothing; Siang asks the database itself.
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(uri)
  try {
    return (await client.db().listCollections({}, { nameOnly: true }).toArray()).length === 0
  } finally {
    await client.close()
  }
}

/**
 * Puts the archive's database in place. SQLite: the file is moved in whole (after any old one
 * is set aside by the caller). MongoDB: mongorestore, dropping what is there when `replace`.
 */
export async function placeDatabase(
  unpacked: string,
  uri: string,
  kind: DatabaseKind,
  replace: boolean,
): Promise<void> {
  if (engine(kind) === 'mongodb') {
    const args = [`--uri=${uri}`, `--archive=${path.join(unpacked, MONGO_FILE)}`, '--gzip']
    await run('mongorestore', replace ? [...args, '--drop'] : args)
    return
  }
  const target = sqliteFilePath(uri)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  moveFile(path.join(unpacked, SQLITE_FILE), target)
}

/**
 * Renames; across file systems, copies beside the target and then renames the copy into place,
 * so that the target is never half-written, and removes the original.
 */
export function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    const copy = `${to}.copying`
    fs.rmSync(copy, { recursive: true, force: true })
    fs.cpSync(from, copy, { recursive: true })
    fs.renameSync(copy, to)
    fs.rmSync(from, { recursive: true, force: true })
  }
}

/** Folds a SQLite database's write-ahead log into its main file, so the file alone is whole. */
export function checkpointSqlite(file: string): Promise<void> {
  return withSqlite(file, async (db) => {
    await db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  })
}
