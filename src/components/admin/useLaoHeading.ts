'use client'
import { useDocumentInfo, useDocumentTitle } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * The document's heading in a locale where its title is still empty: Payload shows the id there
 * ("4"), and sets it again after each save; the Lao title is shown instead. Only the heading:
 * the field itself stays empty, for the translation.
 */
export function useLaoHeading(path: string, laoTitle: string) {
  const { id, docConfig } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const useAsTitle = (docConfig?.admin as { useAsTitle?: string } | undefined)?.useAsTitle
  const showsId = id !== undefined && id !== null && title === String(id)
  useEffect(() => {
    if (useAsTitle === path && laoTitle && showsId) setDocumentTitle(laoTitle)
  }, [useAsTitle, path, laoTitle, showsId, setDocumentTitle])
}
