import type { Field, Plugin } from 'payload'

/** A localized field's label, then its Lao when the form is in another locale. */
export const LABEL_WITH_LAO = '/components/admin/LaoOriginal#LabelWithLao'

/** The kinds of field whose Lao is text an editor translates. */
const translatedTypes = new Set(['text', 'textarea', 'richText'])

function withLao(field: Field): Field {
  if ('localized' in field && field.localized) {
    if (!translatedTypes.has(field.type)) return field
    const admin = (field.admin ?? {}) as { components?: { Label?: unknown } }
    // A field with its own label shows the Lao itself (AltLabel).
    if (admin.components?.Label) return field
    return {
      ...field,
      admin: { ...admin, components: { ...admin.components, Label: LABEL_WITH_LAO } },
    } as Field
  }
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withLao) })),
    }
  if (field.type === 'blocks')
    return {
      ...field,
      blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withLao) })),
    }
  if ('fields' in field) return { ...field, fields: field.fields.map(withLao) } as Field
  return field
}

/**
 * Translating is not blind: every localized text, textarea and rich text field of every
 * collection and global shows its Lao under its label while the form is in English
 * (src/components/admin/LaoOriginal.tsx). A localized array or group is left alone: its rows
 * differ by locale, so there is no Lao row to show beside an English one.
 */
export const showLaoWhileTranslating: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, fields: c.fields.map(withLao) })),
  globals: (config.globals ?? []).map((g) => ({ ...g, fields: g.fields.map(withLao) })),
})
