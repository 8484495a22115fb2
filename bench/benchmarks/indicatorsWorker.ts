/**
 * Run by the `indicators` benchmark in its own process, on the scratch database of the server it
 * is about to start: a half-year (2025-H2) as a whole country's might be, written straight into
 * SQLite (through Payload it would take an hour): 200 stations across the 18 provinces, 20,000
 * broadcasts, 1,000,000 daily counts and their totals, with the demo's plan given targets for it.
 */
import { createClient, type InStatement } from '@libsql/client'
import { getPayload } from 'payload'
import config from '../../src/payload.config'
import { countTotalsBackfill } from '../../src/reach/countTotalsBackfill'

const PERIOD = '2025-H2'
const STATIONS = 200
const BROADCASTS = 20_000
const COUNTS = Number(process.env.INDICATORS_BENCH_COUNTS || 1_000_000)
const log = (msg: string) => process.stderr.write(`[indicators bench] ${msg}\n`)

const statuses = ['aired', 'aired', 'aired', 'moved', 'missed', 'planned']
const types = ['songs', 'episodes', 'radio-spots', 'tv-spots', 'news']
const sources = ['site', 'embed', 'podcast']

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const provinces = (
    await payload.find({ collection: 'provinces', limit: 0, depth: 0, pagination: false })
  ).docs.map((d) => d.id)
  const song = (await payload.find({ collection: 'songs', limit: 1, depth: 0 })).docs[0].id
  const indicators = (
    await payload.find({ collection: 'indicators', limit: 0, depth: 0, pagination: false })
  ).docs
  const db = createClient({ url: process.env.DATABASE_URI! })
  const now = new Date().toISOString()
  const started = performance.now()
  const batch = async (statements: InStatement[]) => {
    for (let i = 0; i < statements.length; i += 5000)
      await db.batch(statements.slice(i, i + 5000), 'write')
  }

  const stations: InStatement[] = []
  for (let s = 0; s < STATIONS; s++)
    stations.push(
      {
        sql: 'INSERT INTO stations (id, kind, province_id, updated_at, created_at) VALUES (?, ?, ?, ?, ?)',
        args: [100_000 + s, s % 3 ? 'radio' : 'tv', provinces[s % provinces.length], now, now],
      },
      {
        sql: 'INSERT INTO stations_locales (name, _locale, _parent_id) VALUES (?, ?, ?)',
        args: [`ສະຖານີ ${s}`, 'lo', 100_000 + s],
      },
    )
  await batch(stations)

  const broadcasts: InStatement[] = []
  const from = Date.parse('2025-07-01T00:00:00+07:00')
  for (let b = 0; b < BROADCASTS; b++) {
    const station = 100_000 + (b % STATIONS)
    const at = new Date(from + Math.floor(b / STATIONS) * 36 * 3600_000).toISOString()
    const status = statuses[b % statuses.length]
    const id = 1_000_000 + b
    broadcasts.push(
      {
        sql: 'INSERT INTO broadcasts (id, station_id, planned_at, status, aired_at, slot, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        args: [
          id,
          station,
          at,
          status,
          status === 'aired' || status === 'moved' ? at : null,
          `bench-${id}`,
          now,
          now,
        ],
      },
      {
        sql: 'INSERT INTO broadcasts_rels ("order", parent_id, path, songs_id) VALUES (1, ?, ?, ?)',
        args: [id, 'item', song],
      },
    )
  }
  await batch(broadcasts)

  // 184 days of counts: each row one item, source and day.
  const counts: InStatement[] = []
  const days = 184
  const perDay = Math.ceil(COUNTS / days)
  for (let c = 0; c < COUNTS; c++) {
    const day = new Date(Date.UTC(2025, 6, 1) + Math.floor(c / perDay) * 86_400_000)
    const item = c % perDay
    counts.push({
      sql: 'INSERT INTO daily_counts (day, type, slug, source, views, plays, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      args: [
        day.toISOString().slice(0, 10),
        types[item % types.length],
        `bench-item-${Math.floor(item / sources.length)}`,
        sources[item % sources.length],
        1 + (c % 7),
        c % 3,
        now,
        now,
      ],
    })
  }
  await batch(counts)
  // The totals the roll-up reads, as Siang keeps them when it counts (src/reach/counts.ts).
  await batch(countTotalsBackfill)

  // A target for every indicator, nationally and in every province.
  const targets: InStatement[] = []
  for (const indicator of indicators)
    for (const province of [null, ...provinces])
      targets.push({
        sql: 'INSERT INTO targets (indicator_id, province_id, period, target, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        args: [indicator.id, province, PERIOD, 100, now, now],
      })
  await batch(targets)
  log(
    `${STATIONS} stations, ${BROADCASTS} broadcasts, ${COUNTS} counts, ${targets.length} targets in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  console.log(JSON.stringify({ period: PERIOD, counts: COUNTS, broadcasts: BROADCASTS }))
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
