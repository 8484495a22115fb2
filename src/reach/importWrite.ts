/**
 * Writing an import plan (./import.ts) as the user, all or nothing: inside one transaction, on
 * SQLite (src/db/oneWriter.ts) as on MongoDB. A crash part-way leaves nothing written.
 */
import type { PayloadRequest } from 'payload'
import { slugs } from '../lib/slugs'
import { inTransaction } from '../db/inTransaction'
import { sayFor } from '../i18n/admin'
import { ImportFileError } from './importCsv'
import type { Plan } from './types'

/** A write failed, and the import was undone: the row's line, with Payload's reason. */
export class ImportWriteError extends ImportFileError {}

export async function writePlan(req: PayloadRequest, plan: Plan): Promise<void> {
  const { payload, user } = req
  const asUser = { req, user, overrideAccess: false, depth: 0 } as const
  const collection = slugs.broadcasts
  let line = 0
  try {
    await inTransaction(req, async () => {
      for (const row of plan.rows) {
        line = row.line
        const outcome = {
          status: row.status,
          airedAt: row.airedAt ?? null,
          ...(row.note ? { note: row.note } : {}),
        }
        if (row.action === 'create')
          await payload.create({
            collection,
            data: {
              item: { relationTo: row.type, value: row.item.id as number },
              station: row.station.id as number,
              plannedAt: row.plannedAt,
              ...outcome,
            },
            ...asUser,
          })
        else if (row.action === 'update' && row.id !== undefined)
          await payload.update({ collection, id: row.id as number, data: outcome, ...asUser })
      }
    })
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500
    if (status >= 500) throw err
    const reason = err instanceof Error ? err.message : String(err)
    throw new ImportWriteError(
      status === 403 ? 403 : 400,
      sayFor(req)('importWriteFailed', { line, reason }),
    )
  }
}
