import type { DatabaseAdapterObj, Migration, Payload } from 'payload'
import { databaseKind, resolveDatabaseURI, type DatabaseKind } from '../lib/env'
import { migrations } from '../migrations'
import { withUndoOnFailedWrite } from './failedWrites'
import { assertReplicaSet, mongodb, mongodbMemory } from './mongodb'
import { sqlite } from './sqlite'

export type Database = {
  kind: DatabaseKind
  adapter: DatabaseAdapterObj
  /** Runs once Payload has connected: schema migrations and engine checks. */
  onInit: (payload: Payload) => Promise<void>
}

/** Chooses the database engine from DATABASE_URI. The only place that knows which engine runs. */
export async function database(uri: string = resolveDatabaseURI()): Promise<Database> {
  const kind = databaseKind(uri)
  if (kind === 'sqlite') {
    return {
      kind,
      adapter: withUndoOnFailedWrite(sqlite(uri)),
      // Production applies migrations on connect (prodMigrations); development does the same
      // here, instead of pushing the schema. (Generated migration files type their arguments
      // for the SQLite adapter; Payload's generic signature takes `unknown`.)
      onInit: async (payload) => {
        if (process.env.NODE_ENV !== 'production')
          await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
      },
    }
  }
  return {
    kind,
    adapter: withUndoOnFailedWrite(kind === 'mongodb' ? mongodb(uri) : await mongodbMemory()),
    onInit: assertReplicaSet,
  }
}

/** The engine's name as /api/health reports it. */
export function engineName(kind: DatabaseKind): 'sqlite' | 'mongodb' {
  return kind === 'sqlite' ? 'sqlite' : 'mongodb'
}
