/**
 * Transactions on SQLite, one writer at a time.
 *
 * Payload's SQLite adapter runs without transactions by default, because with them its driver
 * (libsql) fails a second writer at once with SQLITE_BUSY (each transaction holds the write lock
 * on a connection of its own, and a busy wait would block the whole process), and it swallows a
 * failed COMMIT. So here:
 * - every write of this process waits its turn at one gate, in order, without blocking: a
 *   transaction holds the gate from BEGIN to COMMIT or ROLLBACK, a write outside one for itself;
 *   reads never wait (WAL: they see the last commit);
 * - a call that belongs to the open transaction's flow (src/db/flows.ts) but does not carry its
 *   `req` joins it (a transaction begun that way is a savepoint inside it), instead of waiting
 *   for it forever;
 * - a failed COMMIT is an error, and a write that waits longer than GATE_WAIT_MS is refused (503).
 * It sees only Payload's adapter interface and the drizzle session; it is used for SQLite only.
 */
import { randomUUID } from 'node:crypto'
import { sql } from '@payloadcms/db-sqlite'
import { APIError, type BaseDatabaseAdapter, type DatabaseAdapterObj } from 'payload'
import { currentFlow, type Flow } from './flows'
import { Gate, type Turn } from './gate'
import { setting } from '../lib/env'

/** Payload's document writes (its adapter interface); the rest of the adapter is left alone. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const
const READS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

/** How long a write waits for the one before it (a 5,000-row import holds it for seconds). */
export const GATE_WAIT_MS = Number(setting('SIANG_WRITE_WAIT_MS') ?? 120_000)

type Session = {
  db: { run: (q: unknown) => Promise<unknown> }
  resolve: () => Promise<void>
  reject: () => Promise<void>
}
type SqliteAdapter = BaseDatabaseAdapter & {
  drizzle: {
    transaction: (work: (tx: Session['db']) => Promise<void>, options?: unknown) => Promise<void>
  }
  client: { execute: (q: string) => Promise<unknown> }
  sessions: Record<string, Session>
  busyTimeout?: number
  transactionOptions?: unknown
}
type Args = { req?: { transactionID?: unknown } } & Record<string, unknown>
type Method = (args: Args) => Promise<unknown>

const ROLLBACK = new Error('rolled back')

type Started = { id: string; finish: (keep: boolean) => Promise<unknown> }
type Open = Started & { flow: Flow | undefined; depth: number; turn: Turn }

/** BEGIN IMMEDIATE on a connection of its own (libsql), kept open until `finish`. */
async function begin(db: SqliteAdapter, options: unknown): Promise<Started> {
  const id = randomUUID()
  let settle!: (keep: boolean) => void
  let outcome!: Promise<unknown>
  const tx = await new Promise<Session['db']>((ready, failed) => {
    const done = db.drizzle.transaction(async (t) => {
      ready(t)
      const keep = await new Promise<boolean>((r) => (settle = r))
      if (!keep) throw ROLLBACK
    }, options)
    outcome = done.then(
      () => null,
      (err: unknown) => err,
    )
    done.catch(failed)
  })
  // The driver gave the old connection to the transaction; the next one lacks the busy timeout
  // that lets a write from another process wait rather than fail at once.
  if (db.busyTimeout) await db.client.execute(`PRAGMA busy_timeout = ${db.busyTimeout}`)
  const finish = async (keep: boolean) => {
    settle(keep)
    const err = await outcome
    delete db.sessions[id]
    if (keep && err) throw err
  }
  db.sessions[id] = {
    db: tx,
    resolve: () => finish(true),
    reject: () => finish(false).then(() => undefined),
  }
  return { id, finish }
}

const withTransactionOf = (req: Args['req'], id: string) =>
  Object.create(req ?? null, { transactionID: { value: id, enumerable: true } }) as Args['req']

export function withOneWriter(obj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...obj,
    init: (args) => {
      const db = obj.init(args) as SqliteAdapter
      const gate = new Gate(GATE_WAIT_MS)
      let open: Open | null = null
      const busy = () =>
        new APIError(
          'The database is busy with a long write; try again in a minute.',
          503,
          undefined,
          true,
        )

      const savepoint = (depth: number) => sql.raw(`siang_${depth}`)
      const session = () => db.sessions[open!.id].db

      db.beginTransaction = async (options) => {
        const flow = currentFlow()
        if (open && flow && open.flow === flow) {
          open.depth++
          await session().run(sql`SAVEPOINT ${savepoint(open.depth)}`)
          return open.id
        }
        const turn = await gate.acquire().catch(() => {
          throw busy()
        })
        try {
          open = { ...(await begin(db, options ?? db.transactionOptions)), flow, depth: 1, turn }
          return open.id
        } catch (err) {
          turn.release()
          throw err
        }
      }

      const end = async (incoming: unknown, keep: boolean) => {
        const id = await incoming
        if (!open || open.id !== id) return
        if (open.depth > 1) {
          const name = savepoint(open.depth--)
          if (!keep) await session().run(sql`ROLLBACK TO ${name}`)
          await session().run(sql`RELEASE ${name}`)
          return
        }
        const { finish, turn } = open
        open = null
        try {
          await finish(keep)
        } finally {
          turn.release()
        }
      }
      db.commitTransaction = (id) => end(id, true)
      db.rollbackTransaction = (id) => end(id, false)

      const methods = db as unknown as Record<string, Method>
      for (const name of [...WRITES, ...READS]) {
        const call = methods[name]
        if (typeof call !== 'function') continue
        const writes = (WRITES as readonly string[]).includes(name)
        methods[name] = async function (this: unknown, args: Args) {
          const id = args?.req?.transactionID ? await args.req.transactionID : undefined
          if (open && id === open.id) return call.call(this, args)
          const flow = currentFlow()
          if (open && flow && open.flow === flow)
            return call.call(this, { ...args, req: withTransactionOf(args?.req, open.id) })
          if (!writes || gate.heldHere()) return call.call(this, args)
          const turn = await gate.acquire().catch(() => {
            throw busy()
          })
          try {
            return await turn.run(() => call.call(this, args))
          } finally {
            turn.release()
          }
        }
      }
      return db
    },
  }
}
