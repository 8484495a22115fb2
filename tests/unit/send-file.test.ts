import { describe, expect, it } from '@jest/globals'
import { accelPath, fileOfAccelPath } from '@/media/acceleratedFile'
import { rangeOf } from '@/server/sendFile'

describe('sending a named media file', () => {
  it('reads one byte range as nginx does, and the whole file for several', () => {
    expect(rangeOf(undefined, 1000)).toBe('whole')
    expect(rangeOf('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 })
    expect(rangeOf('bytes=900-', 1000)).toEqual({ start: 900, end: 999 })
    expect(rangeOf('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 })
    expect(rangeOf('bytes=-10', 1000)).toEqual({ start: 990, end: 999 })
    expect(rangeOf('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 })
    expect(rangeOf('bytes=0-1,5-9', 1000)).toBe('whole')
    expect(rangeOf('items=0-1', 1000)).toBe('whole')
    expect(rangeOf('bytes=1000-', 1000)).toBe('unsatisfiable')
    expect(rangeOf('bytes=50-10', 1000)).toBe('unsatisfiable')
    expect(rangeOf('bytes=-0', 1000)).toBe('unsatisfiable')
  })

  it('names only one file inside MEDIA_DIR, whatever the path says', () => {
    expect(fileOfAccelPath(accelPath('song call 1300.mp3', 'public'))).toBe('song call 1300.mp3')
    expect(fileOfAccelPath(accelPath('ເພງ.mp3', 'private'))).toBe('ເພງ.mp3')
    for (const path of [
      '/_siang/media/public/..',
      '/_siang/media/public/%2E%2E',
      '/_siang/media/public/..%2Fdata%2Fsiang.db',
      '/_siang/media/public/a%2Fb',
      '/_siang/media/public/a%00b',
      '/_siang/media/public/%E0%A4%A',
      '/_siang/media/other/x.mp3',
      '/_siang/media/public/',
      '/etc/passwd',
    ])
      expect([path, fileOfAccelPath(path)]).toEqual([path, null])
  })
})
