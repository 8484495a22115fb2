import http from 'node:http'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { laoDay } from '@/lib/laoTime'
import { requiredFields } from '../fixtures/content'
import { countRows, type CountedItem, type CountRow } from '../helpers/counts'
import { adminLogin, api, server } from '../helpers/http'

const stamp = Date.now().toString(36)
const PHONE =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36'
let admin: string

beforeAll(async () => {
  admin = await adminLogin()
})

/**
 * The rate limit keys on the client's address, and every test file speaks from 127.0.0.1. This
 * file speaks from loopback addresses of its own, so that another file's flood cannot refuse its
 * beacons, nor its flood another file's.
 */
const loopback = () =>
  `127.0.${1 + Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`
const client = loopback()

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** POSTs a beacon as navigator.sendBeacon does (JSON as text/plain), from `from`. */
function beacon(
  body: unknown,
  { headers = {}, from = client }: { headers?: Record<string, string>; from?: string } = {},
): Promise<Answer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const { port } = new URL(server().url)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/beacon',
        method: 'POST',
        localAddress: from,
        headers: {
          'Content-Type': 'text/plain;charset=UTF-8',
          'Content-Length': Buffer.byteLength(text),
          'User-Agent': PHONE,
          ...headers,
        },
      },
      (res) => {
        let data = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (data += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: data }))
      },
    )
    req.on('error', reject)
    req.end(text)
  })
}

const rows = (item: CountedItem) => countRows(admin, item)

/**
 * What `act` added to the item's counts: views and plays, and the Lao days whose rows changed
 * (today's; the day may turn during the act, at 17:00 UTC, so either side of it is today).
 */
async function added(item: CountedItem, act: () => Promise<void>) {
  const before = await rows(item)
  const days = [laoDay()]
  await act()
  days.push(laoDay())
  const after = await rows(item)
  const of = (list: CountRow[], day: string) =>
    list.find((r) => r.day === day) ?? { views: 0, plays: 0 }
  const changed = after.filter((r) => {
    const old = of(before, r.day)
    return old.views !== r.views || old.plays !== r.plays
  })
  const sum = (list: CountRow[], key: 'views' | 'plays') => list.reduce((n, r) => n + r[key], 0)
  return {
    views: sum(after, 'views') - sum(before, 'views'),
    plays: sum(after, 'plays') - sum(before, 'plays'),
    today: changed.every((r) => days.includes(r.day)),
  }
}

const site = (type: string, slug: string, event: string) => ({ type, slug, event, source: 'site' })

const published = {
  songs: 'call-1300',
  dramas: 'the-job-offer',
  episodes: 'the-job-offer-1',
  'radio-spots': 'before-you-go',
  'tv-spots': 'ask-three-questions',
  'social-posts': 'help-for-victims',
  news: 'committee-first-half-2020-results',
}

describe('counting from the site', () => {
  it('raises a song’s views for today by exactly 1 for one view, sets no cookie', async () => {
    let answer: Answer | undefined
    const rise = await added({ type: 'songs', slug: 'call-1300' }, async () => {
      answer = await beacon(site('songs', 'call-1300', 'view'))
    })
    expect(answer?.status).toBe(204)
    expect(answer?.headers['set-cookie']).toBeUndefined()
    expect(answer?.headers['cache-control']).toBe('no-store')
    expect(rise).toEqual({ views: 1, plays: 0, today: true })
  })

  it.each(Object.entries(published))('counts a view of a %s page', async (type, slug) => {
    const rise = await added({ type, slug }, async () => {
      expect((await beacon(site(type, slug, 'view'))).status).toBe(204)
    })
    expect(rise).toEqual({ views: 1, plays: 0, today: true })
  })

  it.each(['songs', 'episodes', 'radio-spots', 'tv-spots'] as const)(
    'counts a play of a %s player in plays, not views',
    async (type) => {
      const slug = published[type]
      const rise = await added({ type, slug }, async () => {
        expect((await beacon(site(type, slug, 'play'))).status).toBe(204)
      })
      expect(rise).toEqual({ views: 0, plays: 1, today: true })
    },
  )

  it('counts an embed’s load under its partner, source embed, apart from the site', async () => {
    const partner = await api<{ doc: { id: number; slug: string } }>('/api/partners', {
      method: 'POST',
      token: admin,
      body: { title: `Counting partner ${stamp}` },
    })
    expect(partner.status).toBe(201)
    const { id, slug: partnerSlug } = partner.body.doc
    const onSite = await rows({ type: 'tv-spots', slug: 'know-the-hotline' })
    const rise = await added(
      { type: 'tv-spots', slug: 'know-the-hotline', source: 'embed', partner: id },
      async () => {
        const body = { type: 'tv-spots', slug: 'know-the-hotline', event: 'load' }
        expect((await beacon({ ...body, partner: partnerSlug })).status).toBe(204)
      },
    )
    expect(rise).toEqual({ views: 1, plays: 0, today: true })
    expect(await rows({ type: 'tv-spots', slug: 'know-the-hotline' })).toEqual(onSite)
  })

  it('answers a crawler 204 and counts nothing', async () => {
    const rise = await added({ type: 'songs', slug: 'call-1300' }, async () => {
      for (const agent of [
        'Googlebot/2.1 (+http://www.google.com/bot.html)',
        'facebookexternalhit/1.1',
      ])
        expect(
          (await beacon(site('songs', 'call-1300', 'view'), { headers: { 'User-Agent': agent } }))
            .status,
        ).toBe(204)
    })
    expect(rise).toEqual({ views: 0, plays: 0, today: true })
  })

  it('answers 404 for an unknown or unpublished item, and counts nothing', async () => {
    const draft = await api<{ doc: { slug: string } }>('/api/news?draft=true', {
      method: 'POST',
      token: admin,
      body: { ...requiredFields('news'), title: `Unpublished counted news ${stamp}` },
    })
    expect(draft.status).toBe(201)
    for (const slug of [draft.body.doc.slug, `no-such-news-${stamp}`]) {
      const answer = await beacon(site('news', slug, 'view'))
      expect(answer.status).toBe(404)
      expect(JSON.parse(answer.text).errors[0].message).toContain(slug)
      expect(await rows({ type: 'news', slug })).toEqual([])
    }
  })

  it('refuses bad input with 400 and a message, and a large body with 413', async () => {
    const refused: [unknown, RegExp][] = [
      ['not json', /JSON/],
      ['[1]', /object/],
      [site('news', published.news, 'play'), /no player/],
      [site('campaigns', 'first-half-2020', 'view'), /"type"/],
      [site('songs', 'call-1300', 'load'), /"event"/],
      [{ ...site('songs', 'call-1300', 'view'), source: 'app' }, /"source"/],
      [site('songs', '', 'view'), /"slug"/],
    ]
    for (const [body, message] of refused) {
      const answer = await beacon(body)
      expect({ body, status: answer.status }).toEqual({ body, status: 400 })
      expect(JSON.parse(answer.text).errors[0].message).toMatch(message)
    }
    const big = await beacon({ ...site('songs', 'call-1300', 'view'), pad: 'x'.repeat(3000) })
    expect(big.status).toBe(413)
  })

  it('limits a flood from one client: 429 with Retry-After, and only accepted beacons count', async () => {
    const from = loopback()
    const statuses: number[] = []
    let limited: Answer | undefined
    const rise = await added({ type: 'news', slug: published.news }, async () => {
      for (let i = 0; i < 80 && !limited; i++) {
        const answer = await beacon(site('news', published.news, 'view'), { from })
        statuses.push(answer.status)
        if (answer.status === 429) limited = answer
      }
    })
    expect(limited?.status).toBe(429)
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(limited!.text).errors[0].message).toMatch(/Too many/)
    const accepted = statuses.filter((s) => s === 204).length
    expect(accepted).toBeGreaterThanOrEqual(40)
    expect(rise).toEqual({ views: accepted, plays: 0, today: true })
  })
})

describe('the beacon on the pages', () => {
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server().url}${path}`, { headers })
    expect(res.status).toBe(200)
    return res.text()
  }
  /** What the page tells its script to count (src/site/render/Document.tsx). */
  const call = (type: string, slug: string, player: 0 | 1) =>
    `data-count-type="${type}" data-count-slug="${slug}"${player ? ' data-count-plays="1"' : '>'}`
  /** The page's one script, which sends the beacon. */
  const script = async (html: string) => {
    const src = /<script src="(\/assets\/islands\.[^"]+\.js)"/.exec(html)?.[1]
    expect(src).toBeDefined()
    return (await fetch(`${server().url}${src}`)).text()
  }

  it('is on every detail page, with plays watched only where there is a player', async () => {
    expect(await page('/lo/songs/call-1300')).toContain(call('songs', 'call-1300', 1))
    expect(await page('/en/dramas/the-job-offer/the-job-offer-1')).toContain(
      call('episodes', 'the-job-offer-1', 1),
    )
    expect(await page('/lo/dramas/the-job-offer')).toContain(call('dramas', 'the-job-offer', 0))
    expect(await page(`/lo/news/${published.news}`)).toContain(call('news', published.news, 0))
    expect(await page('/lo/social/help-for-victims')).toContain(
      call('social-posts', 'help-for-victims', 0),
    )
    expect(await page('/lo/campaigns/first-half-2020')).not.toContain('data-count-')
    expect(await page('/lo/songs')).not.toContain('data-count-')
  })

  it('is on the Save-Data variant too', async () => {
    const lite = await page('/lo/radio/before-you-go', { 'Save-Data': 'on' })
    expect(lite).toContain(call('radio-spots', 'before-you-go', 1))
    expect(await script(lite)).toMatch(/fetch\('\/api\/beacon', \{[^}]*keepalive: true/)
  })
})
