/** Helpers shared by the dev and start scripts. */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { loadEnvFiles } from '../src/lib/envFiles'
import { waitForHealth } from '../tooling/health'
import { root } from '../tooling/paths'

loadEnvFiles(root)
export { bin, root } from '../tooling/paths'

export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Payload starts on the first request. Asking for /api/health right away applies migrations
 * and starts the job runner without waiting for a visitor.
 */
export function warmUp(port: number, child: ChildProcess, timeoutMs = 120_000): Promise<boolean> {
  return waitForHealth(`http://127.0.0.1:${port}`, child, timeoutMs, {
    pollMs: 300,
    requestTimeoutMs: 60_000,
  })
}

/** Passes Ctrl-C and termination on to the child, and exits with its code. */
export function forward(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(process.exitCode || code || (signal ? 0 : 1)))
}

/** Siang's version, from package.json. */
export function siangVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version
}
