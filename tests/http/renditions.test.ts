import { describe, expect, it } from '@jest/globals'
import { adminLogin, api, madeCopy, server } from '../helpers/http'

const sources = (html: string) => [...html.matchAll(/<source src="([^"]+)"/g)].map((m) => m[1])

describe('data-saver copies on the public site', () => {
  it('are made in the background for the demo song, and become its first source under Save-Data', async () => {
    const token = await adminLogin()
    const original = await madeCopy('song-call-1300.mp3', token)
    expect(original.liteStatus).toBe('done')
    const lite = await api<{ filesize: number }>(`/api/media/${original.lite}?depth=0`)
    // Public, as its original is: an anonymous visitor may read it.
    expect(lite.status).toBe(200)
    expect(lite.body.filesize).toBeLessThan(original.filesize * 0.8)

    const page = async (headers: Record<string, string> = {}) => {
      // The page is refreshed after the copy appears; give the cache a moment.
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${server().url}/lo/songs/call-1300`, { headers })
        const html = await res.text()
        if (sources(html).length === 2) return html
        await new Promise((r) => setTimeout(r, 500))
      }
      throw new Error('the song page never listed the data-saver copy')
    }
    const plain = sources(await page())
    const saving = sources(await page({ 'Save-Data': 'on' }))
    expect(plain[0]).toMatch(/song-call-1300\.mp3$/)
    expect(plain[1]).toMatch(/song-call-1300-lite\.ogg$/)
    expect(saving).toEqual([plain[1], plain[0]])
    const html = await page({ 'Save-Data': 'on' })
    // The switch is on for this visitor, the small file is offered first, with its size.
    expect(html).toMatch(/<input(?=[^>]*data-saver)(?=[^>]*checked)[^>]*>/)
    const downloads = [...html.matchAll(/href="([^"]+)\?download=1" download(?:="")?>([^<]+)</g)]
    expect(downloads.map((d) => d[1])).toEqual(saving)
    expect(downloads[0][2]).toMatch(/ · \d+(\.\d)? KB \(ປະຢັດຂໍ້ມູນ\)$/)
    const file = await fetch(`${server().url}${saving[0]}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^audio\/ogg/)
  }, 180_000)

  it('come first in embeds under Save-Data or ?saver=1, and as an alternate enclosure in the podcast feed', async () => {
    const token = await adminLogin()
    const original = await madeCopy('song-call-1300.mp3', token)
    const lite = await api<{ filesize: number; url: string; bitrate: number }>(
      `/api/media/${original.lite}?depth=0`,
    )
    const embed = async (query = '', headers: Record<string, string> = {}) => {
      const res = await fetch(`${server().url}/embed/songs/call-1300${query}`, { headers })
      expect(res.status).toBe(200)
      expect(res.headers.get('vary')).toMatch(/Save-Data/i)
      return sources(await res.text())
    }
    const plain = await embed()
    expect(plain[0]).toMatch(/song-call-1300\.mp3$/)
    expect(plain[1]).toMatch(/song-call-1300-lite\.ogg$/)
    expect(await embed('', { 'Save-Data': 'on' })).toEqual([plain[1], plain[0]])
    expect(await embed('?saver=1')).toEqual([plain[1], plain[0]])

    // The feed is refreshed after the copy appears; give the cache a moment.
    let xml = ''
    for (let i = 0; i < 20 && !xml.includes('alternateEnclosure'); i++) {
      if (i) await new Promise((r) => setTimeout(r, 500))
      xml = await (await fetch(`${server().url}/feeds/en/songs.xml`)).text()
    }
    const item = xml.split('<item>').find((i) => i.includes('song-call-1300.mp3'))!
    // The one enclosure stays the original, for every podcast app (through the download count).
    expect(item).toMatch(/<enclosure url="[^"]+\/feeds\/en\/songs\/call-1300\.mp3"/)
    const alternates = [
      ...item.matchAll(/<podcast:alternateEnclosure ([^>]+)><podcast:source uri="([^"]+)"\/>/g),
    ]
    expect(alternates.map((a) => a[2].replace(/^https?:\/\/[^/]+/, ''))).toEqual([
      plain[0].replace(/^https?:\/\/[^/]+/, ''),
      lite.body.url.replace(/^https?:\/\/[^/]+/, ''),
    ])
    expect(alternates[0][1]).toContain('default="true"')
    expect(alternates[1][1]).toContain(`length="${lite.body.filesize}"`)
    expect(alternates[1][1]).toContain(`bitrate="${lite.body.bitrate * 1000}"`)
    expect(alternates[1][1]).toContain('title="Data saver"')
    expect(alternates[1][1]).toContain('type="audio/ogg; codecs=opus"')
  }, 180_000)
})
