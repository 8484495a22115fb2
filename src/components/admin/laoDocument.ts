'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { defaultLocale } from '@/lib/locales'
import { plainText } from '@/lib/richText'

type Doc = Record<string, unknown>

/**
 * One request per document, however many fields ask: the fields of a form share the answer.
 * The key holds the form's `updatedAt`, so a Lao save made since is fetched anew.
 */
const asked = new Map<string, Promise<Doc | null>>()

function fetchOnce(key: string, url: string): Promise<Doc | null> {
  let answer = asked.get(key)
  if (!answer) {
    // Forms of a few documents in one session at most: forget the oldest past a handful.
    if (asked.size >= 8) asked.delete(asked.keys().next().value as string)
    answer = fetch(url, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<Doc>) : Promise.reject(res.status)))
      // No box this time; the next form to ask tries again.
      .catch(() => {
        asked.delete(key)
        return null
      })
    asked.set(key, answer)
  }
  return answer
}

/**
 * The document being edited, as saved in Lao (its latest draft), while the form is in another
 * locale; null in the Lao form, on create, and until it has arrived. It arrives after hydration,
 * so the server's render and the browser's first one are the same.
 */
export function useLaoDocument(): Doc | null {
  const { id, collectionSlug, globalSlug, initialData } = useDocumentInfo()
  const { code } = useLocale()
  const api = useConfig().config.routes.api
  const [answer, setAnswer] = useState<{ key: string; doc: Doc | null }>()
  const path = globalSlug
    ? `/globals/${globalSlug}`
    : id && collectionSlug && `/${collectionSlug}/${id}`
  // Same origin as the admin, so its session cookie goes along.
  const url =
    code !== defaultLocale && path
      ? `${api}${path}?locale=${defaultLocale}&depth=0&draft=true`
      : null
  const key = url && `${url}#${String(initialData?.updatedAt ?? '')}`
  useEffect(() => {
    if (!url || !key) return
    let current = true
    void fetchOnce(key, url).then((doc) => {
      if (current) setAnswer({ key, doc })
    })
    return () => {
      current = false
    }
  }, [url, key])
  return key && answer?.key === key ? answer.doc : null
}

/** A field's value in a document, by its form path (`castAndCrew.0.role`), as plain text. */
export function textAt(doc: Doc | null, path: string): string {
  let value: unknown = doc
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object') return ''
    value = (value as Record<string, unknown>)[step]
  }
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ')
  if (value && typeof value === 'object' && 'root' in value) return plainText(value)
  return ''
}
