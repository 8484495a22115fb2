/**
 * Class: bad input is never a 500. Every kind of route (pages, embeds, feeds, the REST API,
 * GraphQL, Siang's own endpoints, uploads) gets broken %-escapes in its path and query, huge
 * values, values of the wrong type and missing fields. Each answer must be a clear refusal or an
 * ordinary answer: never a 5xx, never a dropped connection.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, server } from '../helpers/http'

let admin: string

beforeAll(async () => {
  admin = await adminLogin()
})

const pages = [
  '/lo',
  '/en/songs',
  '/lo/songs/call-1300',
  '/lo/dramas/the-job-offer/the-job-offer-1',
  '/lo/news',
  '/lo/search',
  '/embed/songs/call-1300',
  '/feeds/lo/songs.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/admin/login',
  '/r/1300',
  '/preview/songs/1',
]
const apis = [
  '/api/health',
  '/api/oembed',
  '/api/search',
  '/api/songs',
  '/api/songs/1',
  '/api/globals/site-settings',
  '/api/media/file/cover.png',
  '/api/reach/summary',
  '/api/reach/export.csv',
  '/api/tus/0123456789abcdef',
  '/api/daily-counts',
  '/api/period-counts',
  '/api/day-counts',
  '/api/reach/indicators',
  '/api/reach/indicators/provinces',
  '/api/redirects',
]

const brokenEscapes = ['%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80']
const huge = 'ວ'.repeat(3000)
const wrongTypes = [
  'limit=abc&depth=-1&page=1e999',
  'where[title][equals][0][1]=x&sort=-nope&locale=xx&draft=maybe',
  'url=javascript:alert(1)&maxwidth=-5&maxheight=NaN&format=yaml',
  'q[]=a&q[]=b&type=1&limit=99999999999999999999',
  'period=2020-H9&province[]=LA-SV&locale=all',
]

type Probe = { method: string; path: string; body?: string; headers?: Record<string, string> }

async function answer(
  { method, path, body, headers = {} }: Probe,
  token?: string,
): Promise<number> {
  const res = await fetch(server().url + path, {
    method,
    body,
    redirect: 'manual',
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
  })
  await res.arrayBuffer()
  return res.status
}

/** Runs the probes anonymously and as the admin; returns those that got a 5xx. */
async function serverErrors(probes: Probe[]): Promise<string[]> {
  const failed: string[] = []
  for (const probe of probes)
    for (const token of [undefined, admin]) {
      const status = await answer(probe, token).catch(
        (err: Error) => `dropped: ${err.message}` as const,
      )
      // oEmbed's own answer for a format it does not offer (oEmbed 1.0, section 2.3.4).
      const oembedFormat = status === 501 && probe.path.startsWith('/api/oembed')
      if (typeof status !== 'number' || (status >= 500 && !oembedFormat))
        failed.push(
          `${probe.method} ${probe.path.slice(0, 120)}${token ? ' (admin)' : ''} → ${status}`,
        )
    }
  return failed
}

describe('bad input is never a 500, on any route', () => {
  it('broken %-escapes in the path or the query give 400', async () => {
    const probes = [...pages, ...apis].flatMap((route) =>
      brokenEscapes.flatMap((bad) => [
        { method: 'GET', path: `${route}/${bad}` },
        { method: 'GET', path: `${route}?q=${bad}&url=${bad}&slug=${bad}` },
      ]),
    )
    expect(await serverErrors(probes)).toEqual([])
    expect(await answer({ method: 'GET', path: '/embed/songs/%E0%A4%A' })).toBe(400)
    expect(await answer({ method: 'GET', path: '/api/oembed?url=%E0%A4%A' })).toBe(400)
  }, 120_000)

  it('huge values and values of the wrong type in the query', async () => {
    const probes = [...pages, ...apis].flatMap((route) => [
      {
        method: 'GET',
        path: `${route}?q=${encodeURIComponent(huge)}&url=${encodeURIComponent(huge)}`,
      },
      { method: 'GET', path: `${route}/${encodeURIComponent(huge.slice(0, 600))}` },
      ...wrongTypes.map((query) => ({ method: 'GET', path: `${route}?${query}` })),
    ])
    expect(await serverErrors(probes)).toEqual([])
  }, 120_000)

  it('bodies of the wrong type, broken, empty or missing fields, to every endpoint that takes one', async () => {
    const json = { 'Content-Type': 'application/json' }
    const bodies = [
      '',
      'null',
      '[]',
      '"text"',
      '42',
      '{"type":[],"slug":{},"event":1}',
      '{',
      `{"q":"${'x'.repeat(50_000)}"}`,
    ]
    const endpoints: Probe[] = [
      { method: 'POST', path: '/api/beacon', headers: { 'Content-Type': 'text/plain' } },
      { method: 'POST', path: '/api/users/login', headers: json },
      { method: 'POST', path: '/api/users/forgot-password', headers: json },
      { method: 'POST', path: '/api/graphql', headers: json },
      { method: 'POST', path: '/api/songs', headers: json },
      { method: 'PATCH', path: '/api/songs/1', headers: json },
      { method: 'POST', path: '/api/revalidate', headers: json },
      { method: 'POST', path: '/api/broadcasts/import', headers: { 'Content-Type': 'text/csv' } },
      {
        method: 'POST',
        path: '/api/media',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
      },
      {
        method: 'POST',
        path: '/api/tus',
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '-1' },
      },
      {
        method: 'POST',
        path: '/api/tus',
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': 'abc', 'Upload-Metadata': '%%%' },
      },
      {
        method: 'PATCH',
        path: '/api/tus/nope',
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': 'x' },
      },
    ]
    const probes = endpoints.flatMap((e) => bodies.map((body) => ({ ...e, body })))
    expect(await serverErrors(probes)).toEqual([])
  }, 120_000)
})
