import '../site.css'
import type { Viewport } from 'next'
import localFont from 'next/font/local'
import { notFound } from 'next/navigation'
import type React from 'react'
import { pageLocale } from '@/site/saveData'

/**
 * Nothing is built ahead, so `next build` never reads the database: each page is made on its
 * first visit, then cached until a write expires it (src/site/freshness.ts).
 */
export function generateStaticParams() {
  return []
}

/**
 * Noto Sans Lao from @fontsource, self-hosted: its Lao subset only (9 KB per weight), preloaded
 * so that the first layout already has it (no fallback font, no reflow when it arrives). Latin
 * text uses the phone's own sans-serif.
 */
const lao = localFont({
  src: [
    {
      path: '../../../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  display: 'swap',
  variable: '--font-lao',
  declarations: [{ prop: 'unicode-range', value: 'U+0E81-0EDF,U+200C-200D,U+25CC' }],
  adjustFontFallback: false,
})

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
    <html lang={locale} className={lao.variable}>
      <body>{children}</body>
    </html>
  )
}
