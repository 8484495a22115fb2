import config from '@payload-config'
import { getPayload } from 'payload'
import { receiveVote } from '@/answers/votes'
import { answerPreflight } from '@/answers/read'
import { currentFlow, inNewFlow } from '@/db/flows'
import { decodedSegment } from '@/lib/urls'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** An anonymous poll vote (src/answers/votes.ts), in a flow of its own under `next dev`. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const slug = decodedSegment((await params).slug) ?? ''
  const receive = () => receiveVote(request, slug, () => getPayload({ config }))
  return currentFlow() ? receive() : inNewFlow(receive)
}

/** Before a JSON answer from an embed in a sandboxed frame (src/answers/read.ts). */
export const OPTIONS = answerPreflight
