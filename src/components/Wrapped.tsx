/** @jsxImportSource preact */
import { Fragment } from 'preact'
import { breakPieces } from '@/lib/lao'

/** Text with <wbr> between Lao words, so long Lao lines wrap in every browser and copy cleanly. */
export function Wrapped({ text }: { text: string | null | undefined }) {
  if (!text) return null
  const pieces = breakPieces(text)
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  )
}
