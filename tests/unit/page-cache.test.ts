import { describe, expect, it } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { acceptsGzip, requestPath } from '../../src/server/encoding'
import { keyOf } from '../../src/server/keptAnswers'
import { gzipOf, PageCache, readyToSend, type Answer } from '../../src/server/pageCache'

const answer = (body: string, tags: string[], type = 'text/html; charset=utf-8'): Answer => ({
  status: 200,
  headers: [['content-type', type]],
  body: Buffer.from(body),
  tags,
})

const cacheAt = (clock: { now: number }, maxBytes = 1 << 20) =>
  new PageCache({ maxBytes, maxAgeMs: 30_000, now: () => clock.now })

describe('the pages Siang keeps', () => {
  it('expires exactly the pages that read a tag', () => {
    const pages = cacheAt({ now: 0 })
    pages.store('song', readyToSend(answer('a', ['siang:songs:a', 'siang:settings'])), pages.mark())
    pages.store('news', readyToSend(answer('b', ['siang:news', 'siang:settings'])), pages.mark())
    pages.expire(['siang:songs:a'])
    expect(pages.get('song')).toBeUndefined()
    expect(pages.get('news')?.body.toString()).toBe('b')
    pages.expire(['siang:settings'])
    expect(pages.get('news')).toBeUndefined()
  })

  it('does not keep a page whose render began before a write expired what it read', () => {
    const pages = cacheAt({ now: 0 })
    const mark = pages.mark()
    pages.expire(['siang:songs:a'])
    expect(pages.store('song', readyToSend(answer('old', ['siang:songs:a'])), mark)).toBe(false)
    expect(pages.get('song')).toBeUndefined()
    // One that read something else is kept.
    expect(pages.store('news', readyToSend(answer('n', ['siang:news'])), mark)).toBe(true)
  })

  it('lets a page go after 30 s, the safety net behind expiry by tags', () => {
    const clock = { now: 0 }
    const pages = cacheAt(clock)
    pages.store('song', readyToSend(answer('a', [])), pages.mark())
    clock.now = 29_000
    expect(pages.get('song')).toBeDefined()
    clock.now = 30_001
    expect(pages.get('song')).toBeUndefined()
  })

  it('drops the least recently used page past its memory budget', () => {
    const pages = cacheAt({ now: 0 }, 10_000)
    const big = 'x'.repeat(1500)
    for (const key of ['a', 'b', 'c', 'd']) pages.store(key, readyToSend(answer(big, [])), 0)
    expect(pages.size.pages).toBe(4)
    pages.get('a')
    pages.store('e', readyToSend(answer(big, [])), 0)
    expect(pages.get('b')).toBeUndefined()
    expect(pages.get('a')).toBeDefined()
    expect(pages.size.bytes).toBeLessThanOrEqual(10_000)
  })

  it('compresses text once, not pictures, and names each body by an ETag of its bytes', () => {
    const page = readyToSend(answer('<p>ສຽງ</p>'.repeat(100), []))
    expect(page.gzip).toBeUndefined()
    const zipped = gzipOf(page)!
    expect(zipped.length).toBeLessThan(page.body.length)
    expect(gzipOf(page)).toBe(zipped)
    expect(page.etag).toMatch(/^"[\w-]{27}"$/)
    expect(readyToSend(answer('<p>ສຽງ</p>'.repeat(100), [])).etag).toBe(page.etag)
    expect(gzipOf(readyToSend(answer('x'.repeat(1000), [], 'image/png')))).toBeNull()
  })
})

describe('how the server reads a request', () => {
  const request = (url: string, headers: Record<string, string> = {}) =>
    ({ url, method: 'GET', headers }) as unknown as IncomingMessage

  it('keys a page on its variant, path and the parameters pages read, nothing else', () => {
    const key = (url: string, headers = {}) =>
      keyOf(request(url, headers), requestPath(request(url))!)
    expect(key('/lo/songs?page=2&topic=x')).toBe(key('/lo/songs?topic=x&page=2&fbclid=abc&z=1'))
    expect(key('/lo/songs?x=1')).toBe(key('/lo/songs'))
    expect(key('/lo/songs?page=2')).not.toBe(key('/lo/songs'))
    expect(key('/lo/songs', { 'save-data': 'on' })).not.toBe(key('/lo/songs'))
  })

  it('refuses targets that are not a path, and keeps // a path', () => {
    expect(requestPath(request('http://[/'))).toBeNull()
    expect(requestPath(request('http://a:99999/'))).toBeNull()
    expect(requestPath(request('*'))).toBeNull()
    expect(requestPath(request('//api/users/me'))!.pathname).toBe('//api/users/me')
    expect(requestPath(request('/lo?q=1'))!.searchParams.get('q')).toBe('1')
  })

  it('reads Accept-Encoding as HTTP says', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('*')).toBe(true)
  })
})
