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

  it('leaves a reference written at the table’s end alone, as a rebuilt table has them', () => {
    const rebuilt =
      'CREATE TABLE `rels` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`quizzes_id` integer,\n' +
      '\tFOREIGN KEY (`quizzes_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade\n)'
    expect(withReferenceActions(rebuilt, { quizzes_id: 'cascade' })).toBe(rebuilt)
    expect(withReferenceActions(rebuilt, { quizzes_id: null })).toBe(rebuilt)
  })

  it('touches no column whose name only begins or ends like the one named', () => {
    const rels =
      'CREATE TABLE `r` (`id` integer, `polls_id` integer REFERENCES polls(id), ' +
      '`poll_voters_id` integer REFERENCES poll_voters(id), `x_polls_id` integer REFERENCES polls(id))'
    expect(withReferenceActions(rels, { polls_id: 'cascade' })).toBe(
      rels.replace(
        'polls_id` integer REFERENCES polls(id),',
        'polls_id` integer REFERENCES polls(id) ON DELETE cascade,',
      ),
    )
    expect(() => withReferenceActions(rels, { 'a`b': 'cascade' })).toThrow(/Not a column name/)
  })
})
