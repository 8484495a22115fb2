/**
 * The workflow's statuses, actions and rules, with nothing server-side: the admin's review panel
 * (src/components/admin/Workflow.tsx) uses the same rules to show its buttons.
 */
import { checkRole } from '../access/checkRole'
import type { SiangKey } from '../i18n/siang'
import { roleGroups, type Role } from '../lib/roles'

export const workflowStatuses = ['draft', 'in-review', 'changes-requested', 'approved'] as const
export type WorkflowStatus = (typeof workflowStatuses)[number]

export const workflowActions = ['submit', 'request-changes', 'approve'] as const
export type WorkflowAction = (typeof workflowActions)[number]

export const statusLabels: Record<WorkflowStatus, { en: string; lo: string }> = {
  draft: { en: 'Draft', lo: 'ສະບັບຮ່າງ' },
  'in-review': { en: 'In review', lo: 'ກຳລັງກວດ' },
  'changes-requested': { en: 'Changes requested', lo: 'ຂໍໃຫ້ແກ້ໄຂ' },
  approved: { en: 'Approved', lo: 'ອະນຸມັດແລ້ວ' },
}

/** The string keys (src/i18n/siang.ts) of each action: its button, its refusal, and its confirmation. */
export const actionKeys: Record<
  WorkflowAction,
  { button: SiangKey; refused: SiangKey; done: SiangKey }
> = {
  submit: {
    button: 'workflowActionSubmit',
    refused: 'workflowRefusedSubmit',
    done: 'workflowDoneSubmit',
  },
  'request-changes': {
    button: 'workflowActionRequestChanges',
    refused: 'workflowRefusedRequestChanges',
    done: 'workflowDoneRequestChanges',
  },
  approve: {
    button: 'workflowActionApprove',
    refused: 'workflowRefusedApprove',
    done: 'workflowDoneApprove',
  },
}

/** Who may take each action, and from which statuses. */
export const transitions: Record<
  WorkflowAction,
  { from: readonly WorkflowStatus[]; to: WorkflowStatus; roles: readonly Role[] }
> = {
  submit: {
    from: ['draft', 'changes-requested'],
    to: 'in-review',
    roles: roleGroups.authors,
  },
  'request-changes': {
    from: ['in-review', 'approved'],
    to: 'changes-requested',
    roles: roleGroups.publishers,
  },
  approve: { from: ['in-review'], to: 'approved', roles: roleGroups.publishers },
}

/** The actions this user can take on a document in this status (for the admin's buttons). */
export function actionsFor(
  status: WorkflowStatus,
  user: { roles?: readonly string[] | null } | null | undefined,
): WorkflowAction[] {
  return workflowActions.filter((a) => {
    const rule = transitions[a]
    return rule.from.includes(status) && checkRole(rule.roles, user)
  })
}

/** For the dashboard and the admin: the label of a status in a language. */
export const statusLabel = (status: string, language: string) =>
  statusLabels[status as WorkflowStatus]?.[language === 'lo' ? 'lo' : 'en'] ?? status
