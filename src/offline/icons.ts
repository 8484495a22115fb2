/**
 * The home-screen icons, drawn by sharp from the site's own icon (src/app/icon.svg): 192 and
 * 512 px, and a maskable 512 px one whose mark sits inside the safe circle (the middle 80%) on
 * the brand colour, so that a launcher's round or squircle crop never cuts it. Palette PNGs: the
 * icon has two colours and their edges, 3 to 8 KB each instead of up to 18.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { appIcons, THEME_COLOR, type AppIcon } from './appIcons'

/** The maskable icon's mark, as a share of its side: inside the 80% safe zone. */
const SAFE = 0.7

const drawn = new Map<string, Promise<Buffer>>()

function draw(icon: AppIcon): Promise<Buffer> {
  const svg = fs.readFileSync(path.join(process.cwd(), 'src/app/icon.svg'))
  if (!icon.maskable)
    return sharp(svg, { density: 72 * (icon.size / 64) })
      .resize(icon.size)
      .png({ palette: true })
      .toBuffer()
  const inner = Math.round(icon.size * SAFE)
  return sharp(svg, { density: 72 * (inner / 64) })
    .resize(inner)
    .png()
    .toBuffer()
    .then((mark) =>
      sharp({
        create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOR },
      })
        .composite([{ input: mark, gravity: 'center' }])
        .png({ palette: true })
        .toBuffer(),
    )
}

/** The icon at `pathname`, drawn once per process; null for any other address. */
export function appIcon(pathname: string): Promise<Buffer> | null {
  const icon = appIcons.find((i) => i.path === pathname)
  if (!icon) return null
  let png = drawn.get(icon.path)
  if (!png) {
    png = draw(icon)
    drawn.set(icon.path, png)
  }
  return png
}
