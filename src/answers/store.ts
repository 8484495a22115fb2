/**
 * Storing an answer: all of its writes in one transaction, so an attempt is counted for every
 * question or none, and a vote is counted together with its device's mark or not at all. A
 * failure is logged and told to the sender as `unavailable` (503): they may try again.
 */
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../db/inTransaction'
import { forgetRows } from '../reach/tallies'

export async function allOrNothing(
  payload: Payload,
  collections: CollectionSlug[],
  what: string,
  work: (req: PayloadRequest) => Promise<void>,
): Promise<boolean> {
  try {
    const req = await createLocalReq({}, payload)
    await inTransaction(req, () => work(req))
    return true
  } catch (err) {
    // Rows made inside the transaction are gone with it.
    for (const collection of collections) forgetRows(collection)
    payload.logger.error({ err, msg: `[answers] ${what} could not be stored` })
    return false
  }
}

/** A read the answer needs (the quiz, the province), or null when the database cannot say. */
export async function readOrNull<T>(payload: () => Promise<Payload>, read: () => Promise<T>) {
  try {
    return { value: await read() }
  } catch (err) {
    ;(await payload().catch(() => null))?.logger.error({ err, msg: '[answers] a read failed' })
    return null
  }
}
