import type { DatabaseAdapterObj, Migration, Payload } from 'payload'
import { databaseKind, isProduction, resolveDatabaseURI, type DatabaseKind } from '../lib/env'
import { migrations } from '../migrations'
import { withUndoOnFailedWrite } from './failedWrites'
import { currentFlow, inNewFlow } from './flows'
import { assertReplicaSet, mongodb, mongodbMemory } from './mongodb'
import { withOneWriter } from './oneWriter'
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
      adapter: withUndoOnFailedWrite(withOneWriter(sqlite(uri))),
      // Production applies migrations on connect (prodMigrations); development does the same
      // here, instead of pushing the schema. (Generated migration files type their arguments
      // for the SQLite adapter; Payload's generic signature takes `unknown`.)
      onInit: async (payload) => {
        if (!isProduction())
          await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
        jobsInFlowsOfTheirOwn(payload)
        localWritesInFlows(payload)
      },
    }
  }
  return {
    kind,
    adapter: withUndoOnFailedWrite(kind === 'mongodb' ? mongodb(uri) : await mongodbMemory()),
    onInit: assertReplicaSet,
  }
}

/**
 * Each run of the job queue is a flow of its own (src/db/flows.ts), its jobs one after another,
 * so that SQLite's one writer tells a job's work from a visitor's request and from another job.
 * Payload's timers would otherwise run every job in the flow of the request that started it.
 */
function jobsInFlowsOfTheirOwn(payload: Payload): void {
  const { jobs } = payload
  const run = jobs.run.bind(jobs)
  const handleSchedules = jobs.handleSchedules.bind(jobs)
  jobs.run = (args) => inNewFlow(() => run({ ...args, sequential: true }))
  jobs.handleSchedules = (args) => inNewFlow(() => handleSchedules(args))
}

/** The Local API's writes: each is a flow of its own when a script or a test calls it. */
const localWrites = [
  'create',
  'update',
  'delete',
  'duplicate',
  'updateGlobal',
  'restoreVersion',
  'restoreGlobalVersion',
  'login',
  'forgotPassword',
  'resetPassword',
  'unlock',
  'verifyEmail',
] as const

/**
 * A Local API write made outside any flow (a script, the seed, a test) becomes one, so that what
 * it calls without passing `req` (Payload's own password reset does) joins its transaction.
 */
function localWritesInFlows(payload: Payload): void {
  const api = payload as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  for (const name of localWrites) {
    const call = api[name].bind(payload)
    api[name] = (...args) => (currentFlow() ? call(...args) : inNewFlow(() => call(...args)))
  }
}

/** The engine's name as /api/health reports it. */
export function engineName(kind: DatabaseKind): 'sqlite' | 'mongodb' {
  return kind === 'sqlite' ? 'sqlite' : 'mongodb'
}
