import { describe, expect, it } from '@jest/globals'
import { fromPathProblem, normalizedPath, toPathProblem } from '../../src/redirects/paths'

describe('redirect addresses', () => {
  it('keeps a starting address in one form: decoded, lower case, no final slash', () => {
    expect(normalizedPath(' /R/1300/ ')).toBe('/r/1300')
    expect(normalizedPath('/r/%E0%BA%AA%E0%BA%BD%E0%BA%87')).toBe('/r/ສຽງ')
    expect(normalizedPath('/r/100%')).toBe('/r/100%')
    expect(normalizedPath('/')).toBe('/')
  })

  it('refuses starting addresses that are not a free path on this site', () => {
    const refused: [string, string][] = [
      ['https://evil.example/x', 'redirectNotSitePath'],
      ['//evil.example', 'redirectNotSitePath'],
      ['/\\evil.example', 'redirectNotSitePath'],
      ['javascript:alert(1)', 'redirectNotSitePath'],
      ['r/1300', 'redirectPathStart'],
      ['/r/a b', 'redirectPathCharacters'],
      ['/r/a\u0000b', 'redirectPathCharacters'],
      ['/r/1300?x=1', 'redirectFromQuery'],
      ['/r/1300#top', 'redirectFromQuery'],
      ['/', 'redirectNotSitePath'],
      ['/r//1300', 'redirectNotSitePath'],
      [`/r/${'x'.repeat(300)}`, 'redirectPathLong'],
      ['/admin', 'redirectReserved'],
      ['/api/songs', 'redirectReserved'],
      ['/assets/islands.js', 'redirectReserved'],
      ['/embed/songs/x', 'redirectReserved'],
      ['/preview/songs/1', 'redirectReserved'],
      ['/sitemap.xml', 'redirectReserved'],
      ['/lo', 'redirectLivePage'],
      ['/en/songs', 'redirectLivePage'],
      ['/lo/search', 'redirectLivePage'],
      ['/lo-lite/songs/x', 'redirectLivePage'],
    ]
    for (const [path, key] of refused)
      expect([path, fromPathProblem(path)?.key]).toEqual([path, key])
    for (const path of ['/r/1300', '/lo/songs/old-song', '/hotline', '/apis', '/r/ສຽງ'])
      expect([path, fromPathProblem(path)]).toEqual([path, null])
  })

  it('takes destinations on this site only, with a query or fragment', () => {
    for (const path of ['https://evil.example/', '//evil.example', '/\\evil', 'mailto:x@y', 'x'])
      expect([path, toPathProblem(path)]).not.toEqual([path, null])
    for (const path of ['/lo/songs/call-1300', '/en/news?page=2', '/lo/help#hotline', '/lo'])
      expect([path, toPathProblem(path)]).toEqual([path, null])
  })
})
