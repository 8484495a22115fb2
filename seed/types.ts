/** What every seeding step is handed: Payload, the request context, the counts, the log. */
import type { Payload } from 'payload'

type Counts = { created: number; skipped: number; deleted: number }

export type Run = {
  payload: Payload
  context: Record<string, unknown>
  counts: Counts
  log: (line: string) => void
}
