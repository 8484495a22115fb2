/**
 * Rows of numbers Siang adds to as things happen: daily views and plays (./counts.ts), quiz and
 * poll answers (src/answers). One row per key; each addition is one atomic increment in the
 * database (`$inc`), so concurrent requests, and several server processes, never overwrite each
 * other's. Nothing but the key and the numbers is stored.
 *
 * overrideAccess: true and the adapter's own updateOne are deliberate: these collections hold
 * only numbers Siang itself writes (no drafts, nothing a visitor authored), they have no hooks,
 * and their access rules forbid every API write. Callers check what they count first.
 */
import {
  createLocalReq,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import { inTransaction } from '../db/inTransaction'

/** A row's key: its fields and their values; null is "none" (an answer without a province). */
export type TallyKey = Record<string, string | number | null>

type RowId = number | string

/** The row of each key seen, found or created once per process: concurrent first additions to a
 * key wait for the same promise, so they never create two rows. Forgotten past this many keys. */
const rows = new Map<string, Promise<RowId>>()
const ROWS_KEPT = 20_000

const whereOf = (key: TallyKey): Where => ({
  and: Object.entries(key).map(([field, value]) =>
    value === null ? { [field]: { exists: false } } : { [field]: { equals: value } },
  ),
})

async function findOrCreate(
  payload: Payload,
  collection: CollectionSlug,
  key: TallyKey,
  zero: Record<string, number>,
  req?: PayloadRequest,
): Promise<RowId> {
  const { docs } = await payload.find({
    collection,
    where: whereOf(key),
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0].id
  const data = Object.fromEntries(Object.entries(key).filter(([, v]) => v !== null))
  const created = await payload.create({
    collection,
    data: { ...data, ...zero } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return created.id
}

function rowOf(
  payload: Payload,
  collection: CollectionSlug,
  key: TallyKey,
  zero: Record<string, number>,
  req?: PayloadRequest,
): Promise<RowId> {
  const id = `${collection} ${JSON.stringify(key)}`
  let row = rows.get(id)
  if (!row) {
    if (rows.size >= ROWS_KEPT) rows.clear()
    row = findOrCreate(payload, collection, key, zero, req)
    rows.set(id, row)
    // A failed lookup is tried again by the next addition.
    const mine = row
    mine.catch(() => rows.get(id) === mine && rows.delete(id))
  }
  return row
}

/**
 * Forgets the rows this process knows of `collection`: after rows were deleted (a quiz and its
 * answers), or a transaction that may have created some was undone.
 */
export function forgetRows(collection: CollectionSlug): void {
  for (const id of rows.keys()) if (id.startsWith(`${collection} `)) rows.delete(id)
}

/**
 * Adds `by` to the row of `key` in `collection`, creating the row (at zero) the first time.
 * With `req`, inside its transaction.
 */
export async function addTo(
  payload: Payload,
  collection: CollectionSlug,
  key: TallyKey,
  by: Record<string, number>,
  req?: PayloadRequest,
): Promise<void> {
  const zero = Object.fromEntries(Object.keys(by).map((field) => [field, 0]))
  const timed = payload.collections[collection].config.timestamps !== false
  const updated = await payload.db.updateOne({
    collection,
    id: await rowOf(payload, collection, key, zero, req),
    req,
    data: {
      ...Object.fromEntries(Object.entries(by).map(([field, n]) => [field, { $inc: n }])),
      ...(timed ? { updatedAt: new Date().toISOString() } : {}),
    },
    select: { id: true },
    returning: true,
  })
  // A row this process knew of that is gone, or another's not yet committed: said, never lost
  // in silence; the caller's transaction is undone and the row looked up again.
  if (!updated) throw new Error(`[tallies] the row of ${JSON.stringify(key)} is not there`)
}

/** How often a transaction of additions is tried before it is given up. */
const TRIES = 3

/**
 * Runs `work`, additions to rows of `collections`, in one transaction: all of them count or none.
 * A transaction that fails (two first additions to one key at once, a write conflict) is undone
 * and tried again, up to three times, after a short random wait. False (logged) when it never
 * went through. The rows this process knew of are forgotten after each failure, since some may
 * have been created inside the transaction undone.
 */
export async function allOrNothing(
  payload: Payload,
  collections: CollectionSlug[],
  what: string,
  work: (req: PayloadRequest) => Promise<void>,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      const req = await createLocalReq({}, payload)
      await inTransaction(req, () => work(req))
      return true
    } catch (err) {
      for (const collection of collections) forgetRows(collection)
      if (attempt >= TRIES) {
        payload.logger.error({ err, msg: `[tallies] ${what} could not be stored` })
        return false
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt))
    }
  }
}
