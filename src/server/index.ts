/**
 * Siang's HTTP server, which `npm start` runs in front of Next (a custom server): every request
 * gets the client's address worked out from the socket (src/lib/clientAddress.ts), addresses with
 * broken %-escapes are refused before any route sees them, public pages are answered from memory
 * while nothing they show has changed (src/server/keptAnswers.ts), and the admin gets a fresh
 * script nonce in every response (src/server/nonces.ts). Next does the rest.
 */
import http from 'node:http'
import { resolve } from 'node:path'
import next from 'next'
import { inNewFlow } from '../db/flows'
import { onPagesExpired } from '../lib/keptPages'
import { isPublicRequest, KeptAnswers } from './keptAnswers'
import { requestPath } from './encoding'
import { decodes, prepare } from './requests'
import { withFreshNonce } from './nonces'
import { MEDIA_FILES, sendsNamedFile, sentByProxy } from './sendFile'
import { resolveMediaDir } from '../lib/env'

/**
 * Kept pages: a page is some 10–60 KB and is kept twice (plain and gzip), so this holds a few
 * thousand. Past 30 s a page is made again, the safety net behind expiry by tags
 * (REVALIDATE_SECONDS in src/site/data.ts).
 */
const PAGES = { maxBytes: 64 * 1024 * 1024, maxAgeMs: 30_000 }

export type ServeOptions = { dir: string; port: number; hops: number; standIn: string }

function badAddress(req: http.IncomingMessage, res: http.ServerResponse): void {
  const message =
    'The address is not a path on this server, or has a broken %-escape (a % not followed by two hex digits of valid UTF-8).'
  const api = (req.url ?? '').startsWith('/api/')
  res.statusCode = 400
  res.setHeader('Content-Type', api ? 'application/json' : 'text/plain; charset=utf-8')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.end(api ? JSON.stringify({ errors: [{ message }] }) : `Bad request. ${message}\n`)
}

export async function serve({ dir, port, hops, standIn }: ServeOptions): Promise<http.Server> {
  const app = next({ dev: false, dir, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const kept = new KeptAnswers(PAGES)
  // As the media collection has it (its staticDir).
  const mediaDir = resolve(process.cwd(), resolveMediaDir())
  onPagesExpired((tags) => kept.expire(tags))
  // Each request is a flow of its own for SQLite's one writer (src/db/flows.ts).
  const toNext = (req: http.IncomingMessage, res: http.ServerResponse) =>
    void inNewFlow(() => handle(req, res))
  const server = http.createServer((req, res) => {
    const path = requestPath(req)
    if (!path || !decodes(req.url ?? '/')) return badAddress(req, res)
    const { page, gzip } = prepare(req, path, hops, standIn)
    if (isPublicRequest(req, path)) return kept.answer(req, res, path, () => toNext(req, res))
    if (path.pathname.startsWith(MEDIA_FILES) && !sentByProxy(req))
      sendsNamedFile(req, res, mediaDir)
    if (page) withFreshNonce(res, standIn, gzip)
    toNext(req, res)
  })
  // Idle connections stay open longer than a client keeps them for reuse (nginx's upstream
  // keepalive, 60 s): with Node's 5 s, a proxy could send a request on a connection the server
  // was closing that very moment, and get "other side closed" (seen once in CI).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve())
  })
  return server
}
