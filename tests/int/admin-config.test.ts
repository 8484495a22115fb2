import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'
import { mark } from '@/components/admin/Brand'
import { LABEL_WITH_LAO } from '@/i18n/showLaoWhileTranslating'
import { tempDir } from '../helpers/payload'

process.env.DATABASE_URI = `file:${path.join(tempDir(), 'siang.db')}`
const config = await (await import('@payload-config')).default

type Found = { where: string; type: string; localized: boolean; label: unknown }

/** Every field with a name, nested ones too (in groups, rows, tabs, arrays and blocks). */
function fieldsOf(fields: Field[], where: string): Found[] {
  return fields.flatMap((f): Found[] => {
    const here = 'name' in f && f.name ? `${where}.${f.name}` : where
    const nested =
      f.type === 'tabs'
        ? f.tabs.flatMap((tab) => fieldsOf(tab.fields, here))
        : f.type === 'blocks'
          ? f.blocks.flatMap((b) => (typeof b === 'string' ? [] : fieldsOf(b.fields, here)))
          : 'fields' in f
            ? fieldsOf(f.fields, here)
            : []
    const components = (f.admin as { components?: { Label?: unknown } } | undefined)?.components
    const own: Found = {
      where: here,
      type: f.type,
      localized: 'localized' in f && f.localized === true,
      label: components?.Label,
    }
    return 'name' in f ? [own, ...nested] : nested
  })
}

const all = [
  ...config.collections.flatMap((c) => fieldsOf(c.fields, c.slug)),
  ...config.globals.flatMap((g) => fieldsOf(g.fields, g.slug)),
]

describe('the admin’s config', () => {
  it('shows the Lao under the label of every localized text, textarea and rich text field', () => {
    const translated = all.filter(
      (f) => f.localized && ['text', 'textarea', 'richText'].includes(f.type),
    )
    expect(translated.map((f) => f.where)).toEqual(
      expect.arrayContaining([
        'news.title',
        'news.body',
        'songs.lyrics',
        'campaigns.keyMessages.message',
      ]),
    )
    // A media file's alt has its own label, which shows the Lao itself.
    expect(translated.filter((f) => f.label !== LABEL_WITH_LAO)).toEqual([
      expect.objectContaining({ where: 'media.alt', label: '/components/admin/AltLabel#AltLabel' }),
    ])
    expect(
      all.filter((f) => f.label === LABEL_WITH_LAO && !translated.includes(f)).map((f) => f.where),
    ).toEqual([])
  })

  it('uses Siang’s logo, icon and tab icon, not Payload’s', () => {
    expect(config.admin.components?.graphics).toEqual({
      Logo: '/components/admin/Brand#SiangLogo',
      Icon: '/components/admin/Brand#SiangIcon',
    })
    expect(config.admin.meta?.icons).toEqual([
      { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
    ])
  })

  it('draws the admin’s mark as src/app/icon.svg does', () => {
    const svg = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/app/icon.svg'), 'utf8')
    expect(svg).toContain(`fill="${mark.background}"`)
    expect(svg).toContain(`stroke="${mark.stroke}"`)
    expect(svg).toContain(`d="${mark.path}"`)
  })
})
