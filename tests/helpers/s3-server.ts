/**
 * s3rver in a process of its own, as a real S3 service would be: started by startS3
 * (tests/helpers/s3.ts) with `<port> <folder> <bucket>`; prints "ready" once it listens.
 */
import S3rver from 's3rver'

const [port, directory, bucket] = process.argv.slice(2)
const server = new S3rver({
  port: Number(port),
  address: '127.0.0.1',
  silent: true,
  directory,
  configureBuckets: [{ name: bucket, configs: [] }],
})
await server.run()
console.log('ready')
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)))
