/** The home-screen icons the manifest names (drawn by ./icons.ts), and the site's theme colour. */
export type AppIcon = { path: string; size: number; maskable: boolean }

export const appIcons: AppIcon[] = [
  { path: '/icons/192.png', size: 192, maskable: false },
  { path: '/icons/512.png', size: 512, maskable: false },
  { path: '/icons/maskable-512.png', size: 512, maskable: true },
]

/** The brand colour (src/site/assets/site.css, --brand): the phone's bar and the icon's ground. */
export const THEME_COLOR = '#0b3d5c'
