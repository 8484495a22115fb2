'use client'
import {
  Button,
  PublishButton,
  useAuth,
  useDocumentInfo,
  useFormFields,
  useFormProcessing,
} from '@payloadcms/ui'
import { useSay } from '@/i18n/useSay'
import { actionsFor, type WorkflowStatus } from '@/workflow/states'
import { useWorkflowAction } from './useWorkflowAction'

/**
 * The edit view's primary button (admin.components.edit.PublishButton). Whoever may publish gets
 * Payload's Publish. Whoever may not (a provincial editor: src/access/authors) gets
 * "Send for review" when the work can be sent, and no Publish button.
 */
export function ReviewOrPublishButton() {
  const { id, hasPublishPermission } = useDocumentInfo()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value) as
    WorkflowStatus | undefined
  const processing = useFormProcessing()
  const act = useWorkflowAction()
  const say = useSay()
  if (hasPublishPermission) return <PublishButton />
  const canSubmit = actionsFor(status ?? 'draft', user as { roles?: string[] } | null).includes(
    'submit',
  )
  if (!id || !canSubmit) return null
  return (
    <Button
      buttonStyle="primary"
      size="medium"
      id="action-submit-review"
      disabled={processing}
      onClick={() => void act('submit')}
    >
      {say('workflowActionSubmit')}
    </Button>
  )
}
