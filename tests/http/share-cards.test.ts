/**
 * Every public page gives link previews (Facebook, WhatsApp, LINE) a picture: the item's own,
 * else its campaign's, else the site's card, made from the site settings.
 */
import { describe, expect, it } from '@jest/globals'
import ogs from 'open-graph-scraper'
import sharp from 'sharp'
import { api, server } from '../helpers/http'

const pages = [
  '/lo',
  '/en/songs',
  '/lo/songs/call-1300',
  '/lo/dramas/the-job-offer',
  '/lo/dramas/the-job-offer/the-job-offer-1',
  '/lo/radio/before-you-go',
  '/en/tv/know-the-hotline',
  '/lo/news/committee-first-half-2020-results',
  '/lo/social/help-for-victims',
  '/lo/campaigns/first-half-2020',
  '/en/search?q=hotline',
]

const ogImage = (html: string) =>
  /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? null

describe('link-preview pictures', () => {
  it.each(pages)('%s names a picture that answers, 1200×630', async (page) => {
    const res = await api<string>(page)
    expect(res.status).toBe(200)
    const url = ogImage(res.body)
    expect(url).not.toBeNull()
    const picture = await fetch(
      new URL(new URL(url!).pathname + new URL(url!).search, server().url),
    )
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toMatch(/^image\//)
    const { width, height } = await sharp(Buffer.from(await picture.arrayBuffer())).metadata()
    expect({ width, height }).toEqual({ width: 1200, height: 630 })
    expect(res.body).toContain('<meta name="twitter:card" content="summary_large_image"')
  })

  it('falls back to the site card, in the page language, for a page with no picture', async () => {
    const home = await api<string>('/lo')
    expect(ogImage(home.body)).toBe(`${server().url}/cards/lo.png`)
    const english = await api<string>('/en/search?q=hotline')
    expect(ogImage(english.body)).toBe(`${server().url}/cards/en.png`)
  })

  it('is what a real link-preview client (open-graph-scraper) reads, for a page with a picture and one without', async () => {
    for (const page of ['/lo/songs/call-1300', '/lo/radio/before-you-go']) {
      const { error, result } = await ogs({
        url: `${server().url}${page}`,
        // Loopback has no top-level domain; the rest as the client checks by default.
        urlValidatorSettings: {
          protocols: ['http', 'https'],
          require_tld: false,
          require_protocol: true,
          require_host: true,
          require_port: false,
          require_valid_protocol: true,
          allow_underscores: false,
          allow_trailing_dot: false,
          allow_protocol_relative_urls: false,
          allow_fragments: true,
          allow_query_components: true,
          validate_length: true,
        },
      })
      expect(error).toBe(false)
      expect(result.ogTitle).toBeTruthy()
      const [image] = result.ogImage ?? []
      expect(image?.url).toMatch(/^http:\/\/localhost:\d+\//)
      expect({ width: Number(image?.width), height: Number(image?.height) }).toEqual({
        width: 1200,
        height: 630,
      })
      expect((await fetch(image!.url)).status).toBe(200)
    }
  })

  it('describes each item in its own words, says what its picture shows, and sends the card as JPEG', async () => {
    const meta = (html: string, property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1]
    const song = (await api<string>('/en/songs/call-1300')).body
    const tagline = meta((await api<string>('/en')).body, 'og:description')
    // The song's own opening lines, not the site's tagline.
    expect(meta(song, 'og:description')).not.toBe(tagline)
    expect(meta(song, 'og:description')!.length).toBeGreaterThan(20)
    expect(meta(song, 'og:description')!.length).toBeLessThanOrEqual(200)
    expect(meta(song, 'og:image:alt')).toBeTruthy()
    expect(meta(song, 'twitter:image:alt')).toBe(meta(song, 'og:image:alt'))
    for (const page of ['/en/dramas/the-job-offer/the-job-offer-1', '/en/tv/know-the-hotline'])
      expect(meta((await api<string>(page)).body, 'og:description')).not.toBe(tagline)
    // An item's own card is a JPEG, which every chat app's preview renders.
    const card = await fetch(new URL(new URL(ogImage(song)!).pathname, server().url))
    expect(card.headers.get('content-type')).toBe('image/jpeg')
    expect((await sharp(Buffer.from(await card.arrayBuffer())).metadata()).format).toBe('jpeg')
  })

  it('serves the card per language, and 404 for anything else under /cards', async () => {
    const [lo, en] = await Promise.all(
      ['lo', 'en'].map(async (l) => {
        const res = await fetch(`${server().url}/cards/${l}.png`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('image/png')
        return Buffer.from(await res.arrayBuffer())
      }),
    )
    expect(lo.equals(en)).toBe(false)
    for (const wrong of ['/cards/fr.png', '/cards/lo.jpg', '/cards/lo'])
      expect((await fetch(`${server().url}${wrong}`)).status).toBe(404)
  })
})
