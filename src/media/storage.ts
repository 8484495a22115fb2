import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { slugs } from '../lib/slugs'
import { setting, type Env } from '../lib/env'

/**
 * With S3_BUCKET set, media files go to S3-compatible storage instead of MEDIA_DIR. URLs stay
 * the same (/api/media/file/<name>): Payload still serves them, with its access control.
 */
export function storagePlugins(env?: Env): Plugin[] {
  const s3 = (
    name: 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY',
  ) => setting(name, env)
  const [accessKeyId, secretAccessKey] = [s3('S3_ACCESS_KEY_ID'), s3('S3_SECRET_ACCESS_KEY')]
  return [
    s3Storage({
      enabled: Boolean(s3('S3_BUCKET')),
      // The plugin adds a field to media; with it always there, the schema (and so the
      // migrations) is the same with and without S3.
      alwaysInsertFields: true,
      collections: { [slugs.media]: true },
      bucket: s3('S3_BUCKET') ?? 'unused',
      config: {
        endpoint: s3('S3_ENDPOINT'),
        region: s3('S3_REGION') ?? 'us-east-1',
        // Most self-hosted S3 servers (MinIO, Garage, s3rver) want path-style addresses.
        forcePathStyle: Boolean(s3('S3_ENDPOINT')),
        credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      },
    }),
  ]
}
