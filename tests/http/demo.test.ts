import { describe, expect, it } from '@jest/globals'
import { campaigns } from '../../seed/data/demo/campaigns'
import { dramas } from '../../seed/data/demo/dramas'
import { news } from '../../seed/data/demo/news'
import { radioSpots } from '../../seed/data/demo/radio'
import { songs } from '../../seed/data/demo/songs'
import { tvSpots } from '../../seed/data/demo/tv'
import { api, server } from '../helpers/http'

type Media = { url: string; mimeType: string; filesize: number }
type Doc = Record<string, unknown>

const slugsOf = (items: { slug: string }[]) => items.map((i) => i.slug).join(',')

/** For each public type: the demo's slugs, and the fields that hold its media. */
const mediaFields: [string, string, string[]][] = [
  ['songs', slugsOf(songs), ['audio', 'cover']],
  ['dramas', slugsOf(dramas), ['poster']],
  ['episodes', slugsOf(dramas.flatMap((d) => d.episodes)), ['video', 'captions']],
  ['radio-spots', slugsOf(radioSpots), ['audio']],
  ['tv-spots', slugsOf(tvSpots), ['video', 'captions']],
  ['news', slugsOf(news), ['heroImage']],
  ['campaigns', slugsOf(campaigns), ['heroImage']],
]

describe('the seeded demo, as an anonymous visitor sees it', () => {
  it.each(mediaFields)(
    '%s are published, and their media can be fetched',
    async (slug, demo, fields) => {
      for (const locale of ['lo', 'en']) {
        const res = await api<{ docs: Doc[] }>(
          `/api/${slug}?limit=100&depth=1&locale=${locale}&where[slug][in]=${demo}`,
        )
        expect(res.status).toBe(200)
        expect(res.body.docs.length).toBe(demo.split(',').length)
        for (const doc of res.body.docs) {
          for (const field of fields) {
            const media = doc[field] as Media
            expect(media).toMatchObject({ url: expect.stringContaining('/api/media/file/') })
            const file = await fetch(new URL(media.url, server().url))
            expect(file.status).toBe(200)
            // (Next drops Content-Length from route handlers' answers; the bytes are all there.)
            expect((await file.arrayBuffer()).byteLength).toBe(media.filesize)
          }
        }
      }
    },
  )

  it('social posts carry their pictures, which answer HEAD as crawlers ask', async () => {
    const res = await api<{ docs: { attachments: Media[] }[] }>(
      '/api/social-posts?limit=100&depth=1',
    )
    const pictures = res.body.docs.flatMap((d) => d.attachments)
    expect(pictures.length).toBeGreaterThan(0)
    for (const p of pictures)
      expect((await fetch(new URL(p.url, server().url), { method: 'HEAD' })).status).toBe(200)
  })
})
