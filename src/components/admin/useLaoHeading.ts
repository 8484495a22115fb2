'use client'
import { useDocumentInfo, useDocumentTitle, useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * The document's heading in a locale where its title is still empty: Payload shows the id there
 * ("4"), or its "untitled" label, and sets one of them again after each save; the Lao title is
 * shown instead. Only the heading: the field itself stays empty, for the translation.
 */
export function useLaoHeading(path: string, laoTitle: string) {
  const { id, docConfig } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const value = useFormFields(([fields]) => fields[path]?.value)
  const useAsTitle = (docConfig?.admin as { useAsTitle?: string } | undefined)?.useAsTitle
  const untitled = id !== undefined && id !== null && !(typeof value === 'string' && value.trim())
  useEffect(() => {
    if (useAsTitle === path && laoTitle && untitled && title !== laoTitle)
      setDocumentTitle(laoTitle)
  }, [useAsTitle, path, laoTitle, untitled, title, setDocumentTitle])
}
