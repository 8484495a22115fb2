import { describe, expect, it } from '@jest/globals'
import { addressOf, CLIENT_ADDRESS_HEADER } from '@/lib/clientAddress'
import { clientKey, rateLimiter } from '@/lib/rateLimit'

describe("addressOf: the client address Siang's server sets, never one a client chooses", () => {
  it("with no proxy, is the socket's address, whatever X-Forwarded-For says", () => {
    expect(addressOf('203.0.113.7', undefined, 0)).toBe('203.0.113.7')
    expect(addressOf('203.0.113.7', '10.9.9.9', 0)).toBe('203.0.113.7')
    expect(addressOf('::ffff:203.0.113.7', '1.1.1.1, 2.2.2.2', 0)).toBe('203.0.113.7')
  })

  it('behind trusted proxies, is the entry the farthest of them appended', () => {
    // nginx appended the real address after a made-up one; the socket is nginx's.
    expect(addressOf('127.0.0.1', '10.9.9.9, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(addressOf('127.0.0.1', '203.0.113.7', 1)).toBe('203.0.113.7')
    // A CDN, then nginx: the CDN's entry is the client's.
    expect(addressOf('127.0.0.1', '6.6.6.6, 198.51.100.2, 192.0.2.10', 2)).toBe('198.51.100.2')
    // Fewer entries than proxies (misconfigured): the farthest there is, never a crash.
    expect(addressOf('127.0.0.1', undefined, 3)).toBe('127.0.0.1')
  })
})

describe('clientKey', () => {
  it('takes the address the server set, ignoring X-Forwarded-For', () => {
    const headers = new Headers({
      [CLIENT_ADDRESS_HEADER]: '203.0.113.7',
      'x-forwarded-for': '6.6.6.6',
    })
    expect(clientKey(headers)).toBe('203.0.113.7')
  })

  it('under next dev (no server in front), the address Next appended; else one shared key', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '6.6.6.6, 127.0.0.1' }))).toBe('127.0.0.1')
    expect(clientKey(new Headers())).toBe('unknown')
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
