/**
 * Per-client rate limits in memory (token buckets): nothing is stored, and a client's key is
 * forgotten once its bucket is full again. One process's view; behind several instances each
 * limits its own share.
 */
export type Limiter = { take: (key: string) => { ok: true } | { ok: false; retryAfter: number } }

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
  }
}

/**
 * The client's address, for rate limiting only (never stored), from X-Forwarded-For. Behind
 * TRUST_PROXY_HOPS trusted proxies (1 behind deploy/nginx), the client is the entry the farthest
 * of them added: `hops` from the end. Entries before it are whatever the client sent, so they are
 * never used: a made-up address per request does not escape the limit. With no proxy in front,
 * `next start` adds the socket's address only when the request has no such header, so a client
 * can choose its own key: run behind a proxy in production.
 */
export function clientKey(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): string {
  const hops = Math.max(0, Number.parseInt(env.TRUST_PROXY_HOPS ?? '0', 10) || 0)
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return chain[Math.max(0, chain.length - Math.max(1, hops))] ?? 'unknown'
}
