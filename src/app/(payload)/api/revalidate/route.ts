import config from '@payload-config'
import { revalidateTag } from 'next/cache'
import { expireKeptPages } from '@/lib/keptPages'
import { getPayload } from 'payload'
import { refreshFromTags } from '@/search/instance'
import { isRevalidationAuthorized } from '@/site/freshness'
import { isSiteTag } from '@/site/tags'

export const dynamic = 'force-dynamic'

const MAX_TAGS = 500

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST {"tags": ["siang:songs", …]} with `Authorization: Bearer <token>`: expires those cache
 * tags on this instance, and reads the named documents into its search index again. Called by Siang's own processes (scripts, other instances, the job
 * runner) after they write; the token is derived from PAYLOAD_SECRET (src/site/freshness.ts).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isRevalidationAuthorized(request.headers.get('authorization')))
    return answer(401, { errors: [{ message: 'A valid revalidation token is required.' }] })
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return answer(400, { errors: [{ message: 'The body must be JSON: {"tags": ["siang:…"]}.' }] })
  }
  const list = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(list) || !list.length || list.length > MAX_TAGS || !list.every(isSiteTag))
    return answer(400, {
      errors: [
        {
          message: `"tags" must be a list of 1 to ${MAX_TAGS} site cache tags, each starting with "siang:".`,
        },
      ],
    })
  for (const tag of new Set(list)) revalidateTag(tag, { expire: 0 })
  expireKeptPages([...new Set(list)])
  await refreshFromTags(list, await getPayload({ config }))
  return answer(200, { revalidated: list.length })
}
