'use client'
import {
  Upload,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useUploadHandlers,
} from '@payloadcms/ui'
import type { SanitizedCollectionConfig } from 'payload'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { PreviousUpload, Upload as TusUpload } from 'tus-js-client'
import { slugs } from '@/lib/slugs'
import { useSay } from '@/i18n/useSay'
import { describeMB, startTusUpload, unfinishedUploads } from './tusClient'

/**
 * The media form's own upload field: Payload's, whose file is sent over tus when the form is
 * saved. Payload's client-upload hook (`setUploadHandler`) hands the chosen file to `send`
 * below; the form then saves with a receipt for the finished upload instead of the bytes, and
 * the server turns it back into the file (src/media/tusHandoff.ts). While it is sent, the field
 * shows the progress, with pause and resume; the client retries when the connection drops;
 * and after a reload, the same file chosen again goes on from the last piece.
 */

type Sending = {
  sent: number
  paused: boolean
  failed?: string
  /** The finished upload's id. */
  done?: string
  upload?: TusUpload
}

/** The files being sent, shared by the handler (called on save) and the field that shows them. */
const sending = new WeakMap<File, Sending>()
const listeners = new Set<() => void>()
let version = 0
const changed = () => {
  version++
  for (const listener of listeners) listener()
}
const update = (file: File, change: Partial<Sending>) => {
  sending.set(file, { ...(sending.get(file) ?? { sent: 0, paused: false }), ...change })
  changed()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Who is uploading: the fingerprint and the server's owner check both use it. */
let uploader = ''

/** What the form's save sends in place of the file: a receipt the server signed for it. */
type Receipt = { signedReceipt: string }

/** The receipt for a finished upload, or null when the upload is gone (expired, or used). */
async function receiptFor(id: string, file: File): Promise<Receipt | null> {
  const res = await fetch(
    `/api/tus/${encodeURIComponent(id)}/receipt?filename=${encodeURIComponent(file.name)}`,
  )
  if (res.status === 404) return null
  const body = (await res.json().catch(() => ({}))) as Partial<Receipt> & {
    errors?: { message: string }[]
  }
  if (!res.ok || !body.signedReceipt) throw new Error(body.errors?.[0]?.message ?? res.statusText)
  return { signedReceipt: body.signedReceipt }
}

/** Sends the file over tus, or goes on with its unfinished upload; resolves with the upload's id. */
function sendOverTus(file: File): Promise<string> {
  update(file, { failed: undefined, paused: false })
  return new Promise((resolve, reject) => {
    startTusUpload({
      file,
      userId: uploader,
      mode: 'keep',
      onProgress: (sent) => update(file, { sent }),
      onError: (message) => {
        update(file, { failed: message })
        reject(new Error(message))
      },
      onSuccess: (_body, id) => {
        update(file, { done: id, sent: file.size })
        resolve(id)
      },
    }).then(
      (upload) => update(file, { upload }),
      (err: Error) => {
        update(file, { failed: err.message })
        reject(err)
      },
    )
  })
}

/** Payload's client-upload handler: called with the chosen file when the form is saved. */
async function send({ file }: { file: unknown }): Promise<Receipt> {
  if (!(file instanceof File)) throw new Error('No file was chosen.')
  // Saved again after the server refused the form: the file is there already, if still kept.
  const done = sending.get(file)?.done
  if (done) {
    const receipt = await receiptFor(done, file)
    if (receipt) return receipt
    update(file, { done: undefined, sent: 0 })
  }
  const receipt = await receiptFor(await sendOverTus(file), file)
  if (!receipt) throw new Error('The upload was removed before it could be saved. Save again.')
  return receipt
}

/** How many of these fields are on screen: a drawer can open one over another. */
let mounted = 0

export function ResumableUpload() {
  const { initialState } = useDocumentInfo()
  const collectionSlug = slugs.media
  const { getEntityConfig } = useConfig()
  const { setUploadHandler } = useUploadHandlers()
  const { user } = useAuth()
  const say = useSay()
  const file = useFormFields(([fields]) => fields.file?.value)
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  )
  const [unfinished, setUnfinished] = useState<PreviousUpload[]>([])
  const userId = user ? String(user.id) : ''

  useEffect(() => {
    uploader = userId
    mounted++
    setUploadHandler({ collectionSlug, handler: send })
    unfinishedUploads(userId, 'keep').then(setUnfinished)
    return () => {
      if (--mounted === 0) setUploadHandler({ collectionSlug, handler: undefined as never })
    }
  }, [collectionSlug, setUploadHandler, userId])

  const uploadConfig = getEntityConfig({ collectionSlug })
    ?.upload as SanitizedCollectionConfig['upload']
  const chosen = file instanceof File ? file : null
  const state = chosen ? sending.get(chosen) : undefined
  const share = chosen && chosen.size ? Math.round(((state?.sent ?? 0) / chosen.size) * 100) : 0

  return (
    <div data-testid="resumable-upload">
      {unfinished.length > 0 && !chosen && (
        <p role="status" data-testid="resumable-unfinished">
          {say('largeUpload_unfinished')}: {unfinished.map((u) => u.metadata?.filename).join(', ')}.{' '}
          {say('resumable_pickAgain')}
        </p>
      )}
      <Upload
        collectionSlug={collectionSlug}
        initialState={initialState}
        uploadConfig={uploadConfig}
      />
      {chosen && state && (
        <div style={{ margin: '8px 0 24px' }}>
          <progress max={100} value={share} style={{ width: '100%' }} aria-label={chosen.name} />
          <p
            data-testid="resumable-progress"
            style={{ display: 'flex', gap: 12, alignItems: 'center' }}
          >
            <span>
              {share}% · {describeMB(state.sent)} / {describeMB(chosen.size)}
              {state.paused ? ` · ${say('resumable_paused')}` : ''}
              {!state.done && !state.failed && typeof navigator !== 'undefined' && !navigator.onLine
                ? ` · ${say('largeUpload_offline')}`
                : ''}
            </span>
            {!state.done && !state.failed && state.upload && (
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                style={{ margin: 0 }}
                data-testid="resumable-pause"
                onClick={() => {
                  if (state.paused) state.upload?.start()
                  else state.upload?.abort()
                  update(chosen, { paused: !state.paused })
                }}
              >
                {say(state.paused ? 'largeUpload_resume' : 'largeUpload_pause')}
              </button>
            )}
          </p>
          {state.failed && (
            <p role="alert">
              {say('largeUpload_failed')}: {state.failed}. {say('resumable_saveAgain')}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
