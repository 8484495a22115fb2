/** The shapes of a broadcast-log import, shared by its planning, checking and writing steps. */
import type { Airable, BroadcastStatus } from '../collections/Broadcasts/values'

export type Id = number | string

export type PlannedRow = {
  line: number
  action: 'create' | 'update' | 'unchanged'
  /** The broadcast already logged, for an update or an unchanged row. */
  id?: Id
  station: { id: Id; name: string }
  type: Airable
  item: { id: Id; slug: string }
  plannedAt: string
  status: BroadcastStatus
  airedAt?: string
  note?: string
}
export type RowError = { line: number; message: string }

export type ImportResult = {
  dryRun: boolean
  created: number
  updated: number
  unchanged: number
  rejected: number
  rows: PlannedRow[]
  errors: RowError[]
}

/** Every row of a file planned or refused: what a dry run shows and a commit writes. */
export type Plan = { rows: PlannedRow[]; errors: RowError[] }
