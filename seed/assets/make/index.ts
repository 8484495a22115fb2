/**
 * Makes every demo asset in seed/assets/ from the demo data, offline: cover art and posters with
 * sharp, music with a small synthesiser, voices with espeak-ng, video with ffmpeg, captions as
 * WebVTT. Authoring time only (needs Debian's ffmpeg, espeak-ng and fonts-noto-core); the results
 * are committed and the seed just uploads them. Run: npx tsx seed/assets/make/index.ts
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { campaigns } from '../../data/demo/campaigns'
import { dramas } from '../../data/demo/dramas'
import { news } from '../../data/demo/news'
import { radioSpots } from '../../data/demo/radio'
import { songs } from '../../data/demo/songs'
import { settings } from '../../data/settings'
import { tvSpots } from '../../data/demo/tv'
import type { Cue, L } from '../../data/demo/types'
import { vttFile } from '../../vtt'
import { jpeg, png } from './images'
import { RATE, render, wav } from './synth'

const assets = path.resolve(import.meta.dirname, '..')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-assets-'))
const out = (name: string) => {
  const file = path.join(assets, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return file
}
const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-y', '-loglevel', 'error', ...args])
const say = (line: string) => process.stdout.write(`${line}\n`)

/** What a voice reads: the text without speaker labels and [sound cues]. */
const spoken = (text: string) =>
  text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/^[A-Z][A-Z ]+:/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** espeak-ng reading English, fitted into `seconds` by its speed. */
function voice(text: string, seconds: number, file: string): void {
  const words = text.split(/\s+/).filter(Boolean).length
  const speed = Math.max(130, Math.min(260, Math.ceil((words / seconds) * 60 * 1.1)))
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', String(speed), '-w', file, text])
}

function bed(seconds: number, seed: number, melody: number): string {
  const file = path.join(scratch, `bed-${seed}-${seconds}.wav`)
  fs.writeFileSync(
    file,
    wav(
      render({ seconds, tempo: 88 + (seed % 5) * 8, tonic: 174 + (seed % 4) * 22, seed, melody }),
    ),
  )
  return file
}

/** Mixes voices in at their start times over a bed, to exactly `seconds`. */
function mix(
  bedFile: string,
  voices: { file: string; at: number }[],
  seconds: number,
  args: string[],
): void {
  const inputs = voices.flatMap((v) => ['-i', v.file])
  const delays = voices.map((v, i) => `[${i + 1}:a]adelay=${Math.round(v.at * 1000)}:all=1[v${i}]`)
  const labels = voices.map((_, i) => `[v${i}]`).join('')
  const graph = [
    ...delays,
    `[0:a]${labels}amix=inputs=${voices.length + 1}:normalize=0,apad,atrim=0:${seconds}[a]`,
  ].join(';')
  ffmpeg(['-i', bedFile, ...inputs, '-filter_complex', graph, '-map', '[a]', ...args])
}

async function images(): Promise<void> {
  const cards: { file: string; title: L; kicker: string; width: number; height: number }[] = [
    ...campaigns.map((c) => ({
      file: c.heroImage,
      title: c.title,
      kicker: 'CAMPAIGN',
      width: 1600,
      height: 900,
    })),
    ...news.map((n) => ({
      file: n.heroImage,
      title: n.title,
      kicker: 'NEWS',
      width: 1600,
      height: 900,
    })),
    ...songs.map((s) => ({
      file: s.cover,
      title: s.title,
      kicker: 'SONG',
      width: 1200,
      height: 1200,
    })),
    ...dramas.map((d) => ({
      file: d.poster,
      title: d.title,
      kicker: d.format === 'short' ? 'SHORT DRAMA' : 'DRAMA SERIES',
      width: 1000,
      height: 1500,
    })),
    {
      file: settings.podcast.artwork,
      title: settings.podcast.title,
      kicker: 'PODCAST',
      width: 1400,
      height: 1400,
    },
  ]
  for (const [index, card] of cards.entries()) {
    fs.writeFileSync(out(card.file), await jpeg({ ...card, index }))
    say(`image ${card.file}`)
  }
}

function music(): void {
  for (const [index, song] of songs.entries()) {
    const file = path.join(scratch, `${song.slug}.wav`)
    fs.writeFileSync(
      file,
      wav(
        render({
          seconds: 40,
          tempo: 92 + index * 10,
          tonic: 196 - index * 22,
          seed: 11 + index * 7,
        }),
      ),
    )
    ffmpeg(['-i', file, '-ac', '1', '-ar', String(RATE), '-b:a', '64k', out(song.audio)])
    say(`song ${song.audio}`)
  }
}

function radio(): void {
  for (const [index, spot] of radioSpots.entries()) {
    const speech = path.join(scratch, `${spot.slug}.wav`)
    voice(spoken(spot.script.en), spot.spotLength - 2.5, speech)
    mix(bed(spot.spotLength, 40 + index, 0.2), [{ file: speech, at: 1 }], spot.spotLength, [
      '-ac',
      '1',
      '-ar',
      String(RATE),
      '-b:a',
      '48k',
      out(spot.audio),
    ])
    say(`radio ${spot.audio}`)
  }
}

/** A video: a title card that slowly zooms, the music bed, and each cue spoken. */
async function video(
  file: string,
  title: L,
  kicker: string,
  cues: Cue[],
  seconds: number,
  index: number,
): Promise<void> {
  const card = path.join(scratch, `${index}-card.png`)
  fs.writeFileSync(card, await png({ width: 854, height: 480, title, kicker, index }))
  const voices = cues.map((cue, i) => {
    const f = path.join(scratch, `${index}-cue-${i}.wav`)
    voice(cue.en, cue.end - cue.start, f)
    return { file: f, at: cue.start }
  })
  const audio = path.join(scratch, `${index}-audio.wav`)
  mix(bed(seconds, 60 + index, 0.15), voices, seconds, ['-ac', '1', audio])
  ffmpeg([
    '-loop',
    '1',
    '-framerate',
    '15',
    '-i',
    card,
    '-i',
    audio,
    '-vf',
    `scale=854:480,zoompan=z='min(zoom+0.0006,1.12)':d=1:s=426x240:fps=15`,
    '-t',
    String(seconds),
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '30',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '48k',
    '-ac',
    '1',
    '-movflags',
    '+faststart',
    out(file),
  ])
  say(`video ${file}`)
}

function captions(slug: string, cues: Cue[]): void {
  for (const locale of ['lo', 'en'] as const)
    fs.writeFileSync(out(`captions/${slug}-${locale}.vtt`), vttFile(cues, locale))
}

async function main(): Promise<void> {
  const only = process.argv[2]
  if (!only || only === 'images') await images()
  if (!only || only === 'music') music()
  if (!only || only === 'radio') radio()
  if (!only || only === 'video') {
    let index = 0
    for (const drama of dramas)
      for (const episode of drama.episodes) {
        await video(
          episode.video,
          drama.title,
          `EPISODE ${episode.number}`,
          episode.cues,
          20,
          index++,
        )
        captions(episode.slug, episode.cues)
      }
    for (const spot of tvSpots) {
      const seconds = spot.slug === 'know-the-hotline' ? 15 : 30
      await video(spot.video, spot.title, 'TV SPOT', spot.cues, seconds, index++)
      captions(spot.slug, spot.cues)
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true })
}

await main()
