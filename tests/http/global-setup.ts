import fs from 'node:fs'
import { ensureBuild, launchServer, type ServerState } from '../../tooling/server'
import { stateFile } from './state'

export default async function globalSetup(): Promise<void> {
  ensureBuild()
  // Fast job runner, so the scheduled-publish test does not wait long.
  const { url, pid, dir, databaseURI } = await launchServer({
    JOBS_CRON: '* * * * * *',
    RENDITIONS_CRON: '* * * * * *',
  })
  const state: ServerState = { url, pid, dir, databaseURI }
  fs.writeFileSync(stateFile, JSON.stringify(state))
  process.env.SIANG_HTTP_STATE = stateFile
}
