/**
 * A flow is one piece of work: one HTTP request (src/server), or one run of the job queue. Code
 * in a flow may call the Local API without passing `req`; the SQLite writer (./oneWriter.ts)
 * then still knows the call belongs to the flow's own open transaction, and joins it instead of
 * waiting for it to end. Work outside any flow (scripts, tests) is its own flow per transaction.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export type Flow = { readonly id: number }

// One store for the process: Siang's server (run by tsx) and Next's build each load their own
// copy of this module, and a flow the server starts must be seen inside the build.
const shared = globalThis as typeof globalThis & {
  [key: symbol]: { storage: AsyncLocalStorage<Flow>; counter: number } | undefined
}
const KEY = Symbol.for('siang.flows')
const flows = (shared[KEY] ??= { storage: new AsyncLocalStorage<Flow>(), counter: 0 })
const { storage } = flows

/** Runs `work` as a flow of its own. */
export function inNewFlow<T>(work: () => T): T {
  return storage.run({ id: ++flows.counter }, work)
}

/** The flow this code runs in, if any. */
export const currentFlow = (): Flow | undefined => storage.getStore()
