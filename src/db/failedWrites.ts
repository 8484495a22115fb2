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

type Write = (
  this: unknown,
  args: { collection: string; req?: Partial<PayloadRequest> },
) => Promise<unknown>

/**
 * Wraps the adapter's document writes so that registered undo work runs when one fails.
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
      return db
    },
  }
}
