/**
 * Partners' embeds of quizzes and polls against the running server: the self-contained page (no
 * framework, its scripts inline with the nonce), the same framing rule as the players, a form
 * without script that comes back to the embed, answers readable from a sandboxed frame (origin
 * "null"), oEmbed, and the embed's loads counted per partner.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { cspDirective, embeddingDuringFile, getPage } from '../helpers/embedding'
import { adminLogin, api, apiFrom, server } from '../helpers/http'

const stamp = Date.now().toString(36)
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
const QUIZ = 'fake-job-offers'
const POLL = 'check-before-you-go'
let admin: string

embeddingDuringFile('partners-only')

beforeAll(async () => {
  admin = await adminLogin()
})

const get = getPage
const policy = cspDirective

describe('/embed/quizzes and /embed/polls', () => {
  it.each([
    [`/embed/quizzes/${QUIZ}`, 'form class="quiz-form"', '/api/quizzes/'],
    [`/embed/polls/${POLL}`, 'form class="poll-form"', '/api/polls/'],
  ])('%s is one small page with its form, and no framework', async (path, form, action) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.text).toContain(form)
    // Sent without script, the form comes back to the embed: its address says so.
    expect(res.text).toMatch(new RegExp(`action="${action}[^"]+\\?embed=1"`))
    expect(res.text).toContain(`data-here="${path}"`)
    expect(res.text).toMatch(/<html lang="lo">/)
    // No framework: the frame's script inline, and one file, the site's quiz script.
    const files = [...res.text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
    expect(files).toEqual([expect.stringMatching(/^\/assets\/answers\.[\w-]+\.js$/)])
    expect(res.text).not.toContain('/_next/')
    const csp = res.headers.get('content-security-policy')
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp ?? '')![1]
    const scripts = res.text.match(/<script(?! type="application\/json")[^>]*>/g) ?? []
    expect(scripts.length).toBe(2)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    expect(policy(csp, 'form-action')).toBe("'self'")
    expect(policy(csp, 'connect-src')).toBe("'self'")
    expect(policy(csp, 'frame-ancestors')).toBe(`'self' ${new URL(server().url).origin}`)
    // The hotline, and no share bar or site menu.
    expect(res.text).toMatch(/href="tel:\d+"/)
    expect(res.text).not.toContain('class="share"')
    expect(res.text).not.toContain('site-header')
    // Small for a phone paying for data: under 5 KB compressed, and the script file under 4 KB,
    // which the phone keeps for a year.
    expect(gzipSync(res.text).length).toBeLessThan(5 * 1024)
    const script = await fetch(`${server().url}${files[0]}`)
    expect(script.headers.get('cache-control')).toContain('immutable')
    expect(gzipSync(Buffer.from(await script.arrayBuffer())).length).toBeLessThan(4 * 1024)
  })

  it('speaks English and keeps a dark theme, and is a 404 page for a draft or no such quiz', async () => {
    const en = await get(`/embed/polls/${POLL}?lang=en&theme=dark`)
    expect(en.text).toMatch(/<html lang="en">/)
    expect(en.text).toMatch(/<body class="answers dark">/)
    expect(en.text).toContain(`/votes?embed=1&amp;lang=en&amp;theme=dark"`)
    const draft = await api<{ doc: { slug: string; id: number } }>('/api/quizzes?draft=true', {
      method: 'POST',
      token: admin,
      body: { title: `ຮ່າງ ${stamp}`, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    try {
      for (const path of [`/embed/quizzes/${draft.body.doc.slug}`, `/embed/polls/no-${stamp}`]) {
        const res = await get(path)
        expect([path, res.status]).toEqual([path, 404])
      }
    } finally {
      await api(`/api/quizzes/${draft.body.doc.id}`, { method: 'DELETE', token: admin })
    }
  })

  it("is framed by a partner's allowed origin only, as the players are", async () => {
    const origin = `https://answers-${stamp}.example.org`
    const partner = await api<{ doc: { id: number } }>('/api/partners', {
      method: 'POST',
      token: admin,
      body: { title: `Answers partner ${stamp}`, allowedEmbedOrigins: [{ origin }] },
    })
    expect(partner.status).toBe(201)
    try {
      const framed = await get(`/embed/quizzes/${QUIZ}`, { Referer: `${origin}/blog/post` })
      const ancestors = policy(framed.headers.get('content-security-policy'), 'frame-ancestors')
      expect(ancestors?.split(' ')).toEqual(["'self'", new URL(server().url).origin, origin])
      // Its own links and forms carry the framing origin: a page the embed opens inside the
      // frame has the embed as its Referer.
      expect(framed.text).toContain(`host=${encodeURIComponent(origin)}`)
      const self = new URL(server().url).origin
      const inside = await get(`/embed/quizzes/${QUIZ}?host=${encodeURIComponent(origin)}`, {
        Referer: `${self}/embed/quizzes/${QUIZ}`,
      })
      expect(policy(inside.headers.get('content-security-policy'), 'frame-ancestors')).toBe(
        `'self' ${self} ${origin}`,
      )
      // Neither way names a site no partner lists.
      const elsewhere = `https://elsewhere-${stamp}.example.org`
      for (const headers of [
        { Referer: `${elsewhere}/` },
        { Referer: `${self}/embed/quizzes/${QUIZ}` },
      ]) {
        const other = await get(
          `/embed/quizzes/${QUIZ}?host=${encodeURIComponent(elsewhere)}`,
          headers,
        )
        expect(policy(other.headers.get('content-security-policy'), 'frame-ancestors')).toBe(
          `'self' ${self}`,
        )
      }
    } finally {
      await api(`/api/partners/${partner.body.doc.id}`, { method: 'DELETE', token: admin })
    }
  })
})

describe('answering inside an embed', () => {
  it('sends a quiz form without script back to the embed with the score, kept by no one', async () => {
    const res = await apiFrom('127.0.0.91', `/api/quizzes/${QUIZ}/attempts?embed=1&lang=en`, {
      method: 'POST',
      body: 'q0=1&q1=0&q2=1&language=en',
      headers: FORM,
    })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toBe(`/embed/quizzes/${QUIZ}?lang=en&answers=1.0.1#answer`)
    const page = await get(location)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    expect(page.text.replace(/<wbr\/>/g, '')).toContain('You got 2 of 3 right')
    // "Try again" stays in the embed, in its language.
    expect(page.text).toContain(`href="/embed/quizzes/${QUIZ}?lang=en#quiz"`)
    // A refusal, even one made before the body is read, goes back to the embed too.
    const big = await apiFrom('127.0.0.91', `/api/quizzes/${QUIZ}/attempts?embed=1&lang=en`, {
      method: 'POST',
      body: `q0=1&pad=${'x'.repeat(5000)}`,
      headers: FORM,
    })
    expect([big.status, big.headers.get('location')]).toEqual([
      303,
      `/embed/quizzes/${QUIZ}?lang=en&error=too-big#answer`,
    ])
  })

  it('sends a poll form without script back to the embed, in its theme', async () => {
    const host = `https://answers-${stamp}.example.org`
    const res = await apiFrom(
      '127.0.0.92',
      `/api/polls/${POLL}/votes?embed=1&theme=dark&partner=unicef-lao&host=${encodeURIComponent(host)}`,
      { method: 'POST', body: 'option=0&language=lo', headers: FORM },
    )
    expect(res.status).toBe(303)
    // The partner and the framing origin are kept, for the counts and for the frame's policy.
    expect(res.headers.get('location')).toBe(
      `/embed/polls/${POLL}?partner=unicef-lao&theme=dark&host=${encodeURIComponent(host)}&voted=1#answer`,
    )
    const page = await get(res.headers.get('location')!)
    expect(page.text).toContain('class="answer-sent"')
    expect(page.text).toContain('class="poll-results"')
    // What is not an embed's option is dropped; without embed=1 it is the site's own form.
    const odd = await apiFrom(
      '127.0.0.92',
      `/api/polls/${POLL}/votes?embed=1&host=%2F%2Fevil.example&partner=Bad!&lang=xx`,
      { method: 'POST', body: 'option=0&language=en', headers: FORM },
    )
    expect(odd.headers.get('location')).toBe(`/embed/polls/${POLL}?voted=1#answer`)
    const plain = await apiFrom('127.0.0.92', `/api/polls/${POLL}/votes?embed=2`, {
      method: 'POST',
      body: 'option=0&language=lo',
      headers: FORM,
    })
    expect(plain.headers.get('location')).toBe(`/lo/polls/${POLL}?voted=1#answer`)
  })

  it('answers a sandboxed frame (origin "null"): the preflight, then the JSON answer', async () => {
    const preflight = await apiFrom('127.0.0.93', `/api/polls/${POLL}/votes`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'null',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type')
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    const vote = await apiFrom<{ ok?: boolean }>('127.0.0.93', `/api/polls/${POLL}/votes`, {
      method: 'POST',
      body: { option: 1, token: `embed-${stamp}-abcdefghijkl` },
      headers: { Origin: 'null' },
    })
    expect(vote.status).toBe(201)
    expect(vote.headers.get('access-control-allow-origin')).toBe('*')
    // A refusal is readable too, so that the frame can say why.
    const refused = await apiFrom<{ errors: { problem: string }[] }>(
      '127.0.0.93',
      `/api/quizzes/${QUIZ}/attempts`,
      { method: 'POST', body: { answers: [0] }, headers: { Origin: 'null' } },
    )
    expect([refused.status, refused.body.errors[0].problem]).toEqual([400, 'answers'])
    expect(refused.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('oEmbed and counts', () => {
  it('gives a quiz and a poll as rich embeds of their own size', async () => {
    for (const [path, type, height] of [
      [`/lo/quizzes/${QUIZ}`, 'quizzes', 560],
      [`/en/polls/${POLL}`, 'polls', 520],
    ] as const) {
      const res = await get(`/api/oembed?url=${encodeURIComponent(server().url + path)}`)
      expect(res.status).toBe(200)
      const body = JSON.parse(res.text) as Record<string, unknown>
      expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 480, height })
      expect(body.html).toContain(`src="${server().url}/embed/${type}/`)
      expect(body.html).toContain(`height="${height}"`)
      expect(body.html).not.toContain('allow=')
    }
    const small = await get(
      `/api/oembed?url=${encodeURIComponent(`${server().url}/lo/quizzes/${QUIZ}`)}&maxheight=300`,
    )
    expect(JSON.parse(small.text)).toMatchObject({ height: 300 })
  })

  it("counts an embed's load per partner, and refuses a play of something with no player", async () => {
    const partner = await api<{ doc: { id: number; slug: string } }>('/api/partners', {
      method: 'POST',
      token: admin,
      body: { title: `Quiz partner ${stamp}`, allowedEmbedOrigins: [] },
    })
    expect(partner.status).toBe(201)
    const beacon = (body: unknown) =>
      apiFrom('127.0.0.94', '/api/beacon', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      })
    try {
      const slug = partner.body.doc.slug
      expect(
        (await beacon({ type: 'quizzes', slug: QUIZ, event: 'load', partner: slug })).status,
      ).toBe(204)
      const play = await beacon({ type: 'polls', slug: POLL, event: 'play', partner: slug })
      expect(play.status).toBe(400)
      const counts = await api<{ docs: { slug: string; views: number; plays: number }[] }>(
        `/api/daily-counts?depth=0&where[partner][equals]=${partner.body.doc.id}`,
        { token: admin },
      )
      expect(counts.body.docs).toMatchObject([{ slug: QUIZ, views: 1, plays: 0 }])
    } finally {
      await api(`/api/partners/${partner.body.doc.id}`, { method: 'DELETE', token: admin })
    }
  })
})
