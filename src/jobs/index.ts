import type { JobsConfig } from 'payload'
import { checkRole } from '../access/checkRole'
import { sweepOrphanMedia } from '../media/orphans'

/**
 * The job queue runs inside the server process (`npm run dev`, `npm start`): scheduled publishing
 * does nothing without it. JOBS_AUTORUN=false turns it off, for example on extra web replicas.
 */
export const jobsConfig: JobsConfig = {
  access: {
    run: ({ req }) => checkRole(['admin'], req.user),
  },
  autoRun: [{ cron: process.env.JOBS_CRON || '*/5 * * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  tasks: [
    {
      slug: 'sweepOrphanMedia',
      label: 'Remove media files that no document uses',
      // Nightly at 03:15 (server time).
      schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
      handler: async ({ req }) => {
        const removed = await sweepOrphanMedia(req.payload)
        return { output: { removed: removed.length } }
      },
      outputSchema: [{ name: 'removed', type: 'number' }],
    },
  ],
}
