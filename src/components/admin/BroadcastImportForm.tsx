'use client'
import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { useSay } from '@/i18n/useSay'
import { formatDate } from '@/i18n/dates'
import type { SiangKey } from '@/i18n/siang'
import type { ImportResult, PlannedRow } from '@/reach/types'

type Props = { statusLabels: Record<string, string>; typeLabels: Record<string, string> }
type Answer = Partial<ImportResult> & {
  message?: string
  errors?: { line?: number; message: string }[]
}

const rowActionKeys: Record<PlannedRow['action'], SiangKey> = {
  create: 'importCreate',
  update: 'importUpdate',
  unchanged: 'importUnchanged',
}

const columns: SiangKey[] = [
  'importLine',
  'importAction',
  'importStation',
  'importItem',
  'importPlanned',
  'importStatus',
]

const cell = { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-150)' }

/** The interactive part of /admin/broadcast-import: choose, check, import. */
export function BroadcastImportForm({ statusLabels, typeLabels }: Props) {
  const { i18n } = useTranslation()
  const say = useSay()
  const [file, setFile] = useState<File | null>(null)
  const [plan, setPlan] = useState<Answer | null>(null)
  const [done, setDone] = useState<Answer | null>(null)
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const when = (at: string) => formatDate(at, i18n.language, 'dateTime')

  async function send(chosen: File, commit: boolean) {
    setBusy(true)
    setProblem('')
    const body = new FormData()
    body.append('file', chosen)
    try {
      const res = await fetch(`/api/broadcasts/import${commit ? '?commit=true' : ''}`, {
        method: 'POST',
        body,
        credentials: 'include',
      })
      const answer = (await res.json()) as Answer
      if (answer.rows) setPlan(answer)
      if (res.ok && commit) setDone(answer)
      if (!res.ok)
        setProblem(
          answer.message ??
            say('importFailed', { message: answer.errors?.[0]?.message ?? res.status }),
        )
    } catch (err) {
      setProblem(say('importFailed', { message: String(err) }))
    } finally {
      setBusy(false)
    }
  }

  function choose(chosen: File | null) {
    setFile(chosen)
    setPlan(null)
    setDone(null)
    if (chosen) void send(chosen, false)
  }

  const toWrite = (plan?.created ?? 0) + (plan?.updated ?? 0)
  const counts = plan && {
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    rejected: plan.rejected,
  }
  return (
    <div data-testid="broadcast-import">
      <label style={{ display: 'block', margin: '16px 0' }}>
        {say('importFile')}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
      </label>
      {busy && <p>{say('importChecking')}</p>}
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
      {done && (
        <p role="status" data-testid="broadcast-import-done">
          {say('importDone', { ...counts })}
        </p>
      )}
      {plan && !done && <p>{say('importCounts', counts ?? {})}</p>}
      {plan &&
        !done &&
        !plan.errors?.length &&
        (toWrite > 0 ? (
          <button
            type="button"
            className="btn btn--style-primary"
            disabled={busy || !file}
            onClick={() => file && void send(file, true)}
          >
            {say('importButton', { count: toWrite })}
          </button>
        ) : (
          <p>{say('importNothing')}</p>
        ))}
      {!!plan?.errors?.length && (
        <>
          <h2>{say('importRejectedRows')}</h2>
          <p>{say('importFixFirst')}</p>
          <table style={{ borderCollapse: 'collapse', marginBottom: 24 }}>
            <thead>
              <tr>
                <th style={cell}>{say('importLine')}</th>
                <th style={cell}>{say('importReason')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.map((e, i) => (
                <tr key={i}>
                  <td style={cell}>{e.line}</td>
                  <td style={cell}>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {!!plan?.rows?.length && (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {columns.map((key) => (
                <th key={key} style={{ ...cell, textAlign: 'left' }}>
                  {say(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.line}>
                <td style={cell}>{row.line}</td>
                <td style={cell}>{say(rowActionKeys[row.action])}</td>
                <td style={cell}>{row.station.name}</td>
                <td style={cell}>
                  {typeLabels[row.type] ?? row.type}: {row.item.slug}
                </td>
                <td style={cell}>{when(row.plannedAt)}</td>
                <td style={cell}>
                  {statusLabels[row.status] ?? row.status}
                  {row.airedAt && ` (${when(row.airedAt)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
