import type { Cue } from './data/demo/types'

const stamp = (seconds: number) => {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}

/** A WebVTT file of the cues in one language. */
export function vttFile(cues: Cue[], locale: 'lo' | 'en'): string {
  const body = cues
    .map((cue, i) => `${i + 1}\n${stamp(cue.start)} --> ${stamp(cue.end)}\n${cue[locale]}`)
    .join('\n\n')
  return `WEBVTT\n\n${body}\n`
}
