import { describe, expect, it } from '@jest/globals'
import { firstMinuteBytes, PodcastDownloads, requestedBytes } from '@/reach/podcastDownloads'

const app = 'AntennaPod/3.4.0'
const size = 1_200_000 // 120 s: the first minute is 600,000 bytes
const at = (iso: string) => new Date(iso)
const download = (over: Partial<Parameters<PodcastDownloads['counts']>[0]> = {}) => ({
  address: '203.0.113.7',
  agent: app,
  item: 'songs/call-1300',
  range: null,
  size,
  seconds: 120,
  now: at('2026-12-06T03:00:00Z'),
  ...over,
})

describe('podcast downloads, counted as the IAB guidelines count them', () => {
  it('reads the bytes a Range asks for, and knows a probe', () => {
    expect(requestedBytes(null, size)).toBe(size)
    expect(requestedBytes('bytes=0-1', size)).toBeNull()
    expect(requestedBytes('bytes=0-0', size)).toBeNull()
    expect(requestedBytes('bytes=100-199', size)).toBe(100)
    expect(requestedBytes('bytes=1000000-', size)).toBe(200_000)
    expect(requestedBytes('bytes=-500', size)).toBe(500)
    expect(firstMinuteBytes(size, 120)).toBe(600_000)
    expect(firstMinuteBytes(size, 30)).toBe(size)
  })

  it('counts a listener once a day per item, and only past the first minute', () => {
    const downloads = new PodcastDownloads()
    expect(downloads.counts(download({ range: 'bytes=0-1' }))).toBe(false)
    expect(downloads.counts(download({ range: 'bytes=0-299999' }))).toBe(false)
    expect(downloads.counts(download({ range: 'bytes=300000-599999' }))).toBe(true)
    expect(downloads.counts(download())).toBe(false)
    // Another item, another listener (address or app): counted on their own.
    expect(downloads.counts(download({ item: 'songs/safe-road-home' }))).toBe(true)
    expect(downloads.counts(download({ address: '203.0.113.8' }))).toBe(true)
    expect(downloads.counts(download({ agent: 'Overcast/3.0' }))).toBe(true)
    // The next Lao day (UTC+7) is a new day.
    expect(downloads.counts(download({ now: at('2026-12-06T16:59:00Z') }))).toBe(false)
    expect(downloads.counts(download({ now: at('2026-12-06T17:01:00Z') }))).toBe(true)
  })

  it('never counts a crawler, a link preview or an agent that names nothing', () => {
    const downloads = new PodcastDownloads()
    for (const agent of ['Googlebot/2.1', 'facebookexternalhit/1.1', 'Slackbot-LinkExpanding', ''])
      expect(downloads.counts(download({ agent }))).toBe(false)
  })

  it('keeps memory bounded, and counts a few agents per address and item at most', () => {
    const downloads = new PodcastDownloads({ maxListeners: 3, agentsPerAddress: 2 })
    expect(downloads.counts(download({ agent: 'App/1' }))).toBe(true)
    expect(downloads.counts(download({ agent: 'App/2' }))).toBe(true)
    // A third agent from the same address for the same item: a script, not a third phone.
    expect(downloads.counts(download({ agent: 'App/3' }))).toBe(false)
    expect(downloads.counts(download({ address: '198.51.100.1' }))).toBe(true)
    // Three listeners kept: a fourth is not counted until the next day.
    expect(downloads.counts(download({ address: '198.51.100.2' }))).toBe(false)
    const tomorrow = at('2026-12-07T03:00:00Z')
    expect(downloads.counts(download({ address: '198.51.100.2', now: tomorrow }))).toBe(true)
  })
})
