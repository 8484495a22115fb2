/**
 * The editorial workflow, beside Payload's own `_status` (draft or published):
 *
 *   draft ──submit──▶ in-review ──approve──▶ approved ──(publish, now or scheduled)
 *     ▲                  │
 *     │            request changes (with a comment)
 *     │                  ▼
 *     └──────── changes-requested ──submit──▶ in-review
 *
 * A status never changes by being written: a write names an action (`workflowAction`, with an
 * optional `workflowComment`), and the hook here checks it against the user's roles, moves the
 * status and records who, when and why in `workflowHistory`. Publishing counts as approval. A
 * provincial editor who changes approved work sends it back to draft.
 */
import type { CollectionBeforeChangeHook, Field, FieldAccess, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { checkRole } from '../access/checkRole'
import { writtenBySiangOnly } from '../access/fieldAccess'
import { forbid } from '../access/forbid'
import { isProvincialOnly } from '../access/provinces'
import { sayFor } from '../i18n/admin'
import { roleGroups } from '../lib/roles'
import {
  actionKeys,
  statusLabel,
  statusLabels,
  transitions,
  workflowActions,
  workflowStatuses,
  type WorkflowAction,
  type WorkflowStatus,
} from './states'

export * from './states'

type HistoryEntry = {
  from: WorkflowStatus
  to: WorkflowStatus
  by?: number | string | null
  byName?: string | null
  at: string
  comment?: string | null
}

/** Only staff see the workflow: the public API never shows who reviewed what. */
const staffOnly: FieldAccess = ({ req }) => checkRole(roleGroups.staff, req.user)

const statusField: Field = {
  name: 'workflowStatus',
  type: 'select',
  defaultValue: 'draft',
  index: true,
  options: workflowStatuses.map((value) => ({ value, label: statusLabels[value] })),
  label: { en: 'Review status', lo: 'ສະຖານະການກວດ' },
  access: { read: staffOnly, ...writtenBySiangOnly },
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: { Field: '/components/admin/Workflow#Workflow' },
  },
}

/** The workflow's fields: the status (with its panel in the sidebar), the history, the action. */
export const workflowFields: Field[] = [
  statusField,
  {
    name: 'workflowHistory',
    type: 'array',
    label: { en: 'Review history', lo: 'ປະຫວັດການກວດ' },
    access: { read: staffOnly, ...writtenBySiangOnly },
    admin: { hidden: true },
    fields: [
      { name: 'from', type: 'select', options: [...workflowStatuses] },
      { name: 'to', type: 'select', options: [...workflowStatuses], required: true },
      { name: 'by', type: 'relationship', relationTo: 'users' },
      // The name as it was then: the history reads the same if the account changes or goes.
      { name: 'byName', type: 'text' },
      { name: 'at', type: 'date', required: true },
      { name: 'comment', type: 'textarea' },
    ],
  },
  {
    name: 'workflowAction',
    type: 'select',
    virtual: true,
    options: [...workflowActions],
    admin: { hidden: true },
  },
  { name: 'workflowComment', type: 'textarea', virtual: true, admin: { hidden: true } },
]

const MAX_COMMENT = 2000

const invalid = (
  req: PayloadRequest,
  collection: string,
  path: string,
  message: string,
): ValidationError => new ValidationError({ collection, errors: [{ path, message }] }, req.t)

/**
 * Moves the status by the action a write names, records it, and keeps both fields out of
 * clients' hands otherwise. Runs after the editorial scope checks (who may write at all).
 */
export const runWorkflow: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const before = ((operation === 'update' && originalDoc?.workflowStatus) ||
    'draft') as WorkflowStatus
  const history = (
    operation === 'update' ? (originalDoc?.workflowHistory ?? []) : []
  ) as HistoryEntry[]
  const action = data.workflowAction as WorkflowAction | null | undefined
  const comment = typeof data.workflowComment === 'string' ? data.workflowComment.trim() : ''
  delete data.workflowAction
  delete data.workflowComment
  const user = req.user as { id?: number | string; name?: string | null; email?: string } | null
  const by = user?.id ?? null
  const byName = user ? user.name || user.email || null : null
  const at = new Date().toISOString()
  let after = before

  if (action) {
    const say = sayFor(req)
    const rule = transitions[action]
    if (!rule) throw invalid(req, collection.slug, 'workflowAction', say('workflowUnknownAction'))
    if (!checkRole(rule.roles, req.user)) forbid(say(actionKeys[action].refused))
    if (!rule.from.includes(before))
      throw invalid(
        req,
        collection.slug,
        'workflowAction',
        say('workflowWrongStatus', { status: statusLabel(before, req.i18n?.language ?? 'en') }),
      )
    if (action === 'request-changes' && !comment)
      throw invalid(req, collection.slug, 'workflowComment', say('workflowCommentRequired'))
    after = rule.to
  } else if (before === 'approved' && isProvincialOnly(req.user)) {
    // Approved work changed by its author goes back for review.
    after = 'draft'
  }
  // Publishing, by a publisher now or by the scheduled job later, is approval.
  if (data._status === 'published') after = 'approved'

  data.workflowStatus = after
  data.workflowHistory =
    after !== before || (action && comment)
      ? [
          ...history,
          {
            from: before,
            to: after,
            by,
            byName,
            at,
            comment: comment.slice(0, MAX_COMMENT) || null,
          },
        ]
      : history
  return data
}
