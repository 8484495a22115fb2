import '../site.css'
import type { Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'
import { pageLocale } from '@/site/saveData'
import { laoFont } from '../../fonts'

/**
 * Nothing is built ahead, so `next build` never reads the database: each page is made on its
 * first visit, then cached until a write expires it (src/site/freshness.ts).
 */
export function generateStaticParams() {
  return []
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d5c' }

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale: segment } = await params
  const locale = pageLocale(segment)
  if (!locale) notFound()
  return (
    <html lang={locale} className={laoFont.variable}>
      <body>{children}</body>
    </html>
  )
}
