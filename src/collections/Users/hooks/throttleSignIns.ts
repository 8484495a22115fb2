import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'
import { forbidWith } from '../../../access/forbid'
import { sayFor } from '../../../i18n/admin'
import { clientKey, rateLimiter } from '../../../lib/rateLimit'

/**
 * Sign-in and password-reset attempts, throttled by who makes them, in front of Payload's own
 * handling, for REST, GraphQL (each aliased mutation counts) and the admin's form alike:
 * - per client address: 20 attempts at once, then one every 15 seconds;
 * - per address and account: 5, then one every 3 minutes.
 * A successful sign-in gives both back, so only failures add up. Payload's own account lock is
 * off (maxLoginAttempts 0): it locked an account after 5 failures from anywhere, so anyone could
 * keep its owner out. Failures from one address never stop the owner signing in from another.
 * In memory, per process: nothing is stored, and an address is forgotten once it is quiet.
 */
const byAddress = rateLimiter({ perSecond: 1 / 15, burst: 20 })
const byAccount = rateLimiter({ perSecond: 1 / 180, burst: 5 })

type Keys = { address: string; account: string }

function keysOf(operation: string, headers: Headers, data: unknown): Keys {
  const address = `${operation} ${clientKey(headers)}`
  const said = (data as { email?: unknown; username?: unknown } | undefined) ?? {}
  const who = String(said.email ?? said.username ?? '')
    .trim()
    .toLowerCase()
  return { address, account: `${address} ${who}` }
}

export const throttleSignIns: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  // Siang's own scripts (the seed) sign nobody in through here.
  if (req.payloadAPI === 'local') return args
  const keys = keysOf(operation, req.headers, (args as { data?: unknown }).data)
  for (const [limiter, key] of [
    [byAddress, keys.address],
    [byAccount, keys.account],
  ] as const) {
    const taken = limiter.take(key)
    if (!taken.ok)
      forbidWith(
        429,
        sayFor(req)(operation === 'login' ? 'signInThrottled' : 'resetThrottled', {
          minutes: String(Math.ceil(taken.retryAfter / 60)),
        }),
      )
  }
  return args
}

/** A successful sign-in: the attempts it took are given back. */
export const forgiveSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  const keys = keysOf('login', req.headers, { email: (user as { email?: string }).email })
  byAddress.give(keys.address)
  byAccount.forget(keys.account)
  return user
}
