import fs from 'node:fs'
import { stopServer, type ServerState } from '../../tooling/server'
import { stateFile } from './state'

export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(stateFile)) return
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as ServerState
  stopServer(state.pid)
  fs.rmSync(stateFile, { force: true })
  // The server may still be writing (its log, a job's file) as it stops: retry a folder that
  // fills again while it is being removed.
  fs.rmSync(state.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
}
