import localFont from 'next/font/local'

/**
 * Noto Sans Lao from @fontsource, self-hosted: its Lao subset only (9 KB per weight), preloaded
 * so that the first layout already has it (no fallback font, no reflow when it arrives). Latin
 * text keeps the system's sans-serif. For the admin (its medium and semibold text take the nearest
 * of these two weights); the public pages serve the same two files themselves
 * (src/site/render/assets.ts).
 */
export const laoFont = localFont({
  src: [
    {
      path: '../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  display: 'swap',
  variable: '--font-lao',
  declarations: [{ prop: 'unicode-range', value: 'U+0E81-0EDF,U+200C-200D,U+25CC' }],
  adjustFontFallback: false,
})
