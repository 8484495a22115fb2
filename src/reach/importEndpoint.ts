/**
 * `POST /api/broadcasts/import`: a station log as CSV, the raw body (`text/csv`) or the form field
 * `file` (multipart). A dry run unless `?commit=true`. See docs/reach.md, "Importing a station's
 * broadcast log".
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { slugs } from '../lib/slugs'
import { sayFor } from '../i18n/admin'
import { importBroadcastLog, ImportFileError, IMPORT_MAX_BYTES } from './import'
import { tooLarge } from './importCsv'

const noStore = { 'Cache-Control': 'private, no-store' }
/** Room for the multipart boundaries and part headers around the file. */
const SLACK = 64 * 1024

/** The body, stopping as soon as it is larger than any file we would take. */
async function readBody(req: PayloadRequest): Promise<Uint8Array<ArrayBuffer>> {
  const cap = IMPORT_MAX_BYTES + SLACK
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > cap) throw tooLarge(sayFor(req), declared)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = (req.body as ReadableStream<Uint8Array> | null | undefined)?.getReader()
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > cap) {
      await reader.cancel()
      throw tooLarge(sayFor(req), size)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  chunks.reduce((at, chunk) => (body.set(chunk, at), at + chunk.byteLength), 0)
  return body
}

/** The CSV file's bytes, from either kind of body. */
async function csvFrom(req: PayloadRequest): Promise<Uint8Array> {
  const say = sayFor(req)
  const contentType = req.headers.get('content-type') ?? ''
  const type = contentType.split(';')[0].trim().toLowerCase()
  if (type === 'application/json' || type === 'application/x-www-form-urlencoded')
    throw new ImportFileError(415, say('importNoFile'))
  const body = await readBody(req)
  if (type === 'multipart/form-data') {
    const form = await new Response(body, { headers: { 'content-type': contentType } })
      .formData()
      .catch(() => null)
    const file = form?.get('file')
    if (typeof file === 'string') return Buffer.from(file)
    if (file) return new Uint8Array(await file.arrayBuffer())
    throw new ImportFileError(400, say('importNoFile'))
  }
  if (!body.byteLength) throw new ImportFileError(400, say('importNoFile'))
  return body
}

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: noStore })

export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const say = sayFor(req)
    if (!req.user) return refuse(401, say('importSignIn'))
    // The collection's own create rule decides who may import (a provincial editor: yes, for
    // its provinces' stations, which planning checks row by row).
    const may = await req.payload.collections[slugs.broadcasts].config.access.create({ req })
    if (!may) return refuse(403, say('importRefused'))
    const commit = new URL(req.url ?? '', 'http://x').searchParams.get('commit') === 'true'
    try {
      const result = await importBroadcastLog(req, await csvFrom(req), { commit })
      if (commit && result.rejected)
        return Response.json(
          { message: say('importHasErrors', { count: result.rejected }), ...result },
          { status: 400, headers: noStore },
        )
      const status = commit && result.created > 0 ? 201 : 200
      return Response.json(result, { status, headers: noStore })
    } catch (err) {
      if (err instanceof ImportFileError) return refuse(err.status, err.message)
      throw err
    }
  },
}
