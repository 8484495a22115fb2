'use client'
import {
  useAuth,
  useDocumentInfo,
  useField,
  useFormProcessing,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { useSay } from '@/i18n/useSay'
import { formatDate } from '@/i18n/dates'
import {
  actionKeys,
  actionsFor,
  statusLabel,
  type WorkflowAction,
  type WorkflowStatus,
} from '@/workflow/states'
import { useWorkflowAction } from './useWorkflowAction'

type Entry = {
  id?: string
  from?: WorkflowStatus | null
  to: WorkflowStatus
  byName?: string | null
  at: string
  comment?: string | null
}

const tones: Record<WorkflowStatus, string> = {
  draft: '#6b7280',
  'in-review': '#b45309',
  'changes-requested': '#b91c1c',
  approved: '#15803d',
}

/**
 * The review panel in the edit view's sidebar: the status, the actions this user may take, a
 * comment for the author, and the history (who, when, what they said). Actions save the form
 * (./useWorkflowAction), so the same rules (src/workflow) decide.
 */
export function Workflow({ path }: { path: string }) {
  const { id, collectionSlug, hasPublishPermission } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const say = useSay()
  // The form's value, which a review action replaces with the server's: the header shows it too.
  const { value } = useField<WorkflowStatus>({ path })
  const status = value ?? 'draft'
  const processing = useFormProcessing()
  const act = useWorkflowAction()
  const [history, setHistory] = useState<Entry[]>([])
  const [comment, setComment] = useState('')
  const [error, setError] = useState('')
  const language = i18n.language

  useEffect(() => {
    if (!id || !collectionSlug) return
    let live = true
    fetch(`/api/${collectionSlug}/${id}?draft=true&depth=0&select[workflowHistory]=true`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: { workflowHistory?: Entry[] } | null) => {
        if (live && doc) setHistory(doc.workflowHistory ?? [])
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [id, collectionSlug, status])

  async function take(action: WorkflowAction, publish = false) {
    // Said here at once; the server refuses it too (src/workflow).
    if (action === 'request-changes' && !comment.trim()) {
      setError(say('workflowCommentRequired'))
      return
    }
    setError('')
    if (await act(action, { comment, publish })) setComment('')
  }

  const actions = actionsFor(status, user as { roles?: string[] } | null)
  const canPublish = actions.includes('approve')
  // Whoever may not publish has no Publish button: sending for review is their main step.
  const primary = (action: WorkflowAction) => action === 'submit' && !hasPublishPermission
  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="workflow">
      <div className="field-label">{say('workflowTitle')}</div>
      <p>
        <span
          data-testid="workflow-status"
          style={{
            display: 'inline-block',
            padding: '2px 10px',
            borderRadius: 12,
            color: '#fff',
            background: tones[status],
          }}
        >
          {statusLabel(status, language)}
        </span>
      </p>
      {!id ? (
        <p className="field-description">{say('workflowSaveFirst')}</p>
      ) : (
        actions.length > 0 && (
          <>
            <label className="field-label" htmlFor="siang-workflow-comment">
              {say('workflowCommentLabel')}
            </label>
            <textarea
              id="siang-workflow-comment"
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              style={{ width: '100%' }}
            />
            <p className="field-description">{say('workflowCommentHint')}</p>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  disabled={processing}
                  className={`btn btn--style-${primary(action) ? 'primary' : 'secondary'} btn--size-small`}
                  onClick={() => void take(action)}
                >
                  {say(actionKeys[action].button)}
                </button>
              ))}
              {canPublish && (
                <button
                  type="button"
                  disabled={processing}
                  className="btn btn--style-primary btn--size-small"
                  onClick={() => void take('approve', true)}
                >
                  {say('workflowApprovePublish')}
                </button>
              )}
            </div>
          </>
        )
      )}
      {error && (
        <p role="alert" style={{ color: '#b91c1c' }}>
          {error}
        </p>
      )}
      <div className="field-label" style={{ marginTop: 16 }}>
        {say('workflowHistory')}
      </div>
      {history.length === 0 ? (
        <p className="field-description">{say('workflowNoHistory')}</p>
      ) : (
        <ol data-testid="workflow-history" style={{ paddingLeft: 18 }}>
          {[...history].reverse().map((entry, i) => (
            <li key={entry.id ?? i} style={{ marginBottom: 8 }}>
              <strong>{statusLabel(entry.to, language)}</strong>{' '}
              <time dateTime={entry.at}>{formatDate(entry.at, language, 'dateTime')}</time>
              {entry.byName && <> · {say('workflowBy', { name: entry.byName })}</>}
              {entry.comment && (
                <blockquote style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {entry.comment}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
