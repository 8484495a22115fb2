'use client'
import { toast, useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { useCallback } from 'react'
import { useSay } from '@/i18n/useSay'
import { actionKeys, type WorkflowAction } from '@/workflow/states'

/**
 * Takes a review action from the edit view: the form is saved with the action, as Payload's own
 * Publish button saves it, so the edits not yet autosaved go with it, and the rules in
 * src/workflow decide. The form then holds the new status, and the header's status and the
 * review panel, which both read it there, change together. A toast says what was done; a
 * refusal is Payload's error toast with the server's message.
 */
export function useWorkflowAction() {
  const { id, collectionSlug, hasPublishedDoc, setHasPublishedDoc, setUnpublishedVersionCount } =
    useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const say = useSay()

  return useCallback(
    async (action: WorkflowAction, { comment = '', publish = false } = {}): Promise<boolean> => {
      if (!id || !collectionSlug) return false
      const query = new URLSearchParams({ depth: '0', 'fallback-locale': 'null', locale })
      if (!publish) query.set('draft', 'true')
      const result = await submit({
        action: `/api/${collectionSlug}/${id}?${query}`,
        method: 'PATCH',
        overrides: {
          workflowAction: action,
          workflowComment: comment,
          _status: publish ? 'published' : 'draft',
        },
        skipValidation: true,
        disableSuccessStatus: true,
      })
      if (!result?.res?.ok) return false
      if (publish) {
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      } else if (hasPublishedDoc) {
        setUnpublishedVersionCount((count) => count + 1)
      }
      toast.success(say(publish ? 'workflowDonePublish' : actionKeys[action].done))
      return true
    },
    [
      id,
      collectionSlug,
      locale,
      submit,
      hasPublishedDoc,
      setHasPublishedDoc,
      setUnpublishedVersionCount,
      say,
    ],
  )
}
