import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type Undo = () => Promise<void>
type Pending = { collection: string; undo: Undo }

const KEY = 'siangUndoOnFailedWrite'
const writes = ['create', 'updateOne', 'deleteOne'] as const

function pending(req: PayloadRequest): Pending[] {
  const context = req.context as Record<string, unknown>
  return ((context[KEY] as Pending[] | undefined) ??= [])
}

/**
 * Registers work that undoes a side effect (a file written or removed) if this request's next
 * write to `collection` fails, or the request fails before making it. It is dropped once that
 * write succeeds.
 */
export function undoIfWriteFails(req: PayloadRequest, collection: string, undo: Undo): void {
  pending(req).push({ collection, undo })
}

/** Runs (failed) or drops (succeeded) the undo work registered for `collection`, newest first. */
export async function settleWrites(
  req: PayloadRequest | undefined,
  collection: string,
  failed: boolean,
): Promise<void> {
  if (!req?.context) return
  const all = pending(req)
  const mine = all.filter((p) => p.collection === collection)
  if (!mine.length) return
  ;(req.context as Record<string, unknown>)[KEY] = all.filter((p) => p.collection !== collection)
  if (!failed) return
  for (const { undo } of mine.reverse()) {
    await undo().catch((err) =>
      req.payload.logger.error({ err, msg: `[${collection}] could not undo after a failed write` }),
    )
  }
}

type Work = () => Promise<void>
/** Work waiting for a transaction to commit, by transaction id. */
const onCommit = new Map<string | number, Work[]>()

/**
 * Runs `work` once this request's writes are committed: at once when the request has no open
 * transaction (SQLite, MongoDB without a replica set), else right after the
 * adapter commits it. Dropped if the transaction is rolled back. Hooks run before the commit, so
 * anything that makes other processes read the database again (a cache expiry) must wait for it.
 */
export async function afterCommit(req: PayloadRequest | undefined, work: Work): Promise<void> {
  const id: unknown = await req?.transactionID
  // Without a transaction the id is null, or `{}` once Payload's dataloader has copied it
  // through JSON (payload 3.90); only a string or number names a real one.
  if (typeof id !== 'string' && typeof id !== 'number') return work()
  const queue = onCommit.get(id) ?? []
  queue.push(work)
  onCommit.set(id, queue)
}

type Write = (
  this: unknown,
  args: { collection: string; req?: Partial<PayloadRequest> },
) => Promise<unknown>

/**
 * Wraps the adapter's document writes so that registered undo work runs when one fails, and its
 * commit so that work can wait for it (`afterCommit`).
 * Payload stores upload files before it writes the document, and removes them before it deletes
 * the document; this is how Siang keeps the two in step on either engine. It sees only Payload's
 * adapter interface, nothing engine-specific.
 */
export function withUndoOnFailedWrite(obj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...obj,
    init: (args) => {
      const db = obj.init(args) as BaseDatabaseAdapter
      const methods = db as unknown as Record<(typeof writes)[number], Write>
      for (const name of writes) {
        const write = methods[name]
        methods[name] = async function (this: unknown, a) {
          const req = a.req as PayloadRequest | undefined
          let result: unknown
          try {
            result = await write.call(this, a)
          } catch (err) {
            await settleWrites(req, a.collection, true)
            throw err
          }
          await settleWrites(req, a.collection, false)
          return result
        }
      }
      const commit = db.commitTransaction.bind(db)
      const rollback = db.rollbackTransaction.bind(db)
      db.commitTransaction = async (id) => {
        await commit(id)
        const key = (await id) as string | number
        const queue = onCommit.get(key) ?? []
        onCommit.delete(key)
        for (const work of queue)
          await work().catch((err) =>
            db.payload.logger.error({ err, msg: 'work after a commit failed' }),
          )
      }
      db.rollbackTransaction = async (id) => {
        onCommit.delete((await id) as string | number)
        return rollback(id)
      }
      return db
    },
  }
}
