/** WebVTT validation: enough parsing to refuse a broken file with the line that is wrong. */

export type VttProblem = { line: number; message: string }

const timestamp = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

function seconds(text: string): number | null {
  const m = timestamp.exec(text.trim())
  if (!m) return null
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000
}

/** Returns the first problem found, or null when the file is valid WebVTT. */
export function vttProblem(text: string): VttProblem | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { line: 1, message: 'A WebVTT file must start with the line "WEBVTT".' }
  }
  let cues = 0
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]
    if (!line.includes('-->')) continue
    const [startText, rest = ''] = line.split('-->')
    const endText = rest.trim().split(/\s+/)[0] ?? ''
    const start = seconds(startText)
    const end = seconds(endText)
    if (start === null || end === null) {
      return {
        line: i + 1,
        message: `The cue timing "${line.trim()}" is not of the form 00:00:01.000 --> 00:00:04.000.`,
      }
    }
    if (end < start) {
      return {
        line: i + 1,
        message: `The cue ends (${endText}) before it starts (${startText.trim()}).`,
      }
    }
    cues++
  }
  if (cues === 0) return { line: lines.length, message: 'The WebVTT file has no cues.' }
  return null
}
