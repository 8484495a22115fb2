import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refuseMalformed } from '@/api/requestShape'
import { currentFlow, inNewFlow } from '@/db/flows'

const graphqlPost = GRAPHQL_POST(config)

/** A body that is not a JSON object is refused with 400 before the GraphQL server parses it. */
export async function POST(request: Request): Promise<Response> {
  return (
    (await refuseMalformed(request)) ??
    (currentFlow() ? graphqlPost(request) : inNewFlow(() => graphqlPost(request)))
  )
}
export const OPTIONS = REST_OPTIONS(config)
