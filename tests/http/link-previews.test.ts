/**
 * What each chat app's link-preview fetcher gets when someone shares a page, read by metascraper
 * (the parser behind many preview services): a title, the page's own description, a picture at
 * an absolute address that answers, and what the picture shows. Beside share-cards.test.ts, which
 * checks the cards themselves.
 */
import { describe, expect, it } from '@jest/globals'
import createMetascraper from 'metascraper'
import metascraperDescription from 'metascraper-description'
import metascraperImage from 'metascraper-image'
import metascraperTitle from 'metascraper-title'
import { chatUserAgents } from '../fixtures/chat-user-agents'
import { server } from '../helpers/http'

const metascraper = createMetascraper([
  metascraperTitle(),
  metascraperDescription(),
  metascraperImage(),
  // No rules package reads the picture's alt text; this one reads it as they read the rest.
  { imageAlt: [({ htmlDom }) => htmlDom('meta[property="og:image:alt"]').attr('content')] },
])

/** Shared pages: the home page's picture is the site's card (PNG), an item's its own (JPEG). */
const pages = [
  { path: '/lo', item: false },
  { path: '/en', item: false },
  { path: '/lo/songs/call-1300', item: true },
  { path: '/en/songs/call-1300', item: true },
  { path: '/lo/tv/know-the-hotline', item: true },
  { path: '/en/tv/know-the-hotline', item: true },
  { path: '/lo/radio/before-you-go', item: true },
]

/** A page as a fetcher with this user agent reads it. */
async function preview(path: string, userAgent: string) {
  const url = `${server().url}${path}`
  const res = await fetch(url, { headers: { 'User-Agent': userAgent } })
  expect(res.status).toBe(200)
  const html = await res.text()
  return (await metascraper({ url, html })) as Record<string, string | undefined>
}

const taglines = new Map<string, string | undefined>()
/** The site's tagline in the page's language: what a page with nothing of its own says. */
async function tagline(path: string) {
  const home = path.slice(0, 3)
  if (!taglines.has(home)) taglines.set(home, (await preview(home, 'test')).description)
  return taglines.get(home)
}

describe.each(Object.entries(chatUserAgents))('a link shared in %s', (_app, userAgent) => {
  it.each(pages)('$path has a title, its own description and a picture', async ({ path, item }) => {
    const meta = await preview(path, userAgent)
    expect(meta.title).toBeTruthy()
    expect(meta.description).toBeTruthy()
    if (item) {
      expect(meta.description!.length).toBeGreaterThan(20)
      expect(meta.description).not.toBe(await tagline(path))
    }
    expect(meta.imageAlt).toBeTruthy()
    expect(meta.image).toMatch(new RegExp(`^${server().url}/`))
    const picture = await fetch(meta.image!, { headers: { 'User-Agent': userAgent } })
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toBe(item ? 'image/jpeg' : 'image/png')
    expect((await picture.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  })
})
