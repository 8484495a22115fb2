import type { JobsConfig } from 'payload'
import { checkRole } from '../access/checkRole'
import { eraseClosedContacts } from '../help/purge'
import { sweepOrphanMedia, sweepUploadTemp } from '../media/orphans'
import { makeRenditions, releaseStuckRenditions } from '../media/renditions'
import { sweepPartialUploads } from '../media/tusStore'
import { setting } from '../lib/env'
import { roleGroups } from '../lib/roles'

/** Tries of a rendition after the first; waits double each time (RENDITION_RETRY_MS, 1 min). */
export const RENDITION_RETRIES = 2

/**
 * The job queue runs inside the server process (`npm run dev`, `npm start`): scheduled publishing
 * does nothing without it. JOBS_AUTORUN=false turns it off, for example on extra web replicas.
 */
export const jobsConfig: JobsConfig = {
  access: {
    run: ({ req }) => checkRole(roleGroups.admins, req.user),
  },
  autoRun: [
    { cron: setting('JOBS_CRON') ?? '*/5 * * * * *', queue: 'default', limit: 20 },
    // ffmpeg, one file at a time: the site keeps the other core.
    { cron: setting('RENDITIONS_CRON') ?? '*/10 * * * * *', queue: 'media', limit: 1 },
  ],
  shouldAutoRun: () => setting('JOBS_AUTORUN') !== 'false',
  tasks: [
    {
      slug: 'sweepOrphanMedia',
      label: 'Remove media files that no document uses',
      // Nightly at 03:15 (server time).
      schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
      handler: async ({ req }) => {
        const removed = await sweepOrphanMedia(req.payload)
        await sweepUploadTemp(req.payload)
        return { output: { removed: removed.length } }
      },
      outputSchema: [{ name: 'removed', type: 'number' }],
    },
    {
      slug: 'sweepPartialUploads',
      label: 'Remove resumable uploads abandoned unfinished',
      schedule: [{ cron: '0 40 * * * *', queue: 'default' }],
      handler: async () => ({ output: { removed: await sweepPartialUploads() } }),
      outputSchema: [{ name: 'removed', type: 'number' }],
    },
    {
      slug: 'releaseStuckRenditions',
      label: 'Hand back rendition jobs whose process died',
      schedule: [{ cron: '0 25 * * * *', queue: 'default' }],
      handler: async ({ req }) => ({
        output: { released: await releaseStuckRenditions(req.payload) },
      }),
      outputSchema: [{ name: 'released', type: 'number' }],
    },
    {
      slug: 'eraseQuestionContacts',
      label: 'Erase the contact details of questions closed long enough ago',
      // Hourly at :05; QUESTIONS_ERASE_DAYS says how long after closing.
      schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
      handler: async ({ req }) => ({ output: { erased: await eraseClosedContacts(req.payload) } }),
      outputSchema: [{ name: 'erased', type: 'number' }],
    },
    {
      slug: 'makeRenditions',
      label: 'Make the data-saver copies of an audio or video file',
      inputSchema: [{ name: 'media', type: 'text', required: true }],
      outputSchema: [{ name: 'status', type: 'text' }],
      retries: {
        attempts: RENDITION_RETRIES,
        backoff: { type: 'exponential', delay: Number(setting('RENDITION_RETRY_MS') ?? 60_000) },
      },
      handler: async ({ input, job, req }) => {
        const lastTry = (job.totalTried ?? 0) >= RENDITION_RETRIES
        const result = await makeRenditions(req, input.media, { lastTry })
        return { output: { status: result?.status ?? 'gone' } }
      },
    },
  ],
}
