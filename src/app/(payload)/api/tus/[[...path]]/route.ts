import { keptUploadReceipt, tusServer } from '@/media/tus'
import { withPieceChecksum } from '@/media/tusChecksum'
import { protocolRefusal, withMethodOverride, withProtocolHeaders } from '@/media/tusProtocol'

export const dynamic = 'force-dynamic'

/**
 * The tus protocol's requests (src/media/tus.ts). No GET of an upload's bytes: they are read back
 * only as the media document they become.
 */
async function handle(request: Request): Promise<Response> {
  const meant = withMethodOverride(request)
  const refused = protocolRefusal(meant)
  if (refused) return refused
  const server = await tusServer()
  return withProtocolHeaders(meant, await withPieceChecksum(meant, () => server.handleWeb(meant)))
}

/** Only a finished upload's receipt, for the media form's save: `/api/tus/{id}/receipt`. */
async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  const path = (await params).path ?? []
  if (path.length === 2 && path[1] === 'receipt') return keptUploadReceipt(request, path[0])
  return Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 })
}

export { GET, handle as POST, handle as PATCH, handle as HEAD, handle as DELETE, handle as OPTIONS }
