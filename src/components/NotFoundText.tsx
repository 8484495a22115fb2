'use client'

import { useParams } from 'next/navigation'
import { parseLocaleSegment } from '@/lib/locales'
import { pathOf } from '@/site/sections'
import { t } from '@/site/strings'

/** A 404 in the visitor's language: not-found pages get no params, so the locale is read here. */
export function NotFoundText() {
  const params = useParams<{ locale?: string }>()
  const locale = (params.locale && parseLocaleSegment(params.locale)?.locale) || 'lo'
  const s = t(locale)
  return (
    <main id="main" lang={locale}>
      <h1>{s.notFoundTitle}</h1>
      <p>{s.notFoundText}</p>
      <p>
        <a href={pathOf(locale)}>{s.backHome}</a>
      </p>
    </main>
  )
}
