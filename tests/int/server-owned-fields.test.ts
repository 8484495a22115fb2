/**
 * Class: fields only Siang writes. `admin.readOnly` and `hidden` change only the form; a field
 * the form hides or locks is one Siang fills in itself, so the API must refuse it from every
 * caller (writtenBySiangOnly). This walks every collection and global, so a new locked field
 * without that access fails here. The attacks themselves: tests/http/security-server-owned-fields.
 */
import { describe, expect, it } from '@jest/globals'
import type { Field, SanitizedConfig } from 'payload'
import { writtenBySiangOnly } from '@/access/fieldAccess'

/** Locked in the form, yet written by people on purpose through a field of their own. */
const writtenByPeople: Record<string, string> = {
  // Payload's upload fields are filled from the file (src/media/hooks/fileFromRequestOnly.ts
  // drops callers' values; Payload itself drops filename, sizes and url).
  'media.mimeType': 'from the file',
  'media.filesize': 'from the file',
  'media.width': 'from the file',
  'media.height': 'from the file',
  'media.filename': 'from the file',
  'media.prefix': "from the storage settings (fileFromRequestOnly drops callers' values)",
  'media._objectKey': "Payload drops callers' values",
  'media.sizes': "Payload drops callers' values",
  // The focal point is chosen by people in the form's own editor.
  'media.focalX': 'chosen in the crop editor',
  'media.focalY': 'chosen in the crop editor',
  'media.url': 'computed on read',
  'media.thumbnailURL': 'computed on read',
  // The workflow's inputs: an action and its comment, checked against the user's roles.
  '*.workflowAction': 'an input, checked by runWorkflow',
  '*.workflowComment': 'an input, checked by runWorkflow',
}

type Named = Field & {
  name?: string
  virtual?: boolean
  admin?: { readOnly?: boolean; hidden?: boolean }
}

function lockedFields(fields: Field[], prefix: string): { path: string; field: Named }[] {
  return fields.flatMap((f) => {
    const field = f as Named & { fields?: Field[]; tabs?: { fields: Field[]; name?: string }[] }
    const path = field.name ? `${prefix}.${field.name}` : prefix
    const here =
      field.name && field.type !== 'ui' && (field.admin?.readOnly || field.admin?.hidden)
        ? [{ path, field }]
        : []
    const inner = field.fields ? lockedFields(field.fields, path) : []
    const tabs = (field.tabs ?? []).flatMap((t) =>
      lockedFields(t.fields, t.name ? `${path}.${t.name}` : path),
    )
    return [...here, ...(field.type === 'array' || field.type === 'group' ? [] : inner), ...tabs]
  })
}

const allowed = (path: string) =>
  writtenByPeople[path] ?? writtenByPeople[`*.${path.split('.').slice(1).join('.')}`]

describe('fields only Siang writes refuse API writes', () => {
  it('every field the form locks or hides has field access that refuses create and update', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = (await configPromise) as SanitizedConfig
    const entities = [
      ...config.collections.filter((c) => !c.slug.startsWith('payload-')),
      ...config.globals.filter((g) => !g.slug.startsWith('payload-')),
    ]
    const unguarded: string[] = []
    let guarded = 0
    for (const entity of entities) {
      for (const { path, field } of lockedFields(entity.fields, entity.slug)) {
        if (allowed(path)) continue
        const access = (field as { access?: { create?: unknown; update?: unknown } }).access
        if (
          access?.create === writtenBySiangOnly.create &&
          access?.update === writtenBySiangOnly.update
        )
          guarded++
        else unguarded.push(path)
      }
    }
    expect(unguarded).toEqual([])
    // public, lite and its status, renditionOf, duration on media and content, workflow state,
    // report timestamps: many fields, so the walk did find them.
    expect(guarded).toBeGreaterThan(20)
  })
})
