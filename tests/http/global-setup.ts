import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  SECRET,
  ensureBuild,
  freePort,
  seedDatabase,
  serverEnv,
  startServer,
  stateFile,
  stopServer,
  waitForHealth,
  type ServerState,
} from './server'

export default async function globalSetup(): Promise<void> {
  ensureBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-http-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const databaseURI = `file:${path.join(dir, 'siang.db')}`
  const env = serverEnv({
    PORT: String(port),
    SERVER_URL: url,
    DATABASE_URI: databaseURI,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: SECRET,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    // Fast job runner, so the scheduled-publish test does not wait long.
    JOBS_CRON: '* * * * * *',
  })
  seedDatabase(env)
  const child = startServer(env, path.join(dir, 'server.log'))
  if (!(await waitForHealth(url, child, 90_000))) {
    stopServer(child.pid!)
    const log = fs.readFileSync(path.join(dir, 'server.log'), 'utf8')
    throw new Error(`npm start did not answer /api/health within 90 s. Server log:\n${log}`)
  }
  const state: ServerState = { url, pid: child.pid!, dir, databaseURI }
  fs.writeFileSync(stateFile, JSON.stringify(state))
  process.env.SIANG_HTTP_STATE = stateFile
}
