import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work`, whose writes pass `req`, as one transaction: all of them commit, or none. Inside
 * a transaction already (the request has one), it joins it, and the outer one commits.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const ours = await initTransaction(req)
  try {
    const done = await work()
    if (ours) await commitTransaction(req)
    return done
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
