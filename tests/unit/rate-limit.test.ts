import { describe, expect, it } from '@jest/globals'
import { clientKey, rateLimiter } from '@/lib/rateLimit'

const xff = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('clientKey', () => {
  it('takes the address the trusted proxy added, never one the client wrote before it', () => {
    const behindNginx = { TRUST_PROXY_HOPS: '1' }
    expect(clientKey(xff('203.0.113.7'), behindNginx)).toBe('203.0.113.7')
    // The client sent a made-up header; nginx appended the real address.
    expect(clientKey(xff('10.9.9.9, 203.0.113.7'), behindNginx)).toBe('203.0.113.7')
    expect(clientKey(xff('1.1.1.1, 2.2.2.2, 203.0.113.7'), behindNginx)).toBe('203.0.113.7')
    // Two proxies (a CDN, then nginx): the CDN's entry is the client's.
    expect(clientKey(xff('6.6.6.6, 198.51.100.2, 192.0.2.10'), { TRUST_PROXY_HOPS: '2' })).toBe(
      '198.51.100.2',
    )
  })

  it('without a proxy, uses the last entry, and names a request without one', () => {
    expect(clientKey(xff('127.0.0.1'), {})).toBe('127.0.0.1')
    expect(clientKey(new Headers(), {})).toBe('unknown')
  })
})

describe('rateLimiter', () => {
  it('lets a burst through, then refuses with the seconds to wait', () => {
    const limiter = rateLimiter({ perSecond: 1, burst: 3 })
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true])
    expect(limiter.take('a')).toEqual({ ok: false, retryAfter: 1 })
    expect(limiter.take('b').ok).toBe(true)
  })
})
