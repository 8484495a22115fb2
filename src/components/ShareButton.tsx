'use client'

import { useState } from 'react'

type Props = { url: string; title: string; file?: string; label: string; copied: string }

/**
 * The phone's own share sheet (Web Share), with the file itself where the browser can share
 * files, so that it can be forwarded in a chat; copying the link otherwise.
 */
export function ShareButton({ url, title, file, label, copied }: Props) {
  const [done, setDone] = useState(false)
  async function share() {
    try {
      if (navigator.share) {
        if (file && navigator.canShare) {
          const blob = await fetch(file).then((r) => r.blob())
          const asFile = new File([blob], file.split('/').pop() ?? 'siang', { type: blob.type })
          if (navigator.canShare({ files: [asFile] })) {
            await navigator.share({ title, url, files: [asFile] })
            return
          }
        }
        await navigator.share({ title, url })
        return
      }
      await navigator.clipboard.writeText(url)
      setDone(true)
    } catch {
      // The visitor closed the share sheet: nothing to do.
    }
  }
  return (
    <button type="button" className="share-button" onClick={share}>
      {done ? copied : label}
    </button>
  )
}

/** Copies a text (the embed code) to the clipboard, and says so. */
export function CopyButton({
  text,
  label,
  copied,
}: {
  text: string
  label: string
  copied: string
}) {
  const [done, setDone] = useState(false)
  return (
    <button
      type="button"
      className="copy-button"
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setDone(true),
          () => setDone(false),
        )
      }
    >
      {done ? copied : label}
    </button>
  )
}
