'use client'
import { useAuth, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { anyKey } from '@/i18n/casts'
import { formatDate } from '@/i18n/dates'
import {
  actionKeys,
  actionsFor,
  statusLabel,
  type WorkflowAction,
  type WorkflowStatus,
} from '@/workflow/states'

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
 * comment for the author, and the history (who, when, what they said). Actions go through the
 * REST API like any write, so the same rules (src/workflow) decide.
 */
export function Workflow({ path }: { path: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { t: translate, i18n } = useTranslation()
  const t = anyKey(translate)
  const { value } = useField<WorkflowStatus>({ path })
  const [status, setStatus] = useState<WorkflowStatus>(value ?? 'draft')
  const [history, setHistory] = useState<Entry[]>([])
  const [comment, setComment] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const language = i18n.language

  useEffect(() => {
    if (!id || !collectionSlug) return
    let live = true
    fetch(
      `/api/${collectionSlug}/${id}?draft=true&depth=0&select[workflowStatus]=true&select[workflowHistory]=true`,
      { credentials: 'include' },
    )
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: { workflowStatus?: WorkflowStatus; workflowHistory?: Entry[] } | null) => {
        if (!live || !doc) return
        setStatus(doc.workflowStatus ?? 'draft')
        setHistory(doc.workflowHistory ?? [])
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [id, collectionSlug])

  async function act(action: WorkflowAction, publish = false) {
    setBusy(true)
    setError('')
    const res = await fetch(`/api/${collectionSlug}/${id}${publish ? '' : '?draft=true'}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        workflowAction: action,
        workflowComment: comment,
        ...(publish ? { _status: 'published' } : {}),
      }),
    })
    setBusy(false)
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as {
        errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
      }
      const first = body.errors?.[0]
      setError(
        t('siang:workflowFailed', {
          message: first?.data?.errors?.[0]?.message ?? first?.message ?? res.statusText,
        }),
      )
      return
    }
    setComment('')
    // The document (and its status) changed on the server: show it as it now is.
    window.location.reload()
  }

  const actions = actionsFor(status, user as { roles?: string[] } | null)
  const canPublish = actions.includes('approve')
  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="workflow">
      <div className="field-label">{t('siang:workflowTitle')}</div>
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
        <p className="field-description">{t('siang:workflowSaveFirst')}</p>
      ) : (
        actions.length > 0 && (
          <>
            <label className="field-label" htmlFor="siang-workflow-comment">
              {t('siang:workflowCommentLabel')}
            </label>
            <textarea
              id="siang-workflow-comment"
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              style={{ width: '100%' }}
            />
            <p className="field-description">{t('siang:workflowCommentHint')}</p>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  disabled={busy}
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => act(action)}
                >
                  {t(`siang:${actionKeys[action].button}`)}
                </button>
              ))}
              {canPublish && (
                <button
                  type="button"
                  disabled={busy}
                  className="btn btn--style-primary btn--size-small"
                  onClick={() => act('approve', true)}
                >
                  {t('siang:workflowApprovePublish')}
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
        {t('siang:workflowHistory')}
      </div>
      {history.length === 0 ? (
        <p className="field-description">{t('siang:workflowNoHistory')}</p>
      ) : (
        <ol data-testid="workflow-history" style={{ paddingLeft: 18 }}>
          {[...history].reverse().map((entry, i) => (
            <li key={entry.id ?? i} style={{ marginBottom: 8 }}>
              <strong>{statusLabel(entry.to, language)}</strong>{' '}
              <time dateTime={entry.at}>{formatDate(entry.at, language, 'dateTime')}</time>
              {entry.byName && <> · {t('siang:workflowBy', { name: entry.byName })}</>}
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
