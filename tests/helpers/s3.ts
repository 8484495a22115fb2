import { S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { freePort } from '../http/server'
import { tempDir } from './payload'

export type LocalS3 = { server: S3rver; client: S3Client; env: Record<string, string> }

/** A real S3-compatible server (s3rver) on loopback with one bucket, and the S3_* that point at it. */
export async function startS3(bucket: string): Promise<LocalS3> {
  const port = await freePort()
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: tempDir('siang-s3-'),
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  await server.run()
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
