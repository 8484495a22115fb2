/** @jsxImportSource preact */

type Props = {
  url: string
  title: string
  file?: string
  /** The file's size: a large one is not fetched to share, its link is. */
  fileBytes?: number | null
  label: string
  copied: string
}

/**
 * The phone's own share sheet (Web Share), with the file itself where the browser can share
 * files, so that it can be forwarded in a chat; copying the link otherwise. Script by nature:
 * hidden until the page's script (src/site/assets/islands.js) takes it on.
 */
export function ShareButton({ url, title, file, fileBytes, label, copied }: Props) {
  return (
    <button
      type="button"
      className="share-button"
      hidden
      data-share-url={url}
      data-share-title={title}
      data-share-file={file}
      data-share-bytes={fileBytes ?? undefined}
      data-done={copied}
    >
      {label}
    </button>
  )
}

/** Copies a text (the embed code) to the clipboard, and says so. Shown by the page's script. */
export function CopyButton({
  text,
  label,
  copied,
}: {
  text: string
  label: string
  copied: string
}) {
  return (
    <button type="button" className="copy-button" hidden data-copy={text} data-done={copied}>
      {label}
    </button>
  )
}
