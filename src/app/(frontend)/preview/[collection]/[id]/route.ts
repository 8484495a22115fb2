import { answerPreview } from '@/preview/answer'

/**
 * A signed preview of a draft, for signed-in staff (src/preview): never cached, never kept by
 * Siang's server.
 */
export const dynamic = 'force-dynamic'

export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; id: string }> },
): Promise<Response> {
  const { collection, id } = await params
  return answerPreview(request, collection, id)
}
