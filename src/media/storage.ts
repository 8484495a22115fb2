import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { slugs } from '../collections/slugs'

type Env = Record<string, string | undefined>

/**
 * With S3_BUCKET set, media files go to S3-compatible storage instead of MEDIA_DIR. URLs stay
 * the same (/api/media/file/<name>): Payload still serves them, with its access control.
 */
export function storagePlugins(env: Env = process.env): Plugin[] {
  return [
    s3Storage({
      enabled: Boolean(env.S3_BUCKET),
      // The plugin adds a field to media; with it always there, the schema (and so the
      // migrations) is the same with and without S3.
      alwaysInsertFields: true,
      collections: { [slugs.media]: true },
      bucket: env.S3_BUCKET || 'unused',
      config: {
        endpoint: env.S3_ENDPOINT || undefined,
        region: env.S3_REGION || 'us-east-1',
        // Most self-hosted S3 servers (MinIO, Garage, s3rver) want path-style addresses.
        forcePathStyle: Boolean(env.S3_ENDPOINT),
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
            : undefined,
      },
    }),
  ]
}
