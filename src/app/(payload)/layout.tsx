import config from '@payload-config'
import '@payloadcms/next/css'
import './admin.css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import localFont from 'next/font/local'
import React from 'react'
import { importMap } from './admin/importMap.js'

type Args = { children: React.ReactNode }

/** Noto Sans Lao from @fontsource, its Lao subset only, in the weights the admin uses. */
const lao = localFont({
  // next/font reads these options at build time: they must be written out literally.
  src: [
    {
      path: '../../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-500-normal.woff2',
      weight: '500',
      style: 'normal',
    },
    {
      path: '../../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-600-normal.woff2',
      weight: '600',
      style: 'normal',
    },
    {
      path: '../../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  display: 'swap',
  variable: '--font-lao',
  declarations: [{ prop: 'unicode-range', value: 'U+0E81-0EDF,U+200C-200D,U+25CC' }],
  adjustFontFallback: false,
  preload: false,
})

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: Args) => (
  <RootLayout
    config={config}
    htmlProps={{ className: lao.variable }}
    importMap={importMap}
    serverFunction={serverFunction}
  >
    {children}
  </RootLayout>
)

export default Layout
