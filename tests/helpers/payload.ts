import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'

/** A fresh temporary folder, removed at process exit. */
export function tempDir(prefix = 'siang-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Boots Payload through the real config on a fresh database: a real SQLite file by default,
 * or an embedded MongoDB replica set when the suite runs with SIANG_TEST_ENGINE=mongodb.
 * Call once per test file (each jest test file has its own module registry).
 */
export async function bootPayload(): Promise<Payload> {
  const dir = tempDir()
  if (process.env.SIANG_TEST_ENGINE === 'mongodb') {
    process.env.DATABASE_URI = 'mongodb-memory://'
    process.env.MONGO_MEMORY_DBPATH = path.join(dir, 'mongo')
  } else {
    process.env.DATABASE_URI = `file:${path.join(dir, 'siang.db')}`
  }
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  return getPayload({ config })
}

/** Engine under test, for test names. */
export const engine = process.env.SIANG_TEST_ENGINE === 'mongodb' ? 'mongodb' : 'sqlite'

/**
 * Boots Payload once for the test file and destroys it after. `prepare` runs first, for tests
 * that point Siang at a service through the environment. Returns a getter for the instance.
 */
export function payloadForFile(prepare?: () => Promise<void>): () => Payload {
  let payload: Payload | undefined
  beforeAll(async () => {
    await prepare?.()
    payload = await bootPayload()
  }, 60_000)
  afterAll(async () => {
    await payload?.destroy()
  })
  return () => {
    if (!payload) throw new Error('Payload is not booted yet')
    return payload
  }
}
