import fs from 'node:fs'
import path from 'node:path'

/**
 * Loads `.env.local` and `.env` from the project folder, as Next does for the server, so that
 * the seed and the start scripts see the same settings. Variables already set win.
 */
export function loadEnvFiles(root: string = process.cwd()): void {
  for (const name of ['.env.local', '.env']) {
    const file = path.join(root, name)
    if (fs.existsSync(file)) process.loadEnvFile(file)
  }
}
