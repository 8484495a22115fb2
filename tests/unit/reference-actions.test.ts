import { describe, expect, it } from '@jest/globals'
import { withReferenceActions } from '@/db/referenceActions'

const ddl =
  'CREATE TABLE `media` (\n\t`id` integer PRIMARY KEY NOT NULL\n, `poster_id` integer REFERENCES media(id), ' +
  '`lite_id` integer REFERENCES media(id), `lite_status` text, `rendition_of_id` integer REFERENCES media(id))'

describe('a reference rule written into a table definition', () => {
  it('gives each named column its rule, and only those', () => {
    const out = withReferenceActions(ddl, { poster_id: 'set null', rendition_of_id: 'cascade' })
    expect(out).toContain('`poster_id` integer REFERENCES media(id) ON DELETE set null,')
    expect(out).toContain('`lite_id` integer REFERENCES media(id),')
    expect(out).toContain('`rendition_of_id` integer REFERENCES media(id) ON DELETE cascade)')
  })

  it('takes a rule away again, back to the definition as it was', () => {
    const actions = { poster_id: 'set null', lite_id: 'set null' } as const
    const there = withReferenceActions(ddl, actions)
    expect(withReferenceActions(there, { poster_id: null, lite_id: null })).toBe(ddl)
  })

  it('refuses a column it cannot find, rather than leave it as it was', () => {
    expect(() => withReferenceActions(ddl, { lite: 'set null' })).toThrow(/No inline reference/)
    expect(() => withReferenceActions(ddl, { lite_status: 'set null' })).toThrow(
      /No inline reference/,
    )
  })
})
