import { describe, expect, it } from '@jest/globals'
import { safeFileName } from '@/media/filename'
import { describeBytes, maxUploadBytes, mediaLimits } from '@/media/limits'
import { declaredKind, sniff } from '@/media/sniff'
import { vttProblem } from '@/media/vtt'
import { png, vtt, wav } from '../fixtures/media'

describe('media limits', () => {
  it('defaults to the contract: images 25 MB, audio 200 MB, video 2 GB, captions 1 MB', () => {
    const limits = mediaLimits({})
    expect(describeBytes(limits.image)).toBe('25 MB')
    expect(describeBytes(limits.audio)).toBe('200 MB')
    expect(describeBytes(limits.video)).toBe('2 GB')
    expect(describeBytes(limits.captions)).toBe('1 MB')
    expect(maxUploadBytes(limits)).toBe(limits.video)
  })

  it('reads overrides from the environment and refuses nonsense', () => {
    expect(mediaLimits({ MEDIA_MAX_IMAGE_MB: '10' }).image).toBe(10 * 1024 * 1024)
    expect(() => mediaLimits({ MEDIA_MAX_VIDEO_MB: 'lots' })).toThrow(/MEDIA_MAX_VIDEO_MB/)
  })
})

describe('sniffing', () => {
  it('knows a PNG and a WAV by their bytes', async () => {
    expect(await sniff(await png())).toMatchObject({ ok: true, kind: 'image', mime: 'image/png' })
    expect(await sniff(wav())).toMatchObject({ ok: true, kind: 'audio', mime: 'audio/wav' })
  })

  it('knows captions, and refuses SVG, HTML, empty and unknown files with 415', async () => {
    expect(await sniff(Buffer.from(vtt.good))).toMatchObject({ ok: true, kind: 'captions' })
    expect(await sniff(Buffer.from('<svg xmlns="x"></svg>'))).toMatchObject({
      ok: false,
      message: /PNG/,
    })
    expect(await sniff(Buffer.from('<html><body>x</body></html>'))).toMatchObject({
      ok: false,
      status: 415,
    })
    expect(await sniff(Buffer.alloc(0))).toMatchObject({ ok: false, message: 'The file is empty.' })
    expect(await sniff(Buffer.from('just some words'))).toMatchObject({
      ok: false,
      message: /could not recognise/,
    })
  })

  it('reads the kind a Content-Type claims, if any', () => {
    expect(declaredKind('audio/mpeg')).toBe('audio')
    expect(declaredKind('text/vtt')).toBe('captions')
    expect(declaredKind('application/octet-stream')).toBeNull()
  })
})

describe('WebVTT', () => {
  it('accepts a valid file', () => {
    expect(vttProblem(vtt.good)).toBeNull()
    expect(vttProblem('\uFEFFWEBVTT - Lao\r\n\r\n01:00:00.000 --> 01:00:01.000\r\nx')).toBeNull()
  })

  it('names the line of a missing header, a bad timing and a backwards cue', () => {
    expect(vttProblem(vtt.noHeader)).toMatchObject({ line: 1 })
    expect(vttProblem('WEBVTT\n\n0:1 --> 0:2\nx')).toMatchObject({
      line: 3,
      message: /not of the form/,
    })
    expect(vttProblem(vtt.backwards)).toMatchObject({
      line: 6,
      message: /ends .* before it starts/,
    })
    expect(vttProblem('WEBVTT\n')).toMatchObject({ message: /no cues/ })
  })
})

describe('stored file names', () => {
  it('keeps a plain name with the extension the bytes call for', () => {
    expect(safeFileName('Song of home.mp3', 'mp3')).toBe('Song-of-home.mp3')
    expect(safeFileName('ເພງ ບ້ານ.png', 'png')).toBe('ເພງ-ບ້ານ.png')
    expect(safeFileName('photo.jpg', 'png')).toBe('photo.png')
  })

  it('replaces path parts, control and bidi characters, and overlong names', () => {
    for (const bad of [
      '../x.png',
      'a\u0000b.png',
      'x\u202Egnp.exe',
      'a'.repeat(300) + '.png',
      '.png',
    ]) {
      expect(safeFileName(bad, 'png')).toMatch(/^upload-[0-9a-f]{12}\.png$/)
    }
  })
})
