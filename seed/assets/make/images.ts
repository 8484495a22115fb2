/** Cover art, posters and hero pictures, drawn with sharp from SVG: a title in Lao and English. */
import sharp from 'sharp'
import type { L } from '../../data/demo/types'

const palettes = [
  ['#0b3d5c', '#1d7a8c', '#f2c14e'],
  ['#5c1a33', '#b33f62', '#f9c80e'],
  ['#1b4332', '#40916c', '#ffd166'],
  ['#3a0ca3', '#7209b7', '#f72585'],
  ['#7f4f24', '#b08968', '#ede0d4'],
  ['#003049', '#d62828', '#fcbf49'],
]

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const words = new Intl.Segmenter('lo', { granularity: 'word' })

/** Splits text into lines of at most about `max` characters, between words (Lao has no spaces). */
function lines(text: string, max: number): string[] {
  const out: string[] = []
  let line = ''
  for (const { segment } of words.segment(text)) {
    if (line.trim() && (line + segment).trimEnd().length > max) {
      out.push(line.trim())
      line = segment.trimStart()
    } else line += segment
  }
  if (line.trim()) out.push(line.trim())
  return out
}

export type Card = { width: number; height: number; title: L; kicker?: string; index: number }

export function cardSvg({ width, height, title, kicker, index }: Card): string {
  const [dark, mid, accent] = palettes[index % palettes.length]
  const size = Math.round(Math.min(width, height) / 11)
  const lo = lines(title.lo, Math.max(10, Math.round(width / size / 0.95)))
  const en = lines(title.en, Math.max(12, Math.round(width / (size * 0.5))))
  const top = height * 0.5 - (lo.length * size * 1.35) / 2
  const circles = Array.from({ length: 7 }, (_, i) => {
    const r = (0.12 + ((i * 37 + index * 11) % 30) / 100) * width
    const x = (((i * 211 + index * 97) % 100) / 100) * width
    const y = (((i * 137 + index * 53) % 100) / 100) * height
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 2 ? accent : '#ffffff'}" opacity="${0.06 + (i % 3) * 0.04}"/>`
  }).join('')
  const text = (t: string, y: number, px: number, weight: number, fill: string, family: string) =>
    `<text x="50%" y="${y}" text-anchor="middle" font-family="${family}" font-size="${px}" font-weight="${weight}" fill="${fill}">${escape(t)}</text>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>${circles}
  <rect x="${width * 0.08}" y="${height * 0.08}" width="${width * 0.84}" height="${height * 0.84}" fill="none" stroke="${accent}" stroke-width="${Math.max(2, size / 10)}" opacity="0.7"/>
  ${kicker ? text(kicker, height * 0.18, size * 0.45, 600, accent, 'DejaVu Sans') : ''}
  ${lo.map((l, i) => text(l, top + (i + 1) * size * 1.35, size, 700, '#ffffff', 'Noto Sans Lao')).join('\n')}
  ${en.map((l, i) => text(l, top + lo.length * size * 1.35 + size * 0.9 + i * size * 0.7, size * 0.5, 400, '#f0f0f0', 'DejaVu Sans')).join('\n')}
  ${text('ສຽງ · Siang demo', height * 0.88, size * 0.35, 400, accent, 'Noto Sans Lao')}
</svg>`
}

export async function jpeg(card: Card): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(card)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer()
}

export async function png(card: Card): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(card)))
    .png()
    .toBuffer()
}
