import config from '@payload-config'
import { getPayload } from 'payload'
import { currentFlow, inNewFlow } from '@/db/flows'
import { receiveQuestion } from '@/help/receive'
import * as rest from '../[...slug]/route'

export const dynamic = 'force-dynamic'

const receive = (request: Request) => receiveQuestion(request, () => getPayload({ config }))

/**
 * POST is Siang's own: an anonymous question (src/help/receive.ts), a flow of its own for SQLite's
 * one writer under `next dev` too. Every other method is Payload's REST on `questions` (staff
 * lists and bulk edits in the admin), which this route would otherwise hide from the catch-all.
 */
export const POST = (request: Request) =>
  currentFlow() ? receive(request) : inNewFlow(() => receive(request))

const context = { params: Promise.resolve({ slug: ['questions'] }) }
export const GET = (request: Request) => rest.GET(request, context)
export const PATCH = (request: Request) => rest.PATCH(request, context)
export const DELETE = (request: Request) => rest.DELETE(request, context)
export const PUT = (request: Request) => rest.PUT(request, context)
export const OPTIONS = (request: Request) => rest.OPTIONS(request, context)
