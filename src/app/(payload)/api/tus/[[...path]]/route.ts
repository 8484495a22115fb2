import { tusServer } from '@/media/tus'

export const dynamic = 'force-dynamic'

/**
 * The tus protocol's requests (src/media/tus.ts). No GET: an upload's bytes are read back only
 * as the media document they become.
 */
async function handle(request: Request): Promise<Response> {
  return (await tusServer()).handleWeb(request)
}

export { handle as POST, handle as PATCH, handle as HEAD, handle as DELETE, handle as OPTIONS }
