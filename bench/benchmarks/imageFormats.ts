/**
 * Do AVIF sizes pay? Every image size encoded as WebP (what Siang stores) and as AVIF, from a
 * photo-like picture: bytes a visitor downloads against the time an upload spends encoding.
 */
import sharp, { type Sharp } from 'sharp'
import { imageSizes } from '../../src/media/imageSizes'
import { photo } from '../photo'
import { result, type Benchmark } from '../lib'

type Encoded = { bytes: number; ms: number }
type Format = { format: 'webp' | 'avif'; quality: number }

function encoder(image: Sharp, { format, quality }: Format): Sharp {
  return format === 'webp' ? image.webp({ quality, effort: 4 }) : image.avif({ quality, effort: 2 })
}

const resized = (source: Buffer, size: (typeof imageSizes)[number]) =>
  sharp(source).resize({
    width: size.width,
    height: size.height,
    fit: size.height ? 'cover' : 'inside',
    withoutEnlargement: size.withoutEnlargement,
  })

/** The quality a size is configured with. */
function quality(name: string): number {
  const size = imageSizes.find((s) => s.name === name)
  return (size?.formatOptions?.options as { quality: number }).quality
}

/** The WebP sizes that also come as AVIF. */
const paired = imageSizes.filter((size) =>
  imageSizes.some((other) => other.name === `${size.name}Avif`),
)

/** Those sizes, as Payload makes them on upload. */
async function encodeSizes(source: Buffer, format: Format): Promise<Encoded> {
  let bytes = 0
  const started = performance.now()
  for (const size of paired)
    bytes += (await encoder(resized(source, size), format).toBuffer()).length
  return { bytes, ms: performance.now() - started }
}

/** Peak signal-to-noise ratio of an encoded image against its unencoded pixels, in dB. */
async function psnr(reference: Buffer, encoded: Buffer): Promise<number> {
  const decoded = await sharp(encoded).removeAlpha().raw().toBuffer()
  let sum = 0
  for (let i = 0; i < reference.length; i++) sum += (reference[i] - decoded[i]) ** 2
  return 10 * Math.log10(255 ** 2 / (sum / reference.length))
}

/**
 * Compares at equal quality, not at equal settings: the lowest AVIF quality whose card
 * size is at least as faithful (PSNR) as WebP's at Siang's setting.
 */
async function matchingAvifQuality(source: Buffer, webpQuality: number): Promise<number> {
  const og = imageSizes.find((size) => size.name === 'card')!
  const reference = await resized(source, og).removeAlpha().raw().toBuffer()
  const target = await psnr(
    reference,
    await encoder(resized(source, og), { format: 'webp', quality: webpQuality }).toBuffer(),
  )
  let low = 20
  let high = 95
  while (low < high) {
    const mid = Math.floor((low + high) / 2)
    const encoded = await encoder(resized(source, og), { format: 'avif', quality: mid }).toBuffer()
    if ((await psnr(reference, encoded)) >= target) high = mid
    else low = mid + 1
  }
  return low
}

async function median(runs: number, f: () => Promise<Encoded>): Promise<Encoded> {
  const all: Encoded[] = []
  for (let i = 0; i < runs; i++) all.push(await f())
  all.sort((a, b) => a.ms - b.ms)
  return all[Math.floor(runs / 2)]
}

export const imageFormats: Benchmark = {
  name: 'image-formats',
  async run() {
    const source = await photo()
    const webpQuality = quality(paired[0].name)
    const avifQuality = quality(`${paired[0].name}Avif`)
    const matched = await matchingAvifQuality(source, webpQuality)
    const webp = await median(3, () =>
      encodeSizes(source, { format: 'webp', quality: webpQuality }),
    )
    const avif = await median(3, () =>
      encodeSizes(source, { format: 'avif', quality: avifQuality }),
    )
    const bytesRatio = avif.bytes / webp.bytes
    const timeRatio = avif.ms / webp.ms
    return [
      result({
        name: 'AVIF quality as faithful as WebP (PSNR)',
        value: matched,
        unit: 'q',
        baseline: avifQuality,
        target: 'the configured AVIF quality is within 5 of it',
        ok: Math.abs(matched - avifQuality) <= 5,
      }),
      result({
        name: `image sizes (${paired.length}): WebP bytes`,
        value: webp.bytes / 1024,
        unit: 'KiB',
        baseline: null,
        target: 'measured',
        ok: null,
      }),
      result({
        name: `image sizes (${paired.length}): AVIF q${avifQuality} (effort 2) bytes vs WebP q${webpQuality}`,
        value: avif.bytes / 1024,
        unit: 'KiB',
        baseline: webp.bytes / 1024,
        ratio: Number(bytesRatio.toFixed(3)),
        target: 'AVIF pays only if ratio <= 0.75',
        ok: bytesRatio <= 0.75,
      }),
      result({
        name: `image sizes (${paired.length}): AVIF encode time vs WebP`,
        value: avif.ms,
        unit: 'ms',
        baseline: webp.ms,
        ratio: Number(timeRatio.toFixed(3)),
        target: 'AVIF pays only if ratio <= 3',
        ok: timeRatio <= 3,
      }),
    ]
  },
}
