/**
 * Writing an import plan (./import.ts) as the user, all or nothing: inside one transaction where
 * the database has them (MongoDB on a replica set); elsewhere (SQLite, whose Payload adapter runs
 * without) each write done so far is undone when a later one fails.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { slugs } from '../collections/slugs'
import { sayFor } from '../i18n/admin'
import type { Plan } from './import'
import { ImportFileError } from './importCsv'

type Undo = () => Promise<unknown>

/** A write failed, and the import was undone: the row's line, with Payload's reason. */
export class ImportWriteError extends ImportFileError {}

export async function writePlan(req: PayloadRequest, plan: Plan): Promise<void> {
  const { payload, user } = req
  const asUser = { req, user, overrideAccess: false, depth: 0 } as const
  const collection = slugs.broadcasts
  const ours = await initTransaction(req)
  const undo: Undo[] = []
  let line = 0
  try {
    for (const row of plan.rows) {
      line = row.line
      const outcome = {
        status: row.status,
        airedAt: row.airedAt ?? null,
        ...(row.note ? { note: row.note } : {}),
      }
      if (row.action === 'create') {
        const doc = await payload.create({
          collection,
          data: {
            item: { relationTo: row.type, value: row.item.id as number },
            station: row.station.id as number,
            plannedAt: row.plannedAt,
            ...outcome,
          },
          ...asUser,
        })
        undo.push(() => payload.delete({ collection, id: doc.id, ...asUser }))
      } else if (row.action === 'update' && row.id !== undefined) {
        const id = row.id as number
        const old = plan.before.get(row.line)
        await payload.update({ collection, id, data: outcome, ...asUser })
        if (old)
          undo.push(() =>
            payload.update({
              collection,
              id,
              data: { status: old.status, airedAt: old.airedAt ?? null, note: old.note ?? null },
              ...asUser,
            }),
          )
      }
    }
    if (ours) await commitTransaction(req)
  } catch (err) {
    if (ours) await killTransaction(req)
    else
      for (const step of undo.reverse())
        await step().catch((e: unknown) =>
          payload.logger.error({ err: e, msg: '[import] could not undo a write' }),
        )
    const status = (err as { status?: number }).status ?? 500
    if (status >= 500) throw err
    const reason = err instanceof Error ? err.message : String(err)
    throw new ImportWriteError(
      status === 403 ? 403 : 400,
      sayFor(req)('importWriteFailed', { line, reason }),
    )
  }
}
