'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { useSay } from '@/i18n/useSay'
import { isSquareEnough, pictureSize, type Picture } from '@/media/podcastArtwork'

/**
 * Under a song's cover: a note when the picture is smaller than podcast apps want (square, at
 * least 1400 pixels). It still shows on the site; podcast apps may show it blurred or not at all.
 */
export function ArtworkCheck() {
  const say = useSay()
  const cover = useFormFields(([f]) => f.cover?.value as number | { id: number } | undefined)
  const id = cover && typeof cover === 'object' ? cover.id : cover
  const [seen, setSeen] = useState<{ id: number; picture: Picture | null } | null>(null)
  useEffect(() => {
    if (!id) return
    const abort = new AbortController()
    fetch(`/api/media/${id}?depth=0&select[width]=true&select[height]=true`, {
      credentials: 'include',
      signal: abort.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: Picture | null) => setSeen({ id, picture: doc }))
      .catch(() => undefined)
    return () => abort.abort()
  }, [id])
  const picture = seen && seen.id === id ? seen.picture : null
  if (!picture || isSquareEnough(picture)) return null
  return (
    <p className="field-description" data-testid="artwork-check" style={{ margin: '-12px 0 24px' }}>
      ⚠{' '}
      {say('podcastArtworkSmall', {
        size: pictureSize({ ...picture, mimeType: null }),
      })}
    </p>
  )
}
