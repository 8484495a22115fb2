/**
 * `/api/reach/summary` (JSON) and `/api/reach/export.csv`: the roll-up of src/reach/summary.ts;
 * `/api/reach/indicators`: the monitoring plan against it (src/reach/indicators), and
 * `/api/reach/indicators/provinces` the same province by province;
 * `/api/reach/export.xlsx`: both in one workbook (src/reach/workbook/). For the
 * signed-in user (cookie, JWT or API key, as Payload authenticates it). Refusals are in the
 * request's admin language (its `payload-lng` cookie or Accept-Language), else English.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { sayFor } from '../i18n/admin'
import { toCsv } from '../lib/csv'
import { isLocale, type Locale } from '../lib/locales'
import { ReachError } from './errors'
import { indicatorsReport } from './indicators'
import { indicatorsByProvince, planAndProvinces } from './indicators/byProvince'
import { peopleFigures, reachSummary, tallyFigures, type ReachSummary } from './summary'
import { reachWorkbook } from './workbook'

const noStore = { 'Cache-Control': 'private, no-store' }

type Asked = { period: string | null; province: string | null; locale: Locale }

/** What the request asks for: `period`, `province` (its ISO code) and `locale`. */
function askedIn(req: PayloadRequest): Asked {
  const q = new URL(req.url ?? '', 'http://x').searchParams
  const locale = q.get('locale') || 'lo'
  if (!isLocale(locale)) throw new ReachError(400, 'reachBadLocale')
  return { period: q.get('period'), province: q.get('province'), locale: locale as Locale }
}

const summaryFor = (req: PayloadRequest) => reachSummary(req.payload, req.user, askedIn(req))

/** The figures `make` works out for the request, as `ok` sends them; a refusal as JSON. */
async function answerWith<T>(
  req: PayloadRequest,
  make: (req: PayloadRequest) => Promise<T>,
  ok: (figures: T) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await ok(await make(req))
  } catch (err) {
    if (err instanceof ReachError)
      return Response.json(
        { errors: [{ message: err.in(sayFor(req)) }] },
        { status: err.status, headers: noStore },
      )
    throw err
  }
}

const columns = [
  'period',
  'section',
  'province',
  'station',
  'type',
  'slug',
  'title',
  'partner',
  'day',
  'group',
  'measure',
  'value',
] as const
type Row = Partial<Record<(typeof columns)[number], string | number | null>>

/** The summary as one long table: a row per figure, ready for a spreadsheet's pivot table. */
export function summaryRows(s: ReachSummary): Row[] {
  const rows: Row[] = []
  const put = (base: Row, figures: Record<string, unknown>, measures: readonly string[]) => {
    for (const measure of measures) {
      const value = figures[measure]
      if (value === null || value === undefined) continue
      rows.push({ ...base, measure, value: value as number })
    }
  }
  const tally = tallyFigures
  const people = peopleFigures
  const counted = ['views', 'plays'] as const
  for (const st of s.broadcasts.stations)
    put(
      { section: 'broadcasts', province: st.province, station: st.name, type: st.kind },
      st,
      tally,
    )
  put({ section: 'broadcasts', province: 'all' }, s.broadcasts.total, tally)
  for (const p of s.reached.provinces) {
    rows.push({
      section: 'reports',
      province: p.code,
      title: p.title,
      measure: 'status',
      value: p.status,
    })
    put({ section: 'reached', province: p.code, title: p.title }, p, people)
  }
  put({ section: 'reached', province: 'counted' }, s.reached.total, people)
  rows.push(...sexAgeRows(s.reached))
  for (const m of s.materials)
    rows.push({ section: 'materials', type: m.type, measure: 'count', value: m.count })
  for (const t of s.plays.byType) put({ section: 'plays-by-type', type: t.type }, t, counted)
  for (const i of s.plays.byItem)
    put({ section: 'plays-by-item', type: i.type, slug: i.slug, title: i.title }, i, counted)
  for (const d of s.plays.byDay) put({ section: 'plays-by-day', day: d.day }, d, counted)
  for (const p of s.embeds.partners)
    put({ section: 'embeds', partner: p.slug, title: p.title }, p, counted)
  put({ section: 'embeds', partner: 'none' }, s.embeds.unattributed, counted)
  rows.push(...answerRows(s.answers))
  return rows.map((r) => ({ period: s.period, ...r }))
}

/**
 * The counted reports' people by sex and age band, from the reports entered as that table, then
 * those entered before it, by sex and in the old bands: each section says how many reports it
 * rests on.
 */
function sexAgeRows({ bySexAge, oldBands }: ReachSummary['reached']): Row[] {
  const base = { section: 'reached-by-sex-age', province: 'counted' }
  const rows: Row[] = [{ ...base, measure: 'reports', value: bySexAge.reports }]
  for (const [sex, bands] of Object.entries(bySexAge.cells))
    for (const [band, value] of Object.entries(bands))
      rows.push({ ...base, group: sex, measure: band, value })
  const old = { section: 'reached-old-bands', province: 'counted' }
  rows.push({ ...old, measure: 'reports', value: oldBands.reports })
  for (const measure of peopleFigures)
    if (measure !== 'eventsHeld') rows.push({ ...old, measure, value: oldBands[measure] })
  return rows
}

const breakdowns = [
  ['byAgeBand', 'by-age-band'],
  ['bySex', 'by-sex'],
  ['byProvince', 'by-province'],
] as const

/** Quiz and poll figures as rows; "<5" stays as it is shown (the small-number rule). */
function answerRows({ quizzes, polls }: ReachSummary['answers']): Row[] {
  const rows: Row[] = []
  const row = (base: Row, measure: string, value: number | string | null) =>
    value !== null && rows.push({ ...base, measure, value })
  for (const q of quizzes) {
    const base = { section: 'quizzes', slug: q.slug, title: q.title }
    row(base, 'attempts', q.attempts)
    row(base, 'averageScore', q.averageScore)
    q.questions.forEach((question, i) =>
      row({ ...base, group: `question-${i + 1}` }, 'rightShare', question.rightShare),
    )
    for (const [by, name] of breakdowns)
      for (const g of q[by]) {
        const grouped = { ...base, section: `quizzes-${name}`, group: g.group }
        row(grouped, 'attempts', g.attempts)
        row(grouped, 'averageScore', g.averageScore)
      }
  }
  for (const p of polls) {
    const base = { section: 'polls', slug: p.slug, title: p.title }
    row(base, 'votes', p.votes)
    p.options.forEach((o, i) => {
      row({ ...base, group: `option-${i + 1}` }, 'votes', o.votes)
      row({ ...base, group: `option-${i + 1}` }, 'share', o.share)
    })
    for (const [by, name] of breakdowns)
      for (const g of p[by]) {
        const grouped = { ...base, section: `polls-${name}`, group: g.group }
        row(grouped, 'votes', g.votes)
        g.options.forEach((v, i) => row(grouped, `option-${i + 1}`, v))
      }
  }
  return rows
}

/** An export's file name: `siang-reach-2020-H1`, and the province when one was asked for. */
const fileName = (s: ReachSummary) =>
  ['siang-reach', s.period, s.scope.province].filter(Boolean).join('-')

export const reachEndpoints: Endpoint[] = [
  {
    path: '/reach/summary',
    method: 'get',
    handler: (req) => answerWith(req, summaryFor, (s) => Response.json(s, { headers: noStore })),
  },
  {
    path: '/reach/indicators',
    method: 'get',
    handler: (req) =>
      answerWith(
        req,
        (r) => indicatorsReport(r.payload, r.user, askedIn(r)),
        (report) => Response.json(report, { headers: noStore }),
      ),
  },
  {
    path: '/reach/indicators/provinces',
    method: 'get',
    handler: (req) =>
      answerWith(
        req,
        (r) => indicatorsByProvince(r.payload, r.user, askedIn(r)),
        (report) => Response.json(report, { headers: noStore }),
      ),
  },
  {
    path: '/reach/export.xlsx',
    method: 'get',
    handler: (req) =>
      answerWith(
        req,
        async (r) => {
          const summary = await summaryFor(r)
          const plan = await planAndProvinces(r.payload, r.user!, summary, askedIn(r).locale)
          return { summary, plan }
        },
        async ({ summary, plan }) =>
          new Response(new Uint8Array(await reachWorkbook(summary, plan.scope, plan.provinces)), {
            headers: {
              ...noStore,
              'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              'Content-Disposition': `attachment; filename="${fileName(summary)}.xlsx"`,
            },
          }),
      ),
  },
  {
    path: '/reach/export.csv',
    method: 'get',
    handler: (req) =>
      answerWith(req, summaryFor, (s) => {
        const csv = toCsv(summaryRows(s), columns)
        return new Response(csv, {
          headers: {
            ...noStore,
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${fileName(s)}.csv"`,
          },
        })
      }),
  },
]
