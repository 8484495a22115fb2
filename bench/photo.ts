import sharp from 'sharp'

/**
 * A stand-in for a phone photo, made here (no photo can be downloaded on these machines): sky and
 * ground gradients, soft shapes, and sensor-like grain, which is what makes photos hard to
 * compress. Flat test images flatter every encoder.
 */
export async function photo(width = 4000, height = 3000): Promise<Buffer> {
  const shapes = Array.from({ length: 40 }, (_, i) => {
    const x = (i * 977) % width
    const y = height * 0.45 + ((i * 613) % (height * 0.5))
    const r = 60 + ((i * 131) % 400)
    const hue = (i * 47) % 360
    return `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.7}" fill="hsl(${hue},45%,${30 + (i % 5) * 8}%)" opacity="0.85"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#5b8fd6"/><stop offset="0.5" stop-color="#d9e7f5"/>
      <stop offset="0.5" stop-color="#6f8f3a"/><stop offset="1" stop-color="#3b4a1e"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>${shapes}</svg>`
  const scene = await sharp(Buffer.from(svg)).blur(6).raw().toBuffer({ resolveWithObject: true })
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 7 },
    },
  })
    .raw()
    .toBuffer()
  const mixed = Buffer.alloc(width * height * 3)
  const channels = scene.info.channels
  for (let p = 0, q = 0; q < mixed.length; p += channels, q += 3) {
    for (let c = 0; c < 3; c++)
      mixed[q + c] = Math.max(0, Math.min(255, scene.data[p + c] + grain[q + c] - 128))
  }
  return sharp(mixed, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}
