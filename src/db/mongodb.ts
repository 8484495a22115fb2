import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { ConfigError, isProduction, setting } from '../lib/env'

/** What the server says of itself in `hello`: a replica set member names its set; mongos says so. */
export type HelloReply = { setName?: string; msg?: string }

export function isReplicaSet(hello: HelloReply): boolean {
  return Boolean(hello.setName) || hello.msg === 'isdbgrid'
}

export function mongodb(uri: string): DatabaseAdapterObj {
  return mongooseAdapter({ url: uri, transactionOptions: {} })
}

/**
 * Payload only uses MongoDB transactions on a replica set; on a standalone server it silently
 * writes without them, so a failed request can leave half-written documents.
 */
export async function assertReplicaSet(payload: Payload): Promise<void> {
  const db = (
    payload.db as unknown as {
      connection?: { db?: { admin(): { command(c: object): Promise<HelloReply> } } }
    }
  ).connection?.db
  if (!db) return
  const hello = await db.admin().command({ hello: 1 })
  if (isReplicaSet(hello)) return
  const message =
    'DATABASE_URI points at a standalone MongoDB server. Siang needs a replica set in production, ' +
    'because without one Payload silently runs without transactions. Start mongod with --replSet ' +
    'and rs.initiate(), or use a hosted replica set.'
  if (isProduction()) throw new ConfigError(message)
  payload.logger.warn(message)
}

/**
 * `mongodb-memory://`: a one-node replica set run by mongodb-memory-server, with its data under
 * data/mongo (or MONGO_MEMORY_DBPATH). It needs a mongod: MONGOMS_SYSTEM_BINARY, or a download.
 */
export async function mongodbMemory(): Promise<DatabaseAdapterObj> {
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  const dbPath = path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    setting('MONGO_MEMORY_DBPATH') ?? 'data/mongo',
  )
  mkdirSync(dbPath, { recursive: true })
  try {
    const replSet = await MongoMemoryReplSet.create({
      replSet: { count: 1, storageEngine: 'wiredTiger' },
      instanceOpts: [{ dbPath }],
    })
    return mongodb(replSet.getUri('siang'))
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new ConfigError(
      `DATABASE_URI=mongodb-memory:// could not start MongoDB (${reason}). It needs a mongod: ` +
        'set MONGOMS_SYSTEM_BINARY to its path, or allow mongodb-memory-server to download one.',
    )
  }
}
