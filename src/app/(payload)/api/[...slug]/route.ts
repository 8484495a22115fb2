import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { refuseMalformed } from '@/api/requestShape'
import { currentFlow, inNewFlow } from '@/db/flows'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

/**
 * A malformed query or JSON body is refused with 400 before Payload sees it (src/api). Each
 * request is a flow for SQLite's one writer (src/db/flows.ts); `npm start`'s server makes every
 * request one, and this covers `next dev`.
 */
const checked =
  (handler: Handler): Handler =>
  async (request, context) =>
    (await refuseMalformed(request)) ??
    (currentFlow() ? handler(request, context) : inNewFlow(() => handler(request, context)))

const restGet = REST_GET(config)

/** A request that carries no credentials: no session cookie, no Authorization header. */
const anonymous = (request: Request) =>
  !request.headers.get('authorization') &&
  !/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Public reads answer any origin, so that partners' developers can use them from their own
 * pages: an anonymous GET gets `Access-Control-Allow-Origin: *` and never credentials. Signed-in
 * reads and every write keep Payload's same-origin rules (its `cors` setting).
 */
export const GET = checked(async (request, context) => {
  const response = await restGet(request, context)
  if (!anonymous(request) || !request.headers.get('origin')) return response
  const headers = new Headers(response.headers)
  headers.set('Access-Control-Allow-Origin', '*')
  headers.delete('Access-Control-Allow-Credentials')
  headers.append('Vary', 'Origin')
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
})
export const POST = checked(REST_POST(config))
export const DELETE = checked(REST_DELETE(config))
export const PATCH = checked(REST_PATCH(config))
export const PUT = checked(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
