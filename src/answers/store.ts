import type { Payload } from 'payload'

/** A read the answer needs (the quiz, the province), or null when the database cannot say. */
export async function readOrNull<T>(payload: () => Promise<Payload>, read: () => Promise<T>) {
  try {
    return { value: await read() }
  } catch (err) {
    ;(await payload().catch(() => null))?.logger.error({ err, msg: '[answers] a read failed' })
    return null
  }
}
