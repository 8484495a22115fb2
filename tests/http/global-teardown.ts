import fs from 'node:fs'
import { stopServer, type ServerState } from '../../tooling/server'
import { stateFile } from './state'

export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(stateFile)) return
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as ServerState
  stopServer(state.pid)
  fs.rmSync(stateFile, { force: true })
  fs.rmSync(state.dir, { recursive: true, force: true })
}
