/**
 * What the tus protocol (1.0.0) asks of a server before any upload is touched, where @tus/server
 * falls short of it:
 * - `X-HTTP-Method-Override` on a POST is the method meant, for networks that block PATCH and
 *   DELETE (core protocol);
 * - a `Tus-Resumable` this server does not speak gets 412 with the versions it does (`Tus-Version`);
 * - a PATCH whose body is not `application/offset+octet-stream` gets 415;
 * - an `Upload-Checksum` that cannot be checked gets 400, and OPTIONS names the algorithms that
 *   can (`Tus-Checksum-Algorithm`; the check itself is src/media/tusChecksum.ts).
 * Web Request and Response only.
 */
import { CHECKSUM_ALGORITHMS, pieceChecksum } from './tusChecksum'

export const TUS_VERSION = '1.0.0'

const OVERRIDABLE = new Set(['PATCH', 'DELETE', 'HEAD', 'OPTIONS'])

/** The request as the client meant it: a POST carrying `X-HTTP-Method-Override` becomes that method. */
export function withMethodOverride(request: Request): Request {
  const wanted = request.headers.get('x-http-method-override')?.trim().toUpperCase()
  if (request.method !== 'POST' || !wanted || !OVERRIDABLE.has(wanted)) return request
  const headers = new Headers(request.headers)
  headers.delete('x-http-method-override')
  const hasBody = wanted === 'PATCH'
  return new Request(request.url, {
    method: wanted,
    headers,
    body: hasBody ? request.body : undefined,
    signal: request.signal,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

const refuse = (status: number, message: string, extra: Record<string, string> = {}) =>
  new Response(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Tus-Resumable': TUS_VERSION,
      'Tus-Version': TUS_VERSION,
      ...extra,
    },
  })

/** Why the protocol refuses this request before any upload is read or written, or null. */
export function protocolRefusal(request: Request): Response | null {
  if (request.method === 'OPTIONS' || request.method === 'GET') return null
  const version = request.headers.get('tus-resumable')
  if (version && version.trim() !== TUS_VERSION)
    return refuse(412, `This server speaks tus ${TUS_VERSION} only, not ${version.trim()}.`)
  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase()
  if (request.method === 'PATCH' && type !== 'application/offset+octet-stream')
    return refuse(
      415,
      `A piece of an upload is sent as application/offset+octet-stream, not ${type || 'nothing'}.`,
    )
  const checksum = pieceChecksum(request)
  if (checksum && 'refusal' in checksum) return refuse(400, checksum.refusal)
  return null
}

/** The server's answer, with what the protocol asks of it and @tus/server leaves out. */
export function withProtocolHeaders(request: Request, response: Response): Response {
  // The tus server's own answer, whose headers are ours to change.
  if (request.method === 'OPTIONS')
    response.headers.set('Tus-Checksum-Algorithm', CHECKSUM_ALGORITHMS.join(','))
  return response
}
