/**
 * A 12-megapixel phone photo through the API until every size exists, against bare sharp making
 * the same sizes from the same file in the same run. What the API adds: the upload over HTTP,
 * the checks (type sniffing, a full decode that refuses truncated files), the original
 * re-encoded without its EXIF and GPS, and the database write.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { imageSizes } from '../../src/media/imageSizes'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { adminToken, percentile, result, type Benchmark } from '../lib'
import { photo } from '../photo'

const RUNS = 5

/** The sizes as Payload makes them from an upload sent without a focal point. */
async function bareSharp(file: string): Promise<number> {
  const started = performance.now()
  const base = sharp(file).rotate()
  await Promise.all(
    imageSizes.map((size) => {
      const format = size.formatOptions!
      return base
        .clone()
        .resize({
          width: size.width,
          height: size.height,
          withoutEnlargement: size.withoutEnlargement,
        })
        .toFormat(format.format, format.options)
        .toBuffer()
    }),
  )
  return performance.now() - started
}

/** The same only with the original re-encoded too, as Siang stores it (metadata dropped). */
async function bareSharpWithOriginal(file: string): Promise<number> {
  const started = performance.now()
  await Promise.all([bareSharp(file), sharp(file).rotate().jpeg().toBuffer()])
  return performance.now() - started
}

type Uploaded = { ms: number; sizes: Record<string, { filename?: string | null }> }

async function upload(url: string, token: string, bytes: Buffer, n: number): Promise<Uploaded> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `photo-${n}.jpg`)
  form.append('_payload', JSON.stringify({ alt: 'bench' }))
  const started = performance.now()
  const res = await fetch(`${url}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const body = (await res.json()) as { doc?: Uploaded['sizes'] & { sizes: Uploaded['sizes'] } }
  const ms = performance.now() - started
  if (res.status !== 201 || !body.doc) {
    throw new Error(`the 12 MP upload answered ${res.status}: ${JSON.stringify(body)}`)
  }
  return { ms, sizes: body.doc.sizes }
}

export const imageIngest: Benchmark = {
  name: 'image-ingest',
  async run() {
    ensureBuild()
    const site = await launchServer({ SEED_DEMO: '0' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-bench-ingest-'))
    try {
      const bytes = await photo(4000, 3000)
      const file = path.join(dir, 'photo.jpg')
      fs.writeFileSync(file, bytes)
      const token = await adminToken(site.url)
      // Once each to warm up (the server's first upload loads sharp and the route).
      await upload(site.url, token, bytes, 0)
      await bareSharp(file)
      const api: number[] = []
      const bare: number[] = []
      const bareOriginal: number[] = []
      for (let i = 1; i <= RUNS; i++) {
        const { ms, sizes } = await upload(site.url, token, bytes, i)
        const missing = imageSizes.filter((size) => !sizes[size.name]?.filename)
        if (missing.length)
          throw new Error(`sizes missing after upload: ${missing.map((s) => s.name)}`)
        api.push(ms)
        bare.push(await bareSharp(file))
        bareOriginal.push(await bareSharpWithOriginal(file))
      }
      const median = (xs: number[]) => percentile(xs, 50)
      return [
        result({
          name: 'image-ingest',
          value: median(api),
          unit: 'ms',
          baseline: median(bare),
          target: `ratio <= 1.3 (12 MP JPEG, ${(bytes.length / 2 ** 20).toFixed(1)} MiB, ${imageSizes.length} sizes; median of ${RUNS})`,
          ok: median(api) / median(bare) <= 1.3,
        }),
        result({
          name: 'image-ingest against sharp that also re-encodes the original',
          value: median(api),
          unit: 'ms',
          baseline: median(bareOriginal),
          target: 'measured: what the API adds beyond the pixels',
          ok: null,
        }),
      ]
    } finally {
      stopServer(site.pid)
      fs.rmSync(dir, { recursive: true, force: true })
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
