import { describe, expect, it } from '@jest/globals'
import { podcastGuid, uuidV5 } from '@/lib/uuid'

describe('name-based UUIDs', () => {
  it('match RFC 9562 version 5 (the vector Python documents)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    )
  })

  it("give a feed the podcast:guid of the Podcasting 2.0 namespace's own example", () => {
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe(
      '917393e3-1b1e-5cef-ace4-edaa54e1f810',
    )
    expect(podcastGuid('http://mp3s.nashownotes.com/pc20rss.xml/')).toBe(
      '917393e3-1b1e-5cef-ace4-edaa54e1f810',
    )
  })
})
