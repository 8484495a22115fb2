import { CLIENT_ADDRESS_HEADER } from './clientAddress'

/**
 * Per-client rate limits in memory (token buckets): nothing is stored, and a client's key is
 * forgotten once its bucket is full again. One process's view; behind several instances each
 * limits its own share.
 */
export type Limiter = {
  take: (key: string) => { ok: true } | { ok: false; retryAfter: number }
  /** Gives one back (an attempt that turned out well). */
  give: (key: string) => void
  /** Forgets the key: its allowance is whole again. */
  forget: (key: string) => void
}

export function rateLimiter({ perSecond, burst }: { perSecond: number; burst: number }): Limiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  let sweptAt = Date.now()
  return {
    take(key) {
      const now = Date.now()
      if (now - sweptAt > 60_000) {
        // Forget clients whose bucket has refilled: no lasting trace of anyone.
        for (const [k, b] of buckets)
          if (b.tokens + ((now - b.at) / 1000) * perSecond >= burst) buckets.delete(k)
        sweptAt = now
      }
      const b = buckets.get(key) ?? { tokens: burst, at: now }
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond)
      b.at = now
      if (b.tokens < 1) {
        buckets.set(key, b)
        return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / perSecond)) }
      }
      b.tokens -= 1
      buckets.set(key, b)
      return { ok: true }
    },
    give(key) {
      const b = buckets.get(key)
      if (b) b.tokens = Math.min(burst, b.tokens + 1)
    },
    forget(key) {
      buckets.delete(key)
    },
  }
}

/**
 * The client's address, for rate limiting only (never stored): the one Siang's server worked out
 * from the socket and the trusted proxies (src/lib/clientAddress.ts) and set on the request,
 * replacing anything a client sent under that name. Under `next dev`, which has no such server,
 * the address Next added to X-Forwarded-For.
 */
export function clientKey(headers: Headers): string {
  const set = headers.get(CLIENT_ADDRESS_HEADER)
  if (set) return set
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return chain.at(-1) ?? 'unknown'
}
