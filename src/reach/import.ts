/**
 * Importing a station's broadcast log (CSV, read by ./importCsv.ts): each row checked and
 * planned as a create, an update or unchanged, then, on commit, written through the Local API as
 * the user, all or nothing. Re-importing a file changes nothing: a broadcast is known by its
 * station, item and planned time.
 */
import type { PayloadRequest } from 'payload'
import { isProvincialOnly, ownProvinceIds } from '../access/provinces'
import { broadcastSlot, type BroadcastStatus } from '../collections/Broadcasts/values'
import { slugs } from '../lib/slugs'
import { sayFor } from '../i18n/admin'
import { checkRow, lookups } from './importCheck'
import { readLog } from './importCsv'
import { writePlan } from './importWrite'
import type { Id, ImportResult, Plan, PlannedRow, RowError } from './types'

export { ImportFileError, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from './importCsv'

type Logged = { id: Id; status: BroadcastStatus; airedAt?: string | null; note?: string | null }

const keyOf = broadcastSlot

/** The broadcasts already logged for these stations between the first and last planned time. */
async function alreadyLogged(req: PayloadRequest, rows: Omit<PlannedRow, 'action'>[]) {
  const logged = new Map<string, Logged>()
  if (!rows.length) return logged
  const times = rows.map((r) => r.plannedAt).sort()
  const { docs } = await req.payload.find({
    collection: slugs.broadcasts,
    where: {
      station: { in: [...new Set(rows.map((r) => r.station.id))] },
      plannedAt: { greater_than_equal: times[0], less_than_equal: times[times.length - 1] },
    },
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  })
  for (const b of docs) {
    const station = typeof b.station === 'object' ? b.station.id : b.station
    const item = b.item.value
    const itemId = typeof item === 'object' ? item.id : item
    const at = new Date(b.plannedAt).toISOString()
    logged.set(keyOf(station, b.item.relationTo, itemId, at), b as Logged)
  }
  return logged
}

const sameInstant = (a?: string | null, b?: string | null) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * What importing `input` would do, for `req.user`: every row planned or refused. Throws
 * ImportFileError when the file as a whole cannot be read.
 */
export async function planImport(req: PayloadRequest, input: string | Uint8Array): Promise<Plan> {
  const say = sayFor(req)
  const rows = readLog(input, say)
  const found = await lookups(req, rows)
  const mine = isProvincialOnly(req.user) ? ownProvinceIds(req.user) : null
  const errors: RowError[] = []
  const checked: (Omit<PlannedRow, 'action'> & { key: string })[] = []
  const firstLine = new Map<string, number>()
  for (const row of rows) {
    const result = checkRow(row, found, mine, say)
    if (Array.isArray(result)) {
      errors.push(...result.map((message) => ({ line: row.line, message })))
      continue
    }
    const key = keyOf(result.station.id, result.type, result.item.id, result.plannedAt)
    const earlier = firstLine.get(key)
    if (earlier !== undefined) {
      errors.push({ line: row.line, message: say('importDuplicate', { line: earlier }) })
      continue
    }
    firstLine.set(key, row.line)
    checked.push({ line: row.line, key, ...result })
  }

  const logged = await alreadyLogged(req, checked)
  const planned = checked.map(({ key, ...row }): PlannedRow => {
    const old = logged.get(key)
    if (!old) return { ...row, action: 'create' }
    const same =
      old.status === row.status &&
      sameInstant(old.airedAt, row.airedAt) &&
      // An empty note leaves the logged one as it is: notes are often added in the admin.
      (!row.note || row.note === old.note)
    return { ...row, id: old.id, action: same ? 'unchanged' : 'update' }
  })
  return { rows: planned, errors }
}

/**
 * Imports a station log for `req.user`: a dry run unless `commit`. A commit with any rejected row
 * writes nothing; a write that fails midway is undone (./importWrite.ts).
 */
export async function importBroadcastLog(
  req: PayloadRequest,
  input: string | Uint8Array,
  { commit = false }: { commit?: boolean } = {},
): Promise<ImportResult> {
  const plan = await planImport(req, input)
  const count = (action: PlannedRow['action']) =>
    plan.rows.filter((r) => r.action === action).length
  const rejected = new Set(plan.errors.map((e) => e.line)).size
  // A refused commit wrote nothing, and says so; a dry run says what a commit would write.
  const refused = commit && rejected > 0
  if (commit && !refused) await writePlan(req, plan)
  return {
    dryRun: !commit,
    created: refused ? 0 : count('create'),
    updated: refused ? 0 : count('update'),
    unchanged: count('unchanged'),
    rejected,
    rows: plan.rows,
    errors: plan.errors,
  }
}
