import config from '@payload-config'
import { getPayload } from 'payload'
import { engineName } from '@/db'
import { databaseKind, resolveDatabaseURI } from '@/lib/env'
import pkg from '../../../../../package.json'
import { slugs } from '@/lib/slugs'

export const dynamic = 'force-dynamic'

const db = engineName(databaseKind(resolveDatabaseURI()))

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
  ])
}

/** 200 when the database answers, 503 otherwise. Never cached. */
export async function GET(): Promise<Response> {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    const payload = await withTimeout(getPayload({ config }), 5000)
    await withTimeout(payload.count({ collection: slugs.provinces, overrideAccess: true }), 5000)
    return Response.json({ ok: true, db, version: pkg.version }, { headers })
  } catch (err) {
    console.error('[health] database check failed:', err)
    return Response.json(
      { ok: false, db, version: pkg.version, error: 'The database did not answer.' },
      { status: 503, headers },
    )
  }
}
