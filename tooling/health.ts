import type { ChildProcess } from 'node:child_process'

/**
 * Waits for `url`/api/health to answer 200 (it answers 200 or 503); resolves false on timeout or
 * when the process ends. `pollMs` between tries, each given `requestTimeoutMs`.
 */
export async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  { pollMs = 250, requestTimeoutMs = 5_000 } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(`${url}/api/health`, {
        signal: AbortSignal.timeout(requestTimeoutMs),
      })
      if (res.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs))
  }
  return false
}
