import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'
import { checkRole } from '../checkRole'
import { forbid } from '../forbid'
import { sayFor } from '../../i18n/admin'
import { roleGroups } from '../../lib/roles'
import { isProvincialOnly } from './ids'
import { assertAssignable, assertEditable, refusals } from './refusals'

type Live = { id: number | string; _status?: string | null; provinces?: unknown }

function mine(req: PayloadRequest): unknown {
  return (req.user as { provinces?: unknown } | null)?.provinces
}

async function liveDocs(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
): Promise<Live[]> {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    draft: false,
    req,
  })
  return docs as unknown as Live[]
}

/**
 * Provincial editors, before the operation runs: the operation's own `draft` flag and the live
 * documents decide. A write that is not a draft save writes the live document, so on published
 * work it would publish the change or unpublish it.
 */
export const scopeProvincialOperation: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!isProvincialOnly(req.user)) return args
  if (operation !== 'update' && operation !== 'restoreVersion' && operation !== 'delete')
    return args
  if (operation === 'delete') return args // delete access already refuses them
  const a = args as {
    id?: number | string
    where?: Where
    draft?: boolean
    data?: { _status?: string }
    unpublishAllLocales?: boolean
  }
  const say = sayFor(req)
  if (a.unpublishAllLocales) forbid(say(refusals.unpublish))
  if (a.data?._status === 'published') forbid(say(refusals.publish))

  const slug = collection.slug as CollectionSlug
  let where: Where | undefined = a.where
  if (operation === 'restoreVersion' && a.id !== undefined) {
    const version = await req.payload.findVersionByID({
      collection: slug,
      id: a.id as string,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!version) return args
    where = { id: { equals: version.parent as number | string } }
  } else if (a.id !== undefined) {
    where = { id: { equals: a.id } }
  }
  if (!where) return args
  for (const doc of await liveDocs(req, slug, where)) {
    assertEditable(doc, mine(req), say)
    if (!a.draft && doc._status === 'published') forbid(say(refusals.live))
  }
  return args
}

/**
 * Provincial editors, on every document written: never a published status, and the provinces
 * before (the newest version) and after the change are all theirs.
 */
export const enforceEditorialScope: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = req.user
  if (!user || checkRole(roleGroups.publishers, user)) return data
  const say = sayFor(req)
  if (!checkRole(roleGroups.provincialEditors, user)) forbid(say('refuseRole'))
  if (data._status === 'published') forbid(say(refusals.publish))
  if (operation === 'update') assertEditable(originalDoc, mine(req), say)
  assertAssignable(
    data.provinces !== undefined ? data.provinces : originalDoc?.provinces,
    mine(req),
    say,
  )
  return data
}
