import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'
import { setReferenceActions, type OnDelete } from '../db/referenceActions'

/**
 * References added to existing tables by earlier migrations had no rule on delete, so deleting
 * what they point at was refused (a 400 with no reason a user could act on): an image that is
 * the podcast artwork or a poster, a quiz or poll a redirect leads to, and the admin's locks
 * on documents. They get the schema's rules.
 */
const lockable = [
  'daily_counts',
  'stations',
  'broadcasts',
  'reach_reports',
  'redirects',
  'published_slugs',
  'services',
  'questions',
  'quizzes',
  'polls',
  'quiz_tallies',
  'poll_tallies',
  'poll_voters',
  'indicators',
  'targets',
  'period_counts',
  'day_counts',
]

/** The schema's rules on the way up; none again on the way down. */
const rules = (way: 'up' | 'down') => {
  const rule = (wanted: OnDelete): OnDelete => (way === 'up' ? wanted : null)
  return {
    media: {
      poster_id: rule('set null'),
      lite_id: rule('set null'),
      rendition_of_id: rule('set null'),
    },
    site_settings: { podcast_artwork_id: rule('set null') },
    redirects_rels: { quizzes_id: rule('cascade'), polls_id: rule('cascade') },
    payload_locked_documents_rels: Object.fromEntries(
      lockable.map((slug) => [`${slug}_id`, rule('cascade')]),
    ),
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, actions] of Object.entries(rules('up')))
    await setReferenceActions(db, table, actions)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table, actions] of Object.entries(rules('down')))
    await setReferenceActions(db, table, actions)
}
