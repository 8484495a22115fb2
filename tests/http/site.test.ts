import { describe, expect, it } from '@jest/globals'
import { HtmlValidate } from 'html-validate'
import robotsParser from 'robots-parser'
import Parser from 'rss-parser'
import { api, adminLogin, server } from '../helpers/http'
import { richText } from '../../seed/lexical'

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${server().url}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

const h1 = (html: string) =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '')
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]

describe('the public site', () => {
  it.each([
    ['/lo', 'ສຽງ'],
    ['/en', 'Siang'],
    ['/lo/songs', 'ເພງ'],
    ['/en/songs', 'Songs'],
    ['/lo/dramas', 'ລະຄອນ'],
    ['/lo/radio', 'ວິທະຍຸ'],
    ['/lo/tv', 'ໂທລະພາບ'],
    ['/lo/social', 'ສື່ສັງຄົມ'],
    ['/lo/news', 'ຂ່າວ'],
    ['/en/campaigns', 'Campaigns'],
    ['/en/songs/call-1300', 'Call 1300'],
    ['/en/dramas/the-job-offer', 'The Job Offer'],
    ['/en/tv/ask-three-questions', 'Ask Three Questions'],
  ])('serves %s with its heading in the page language', async (path, heading) => {
    const { status, html } = await page(path)
    expect(status).toBe(200)
    expect(h1(html)).toContain(heading)
    expect(attr(html, /<html lang="([a-z]+)"/)).toBe(path.slice(1, 3))
  })

  it('serves every demo detail page, with canonical and hreflang links to both languages', async () => {
    const paths = [
      '/lo/songs/safe-road-home',
      '/lo/dramas/rivers-apart/rivers-apart-2',
      '/lo/radio/hmong-call-the-hotline',
      '/lo/tv/know-the-hotline',
      '/lo/news/committee-first-half-2020-results',
      '/lo/campaigns/first-half-2020',
      '/en/social/' +
        (await api<{ docs: { slug: string }[] }>('/api/social-posts?limit=1')).body.docs[0].slug,
    ]
    for (const path of paths) {
      const { status, html } = await page(path)
      expect(status).toBe(200)
      const rest = path.slice(3)
      expect(html).toContain(`<link rel="canonical" href="${server().url}${path}"/>`)
      expect(html).toContain(`hreflang="lo" href="${server().url}/lo${rest}"`)
      expect(html).toContain(`hreflang="en" href="${server().url}/en${rest}"`)
      // The language switch keeps the page.
      expect(html).toMatch(
        new RegExp(`class="switch" href="/${path.startsWith('/lo') ? 'en' : 'lo'}${rest}"`),
      )
    }
  })

  it('puts the hotline on every page, and a tap calls it', async () => {
    for (const path of ['/lo', '/en/songs', '/lo/news/committee-first-half-2020-results']) {
      const { html } = await page(path)
      expect(html).toContain('href="tel:1300"')
    }
  })

  it('plays audio with nothing preloaded, and video with a caption track per language, on in the page language', async () => {
    const song = (await page('/lo/songs/call-1300')).html
    expect(song).toMatch(/<audio controls preload="none"/)
    // The original is the first source for a visitor who does not save data.
    expect(song).toMatch(
      /<audio[^>]*><source src="\/api\/media\/file\/song-call-1300\.mp3" type="audio\/mpeg"\/>/,
    )
    const episode = (await page('/en/dramas/the-job-offer/the-job-offer-1')).html
    expect(episode).toMatch(/<video[^>]*preload="none"/)
    expect(episode).toMatch(
      /<track kind="captions" srclang="en" label="English" src="\/api\/media\/file\/the-job-offer-1-en\.vtt" default\/>/,
    )
    expect(episode).toMatch(
      /<track kind="captions" srclang="lo" label="ພາສາລາວ" src="\/api\/media\/file\/the-job-offer-1-lo\.vtt"\/>/,
    )
    expect(episode).toContain('Transcript')
    // Captions load from any page, a partner's sandboxed frame (origin null) included; a signed-in
    // read of a file stays private.
    const captions = `${server().url}/api/media/file/the-job-offer-1-en.vtt`
    const anyone = await fetch(captions, { headers: { Origin: 'null' } })
    expect(anyone.status).toBe(200)
    expect(anyone.headers.get('access-control-allow-origin')).toBe('*')
    const staff = await fetch(captions, { headers: { Authorization: `JWT ${await adminLogin()}` } })
    expect(staff.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('marks word breaks in long Lao text with <wbr>, and the text copies back unchanged', async () => {
    const { html } = await page('/lo/news/committee-first-half-2020-results')
    expect(html).toMatch(/ຄະນະ<wbr\/>ກຳມະການ<wbr\/>ຕ້ານ/)
    const title = (/<title>(.*?) · /.exec(html) ?? [])[1]
    expect(h1(html)).toBe(title)
  })

  it('filters lists by topic, audience and province, and pages through them', async () => {
    const all = await page('/en/songs')
    const cards = (html: string) => (html.match(/class="card"/g) ?? []).length
    // Other tests add songs of their own; the demo's three are there with them.
    expect(cards(all.html)).toBeGreaterThanOrEqual(3)
    const filtered = await page('/en/songs?topic=online-recruitment-scams')
    expect(cards(filtered.html)).toBeGreaterThan(0)
    expect(cards(filtered.html)).toBeLessThan(cards(all.html))
    expect(cards((await page('/en/songs?province=LA-XX-none')).html)).toBe(0)
    expect((await page('/en/songs?page=9')).status).toBe(200)
  })

  it('answers 404 for unknown sections, slugs and paths, and for unpublished work', async () => {
    for (const path of [
      '/lo/nothing-here',
      '/en/songs/no-such-song',
      '/lo/dramas/the-job-offer/rivers-apart-1',
      '/lo/a/b/c/d/e',
      '/fr',
    ]) {
      expect((await page(path)).status).toBe(404)
    }
    const token = await adminLogin()
    const draft = await api<{ doc: { slug: string } }>('/api/songs', {
      method: 'POST',
      token,
      body: { title: 'A song not yet approved', _status: 'draft' },
    })
    expect((await page(`/lo/songs/${draft.body.doc.slug}`)).status).toBe(404)
  })

  it("renders the 404 on the server, in the visitor's language, with the hotline and a way back", async () => {
    for (const [path, lang, title, home] of [
      ['/en/songs/no-such-song', 'en', 'Page not found', '/en'],
      ['/lo/nothing-here', 'lo', 'ບໍ່ພົບໜ້ານີ້', '/lo'],
      ['/wp-login.php', 'lo', 'ບໍ່ພົບໜ້ານີ້', '/lo'],
    ]) {
      const { status, html } = await page(path)
      expect(status).toBe(404)
      expect(attr(html, /<html lang="([a-z]+)"/)).toBe(lang)
      expect(h1(html)).toBe(title)
      expect(html).toContain('href="tel:1300"')
      expect(html).toContain(`href="${home}"`)
      expect(html).toContain('<meta name="robots" content="noindex"/>')
    }
  })

  it('shows only what exists: a spot with no script has no empty script box', async () => {
    const token = await adminLogin()
    const slug = `no-script-${Date.now().toString(36)}`
    const made = await api('/api/radio-spots', {
      method: 'POST',
      token,
      body: {
        title: 'A spot with no script',
        slug,
        _status: 'published',
        // What the admin's editor saves for an untouched field: one empty paragraph.
        script: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'paragraph', version: 1, children: [] }],
          },
        },
      },
    })
    expect(made.status).toBe(201)
    const { status, html } = await page(`/en/radio/${slug}`)
    expect(status).toBe(200)
    expect(html).not.toContain('class="text-block"')
    expect(html).not.toMatch(/<h2>Script<\/h2>/)
    // The demo spot with a script still shows it.
    expect((await page('/en/radio/hmong-call-the-hotline')).html).toMatch(/<h2>Script<\/h2>/)
  })

  it("lists a drama's episodes as cards with their number, and offers the next episode", async () => {
    const drama = (await page('/en/dramas/the-job-offer')).html
    expect(drama).toMatch(
      /<a class="episode-card" href="\/en\/dramas\/the-job-offer\/the-job-offer-1">[\s\S]*?Episode 1/,
    )
    const first = (await page('/en/dramas/the-job-offer/the-job-offer-1')).html
    expect(first).toMatch(
      /class="next-episode"[\s\S]*?href="\/en\/dramas\/the-job-offer\/the-job-offer-2"/,
    )
    const episodes = (drama.match(/class="episode-card"/g) ?? []).length
    const last = (await page(`/en/dramas/the-job-offer/the-job-offer-${episodes}`)).html
    expect(last).not.toContain('class="next-episode"')
  })

  it('describes each detail page with schema.org JSON-LD', async () => {
    const ld = async (path: string) => {
      const { html } = await page(path)
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1]
      return JSON.parse(block ?? 'null')
    }
    const song = await ld('/en/songs/call-1300')
    expect(song).toMatchObject({ '@type': 'MusicRecording', name: 'Call 1300', duration: 'PT40S' })
    expect(song.audio.contentUrl).toBe(`${server().url}/api/media/file/song-call-1300.mp3`)
    const series = await ld('/en/dramas/the-job-offer')
    expect(series).toMatchObject({ '@type': 'TVSeries', numberOfEpisodes: 3 })
    const episode = await ld('/lo/dramas/the-job-offer/the-job-offer-2')
    expect(episode).toMatchObject({
      '@type': 'TVEpisode',
      episodeNumber: 2,
      partOfSeries: { '@type': 'TVSeries' },
    })
    expect(episode.video).toMatchObject({
      '@type': 'VideoObject',
      duration: 'PT20S',
      caption: { encodingFormat: 'text/vtt', inLanguage: 'lo' },
    })
    expect(episode.video.transcript.length).toBeGreaterThan(20)
    // What search engines need to show a video: where to play it, and what it is about.
    expect(episode.video.embedUrl).toBe(`${server().url}/embed/episodes/the-job-offer-2`)
    expect(episode.video.description.length).toBeGreaterThan(20)
    const spot = await ld('/en/tv/ask-three-questions')
    expect(spot).toMatchObject({
      '@type': 'VideoObject',
      duration: 'PT30S',
      embedUrl: `${server().url}/embed/tv-spots/ask-three-questions?lang=en`,
    })
    expect(spot.description).not.toBe(spot.name)
    const article = await ld('/lo/news/committee-first-half-2020-results')
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2020-08-07T03:00:00.000Z',
      inLanguage: 'lo',
    })
  })

  it('lists every page in both languages in /sitemap.xml, which /robots.txt names', async () => {
    const robots = await page('/robots.txt')
    expect(robots.status).toBe(200)
    expect(robots.html).toContain(`Sitemap: ${server().url}/sitemap.xml`)
    expect(robots.html).toMatch(/Disallow: \/admin/)
    // As a crawler reads it (robots-parser, RFC 9309): pages and what they point at are open,
    // the rest of the API and the admin are not.
    const rules = robotsParser(`${server().url}/robots.txt`, robots.html)
    const allowed = (path: string) => rules.isAllowed(`${server().url}${path}`, 'Googlebot')
    expect(allowed('/lo/songs/call-1300')).toBe(true)
    expect(allowed('/api/media/file/cover-call-1300-1200x630.webp')).toBe(true)
    expect(allowed('/api/oembed?url=x&format=json')).toBe(true)
    expect(allowed('/api/songs')).toBe(false)
    expect(allowed('/api/users/me')).toBe(false)
    expect(allowed('/admin/collections/songs')).toBe(false)
    const { status, html } = await page('/sitemap.xml')
    expect(status).toBe(200)
    for (const path of [
      '/lo',
      '/en/songs',
      '/lo/songs/call-1300',
      '/en/dramas/rivers-apart/rivers-apart-3',
      '/lo/news/committee-first-half-2020-results',
    ])
      expect(html).toContain(`<loc>${server().url}${path}</loc>`)
    expect(html).toContain(`hreflang="en" href="${server().url}/en/songs/call-1300"`)
    expect(html).toContain(`hreflang="x-default" href="${server().url}/lo/songs/call-1300"`)
  })

  it('offers songs and radio spots as podcast feeds that a feed reader parses', async () => {
    type Item = {
      enclosure: { url: string; length: string; type: string }
      itunes: { duration?: string }
      transcript?: { $: { url: string; type: string; language: string } }
    }
    const parser = new Parser<Record<string, unknown>, Item>({
      customFields: { item: [['podcast:transcript', 'transcript', { keepArray: false }]] },
    })
    for (const [path, count] of [
      ['/feeds/lo/radio.xml', 3],
      ['/feeds/en/songs.xml', 3],
    ] as const) {
      const res = await fetch(`${server().url}${path}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
      const feed = await parser.parseString(await res.text())
      expect(feed.language).toBe(path.slice(7, 9))
      const demo = feed.items.filter((i) =>
        /\/(safe-road-home|too-good-to-be-true|call-1300|before-you-go|check-the-agency|hmong-call-the-hotline)$/.test(
          i.link ?? '',
        ),
      )
      expect(demo.length).toBe(count)
      for (const item of demo) {
        expect(item.enclosure.type).toBe('audio/mpeg')
        const file = await fetch(item.enclosure.url)
        expect(file.status).toBe(200)
        expect((await file.arrayBuffer()).byteLength).toBe(Number(item.enclosure.length))
        expect(item.itunes.duration).toMatch(/^00:0[0-1]:\d\d$/)
        // The transcript is a file of the item's words, not its HTML page.
        expect(item.transcript?.$).toMatchObject({ type: 'text/plain', language: path.slice(7, 9) })
        const words = await fetch(item.transcript!.$.url)
        expect(words.status).toBe(200)
        expect(words.headers.get('content-type')).toBe('text/plain; charset=utf-8')
        expect((await words.text()).trim().length).toBeGreaterThan(20)
      }
    }
    const list = (await page('/lo/radio')).html
    expect(list).toContain(
      `<link rel="alternate" type="application/rss+xml" href="${server().url}/feeds/lo/radio.xml"/>`,
    )
    expect((await fetch(`${server().url}/feeds/fr/radio.xml`)).status).toBe(404)
    expect((await fetch(`${server().url}/feeds/lo/videos.xml`)).status).toBe(404)
    expect((await fetch(`${server().url}/feeds/lo/songs/no-such-song.txt`)).status).toBe(404)
    // A new door to content: it shows published words only, as the pages do.
    const draft = await api<{ doc: { slug: string } }>('/api/songs', {
      method: 'POST',
      token: await adminLogin(),
      body: {
        title: 'Words not yet approved',
        _status: 'draft',
        lyrics: richText('secret draft line'),
      },
    })
    expect(draft.status).toBe(201)
    const unpublished = await fetch(`${server().url}/feeds/lo/songs/${draft.body.doc.slug}.txt`)
    expect(unpublished.status).toBe(404)
    expect(await unpublished.text()).not.toContain('secret draft line')
    expect((await fetch(`${server().url}/feeds/lo/videos/call-1300.txt`)).status).toBe(404)
  })

  it('says beside the embed code which sites may show the player, and whom to ask', async () => {
    // A fresh install lets any site embed the players (the seed's choice, in the site settings).
    const lo = (await page('/lo/songs/call-1300')).html
    expect(lo).toContain('ທຸກເວັບໄຊສາມາດຝັງອັນນີ້ໄດ້.')
    expect(lo).toContain('ເພື່ອລົງທະບຽນເປັນຄູ່ຮ່ວມງານ')
    expect(lo).toContain('<a href="mailto:partners@siang.example.la">partners@siang.example.la</a>')
    const en = (await page('/en/tv/know-the-hotline')).html
    expect(en).toContain('Any website may embed this.')
    expect(en).toContain("To register as a partner and see your site's own counts, write to")
  })

  it('offers share links carrying the canonical address, and a download for forwarding offline', async () => {
    const { html } = await page('/lo/songs/call-1300')
    const canonical = encodeURIComponent(`${server().url}/lo/songs/call-1300`)
    expect(html).toContain(`https://www.facebook.com/sharer/sharer.php?u=${canonical}`)
    expect(html).toContain(`https://social-plugins.line.me/lineit/share?url=${canonical}`)
    expect(html).toContain(`https://t.me/share/url?url=${canonical}`)
    expect(html).toContain(`https://twitter.com/intent/tweet?url=${canonical}`)
    expect(html).toMatch(/https:\/\/wa\.me\/\?text=[^"]*lo%2Fsongs%2Fcall-1300/)
    expect(html).toContain('href="/api/media/file/song-call-1300.mp3?download=1"')
    expect(html).toContain('class="share-button"')
  })

  it('sends the next picture size down to a visitor who saves data', async () => {
    const path = '/lo/news/committee-first-half-2020-results'
    const normal = await (await fetch(`${server().url}${path}`)).text()
    const lite = await (
      await fetch(`${server().url}${path}`, { headers: { 'Save-Data': 'on' } })
    ).text()
    expect(normal).toMatch(/<img src="[^"]+-1600x900\.webp"/)
    expect(lite).toMatch(/<img src="[^"]+-640x360\.webp"/)
    expect(lite).not.toContain('1600x900')
  })

  it('serves valid, accessible HTML on every kind of page (html-validate)', async () => {
    // Validity and accessibility rules; not the style rules about how attributes are written.
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:a11y'],
    })
    const paths = [
      '/lo',
      '/en',
      '/lo/songs',
      '/en/songs?topic=safe-migration&page=1',
      '/lo/campaigns/first-half-2020',
      '/lo/search?q=%E0%BA%AA%E0%BA%B2%E0%BA%8D%E0%BA%94%E0%BB%88%E0%BA%A7%E0%BA%99',
      '/lo/songs/call-1300',
      '/en/dramas/the-job-offer',
      '/lo/dramas/rivers-apart/rivers-apart-2',
      '/lo/radio/hmong-call-the-hotline',
      '/lo/tv/know-the-hotline',
      '/lo/news/committee-first-half-2020-results',
      '/lo/offline',
      '/lo/kept',
      '/en/social/' +
        (await api<{ docs: { slug: string }[] }>('/api/social-posts?limit=1')).body.docs[0].slug,
    ]
    for (const path of [...paths, '/lo/no-such-page', '/en/songs/no-such-song']) {
      for (const headers of [{}, { 'Save-Data': 'on' }] as Record<string, string>[]) {
        const res = await fetch(`${server().url}${path}`, { headers })
        expect(res.status).toBe(path.includes('no-such') ? 404 : 200)
        const report = await validator.validateString(await res.text())
        const problems = report.results
          .flatMap((r) => r.messages)
          .map((m) => `${path}: ${m.ruleId}: ${m.message} (${m.selector})`)
        expect(problems).toEqual([])
      }
    }
  })
})
