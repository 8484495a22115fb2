import type { JobsConfig } from 'payload'
import { checkRole } from '../access/checkRole'

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
}
