import { spawn } from 'node:child_process'
import path from 'node:path'
import { S3Client } from '@aws-sdk/client-s3'
import { root } from '../../tooling/paths'
import { freePort } from '../../tooling/server'
import { tempDir } from './payload'

/** A running S3-compatible service; `close` stops it. */
export type S3Service = { close: () => Promise<void> }
export type LocalS3 = { server: S3Service; client: S3Client; env: Record<string, string> }

/**
 * A real S3-compatible server (s3rver) on loopback, in its own process (./s3-server.ts), with
 * one bucket, and the S3_* that point at it.
 */
export async function startS3(bucket: string): Promise<LocalS3> {
  const port = await freePort()
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [
      path.join(root, 'tests', 'helpers', 's3-server.ts'),
      String(port),
      tempDir('siang-s3-'),
      bucket,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`s3rver exited with code ${code}`)))
  })
  const server: S3Service = {
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
  const endpoint = `http://127.0.0.1:${port}`
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  }
  return { server, client, env }
}
