/**
 * A small synthesiser for the demo's music, so that no audio has to be downloaded: a khaen-like
 * reed voice (odd harmonics) playing a pentatonic tune over a drone, with a soft pulse.
 * Deterministic: the same options give the same samples.
 */
export const RATE = 22050

export type Tune = {
  seconds: number
  /** Beats per minute. */
  tempo: number
  /** Frequency of the tonic, in Hz. */
  tonic: number
  /** A seed for the melody's shape. */
  seed: number
  /** 0–1: how loud the tune is over the drone (a bed under a voice wants it low). */
  melody?: number
}

const pentatonic = [0, 2, 4, 7, 9, 12, 14, 16]

function random(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}

const reed = (phase: number) =>
  Math.sin(phase) +
  0.45 * Math.sin(3 * phase) +
  0.25 * Math.sin(5 * phase) +
  0.12 * Math.sin(7 * phase)

/** Mono samples in -1…1. */
export function render({ seconds, tempo, tonic, seed, melody = 0.6 }: Tune): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE))
  const rnd = random(seed)
  const beat = 60 / tempo
  // A phrase of 8 notes, repeated with variations: music, not noise.
  const phrase = Array.from({ length: 8 }, () => pentatonic[Math.floor(rnd() * pentatonic.length)])
  let t = 0
  let index = 0
  while (t < seconds) {
    const step = phrase[index % 8] + (Math.floor(index / 16) % 2 ? (index % 8 === 3 ? 2 : 0) : 0)
    const length = beat * (index % 4 === 3 ? 2 : 1)
    const freq = tonic * 2 * 2 ** (step / 12)
    const start = Math.round(t * RATE)
    const end = Math.min(out.length, Math.round((t + length) * RATE))
    for (let i = start; i < end; i++) {
      const local = (i - start) / RATE
      const envelope = Math.min(1, local / 0.03) * Math.exp(-local * 1.6)
      out[i] += melody * 0.35 * envelope * reed(2 * Math.PI * freq * local)
    }
    t += length
    index++
  }
  for (let i = 0; i < out.length; i++) {
    const time = i / RATE
    const drone =
      0.12 * reed(2 * Math.PI * tonic * time) + 0.08 * reed(2 * Math.PI * tonic * 1.5 * time)
    const pulse = 0.1 * Math.exp(-((time % beat) / 0.05)) * Math.sin(2 * Math.PI * 70 * time)
    const fade = Math.min(1, time / 1, (seconds - time) / 1.5)
    out[i] = Math.max(-1, Math.min(1, (out[i] + drone + pulse) * fade))
  }
  return out
}

/** 16-bit PCM WAV. */
export function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * 32767), i * 2))
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(RATE, 24)
  header.writeUInt32LE(RATE * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}
