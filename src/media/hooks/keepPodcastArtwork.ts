import type { CollectionBeforeDeleteHook } from 'payload'
import { forbidWith } from '../../access/forbid'
import { sayFor } from '../../i18n/admin'
import { idOf } from '../../lib/populated'
import { globalSlugs } from '../../lib/slugs'

/**
 * The image the site settings name as the podcast feeds' artwork is not deleted (409, saying
 * where an admin chooses another): podcast apps refuse a feed without artwork, and no one would
 * be told. First among the delete hooks, so that nothing is touched before the refusal. In a
 * delete of several, Payload deletes the others and gives this reason in `errors` (400).
 */
export const keepPodcastArtwork: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const settings = await req.payload.findGlobal({
    slug: globalSlugs.siteSettings,
    select: { podcast: { artwork: true } },
    depth: 0,
    req,
  })
  const artwork = idOf((settings as { podcast?: { artwork?: unknown } }).podcast?.artwork)
  if (artwork != null && String(artwork) === String(id))
    forbidWith(409, sayFor(req)('podcastArtworkInUse'))
}
