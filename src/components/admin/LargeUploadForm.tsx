'use client'
import { useEffect, useRef, useState } from 'react'
import type { PreviousUpload, Upload } from 'tus-js-client'
import { describeMB, startTusUpload, unfinishedUploads } from './tusClient'

export type LargeUploadLabels = Record<
  | 'file'
  | 'alt'
  | 'start'
  | 'pause'
  | 'resume'
  | 'done'
  | 'open'
  | 'unfinished'
  | 'pickAgain'
  | 'offline'
  | 'failed',
  string
>

/**
 * Uploads one audio or video file in 8 MB chunks over tus. It pauses and resumes, retries on
 * its own when the connection drops, and after a reload finds the unfinished upload of the same
 * file (chosen again) and goes on from where it stopped.
 */
export function LargeUploadForm({ labels, userId }: { labels: LargeUploadLabels; userId: string }) {
  const [file, setFile] = useState<File | null>(null)
  const [alt, setAlt] = useState('')
  const [sent, setSent] = useState(0)
  const [state, setState] = useState<'idle' | 'sending' | 'paused' | 'done' | 'failed'>('idle')
  const [message, setMessage] = useState('')
  const [doc, setDoc] = useState<{ id: number } | null>(null)
  const [unfinished, setUnfinished] = useState<PreviousUpload[]>([])
  const upload = useRef<Upload | null>(null)

  useEffect(() => {
    unfinishedUploads(userId, 'create').then(setUnfinished)
  }, [userId])

  const start = async () => {
    if (!file) return
    setState('sending')
    setMessage('')
    upload.current = await startTusUpload({
      file,
      userId,
      mode: 'create',
      metadata: { alt },
      onProgress: setSent,
      onError: (reason) => {
        setState('failed')
        setMessage(`${labels.failed}: ${reason}`)
      },
      onSuccess: (body, _id, metadata) => {
        setState('done')
        try {
          setDoc((JSON.parse(body) as { doc: { id: number } }).doc)
        } catch {
          // The connection dropped while the document was made; asked again, the server said
          // the upload is done and named the document.
          setDoc(metadata.doc ? { id: Number(metadata.doc) } : null)
        }
      },
    })
  }

  const share = file && file.size ? Math.round((sent / file.size) * 100) : 0
  return (
    <div data-testid="large-upload" style={{ display: 'grid', gap: 16, maxWidth: 640 }}>
      {unfinished.length > 0 && state === 'idle' && (
        <p role="status" data-testid="large-upload-unfinished">
          {labels.unfinished}: {unfinished.map((u) => u.metadata?.filename).join(', ')}.{' '}
          {labels.pickAgain}
        </p>
      )}
      <label>
        {labels.file}
        <br />
        <input
          type="file"
          accept="audio/*,video/*"
          disabled={state === 'sending'}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label>
        {labels.alt}
        <br />
        <input value={alt} onChange={(e) => setAlt(e.target.value)} style={{ width: '100%' }} />
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        {(state === 'idle' || state === 'failed') && (
          <button
            type="button"
            className="btn btn--style-primary"
            disabled={!file}
            onClick={start}
            data-testid="large-upload-start"
          >
            {labels.start}
          </button>
        )}
        {state === 'sending' && (
          <button
            type="button"
            className="btn btn--style-secondary"
            onClick={() => {
              upload.current?.abort()
              setState('paused')
            }}
          >
            {labels.pause}
          </button>
        )}
        {state === 'paused' && (
          <button
            type="button"
            className="btn btn--style-primary"
            onClick={() => {
              setState('sending')
              upload.current?.start()
            }}
          >
            {labels.resume}
          </button>
        )}
      </div>
      {file && state !== 'idle' && (
        <div>
          <progress max={100} value={share} style={{ width: '100%' }} aria-label={file.name} />
          <p data-testid="large-upload-progress">
            {share}% · {describeMB(sent)} / {describeMB(file.size)}
            {typeof navigator !== 'undefined' && !navigator.onLine ? ` · ${labels.offline}` : ''}
          </p>
        </div>
      )}
      {message && <p role="alert">{message}</p>}
      {state === 'done' && (
        <p role="status" data-testid="large-upload-done">
          {labels.done} {doc && <a href={`/admin/collections/media/${doc.id}`}>{labels.open}</a>}
        </p>
      )}
    </div>
  )
}
