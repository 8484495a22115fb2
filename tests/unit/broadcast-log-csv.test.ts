import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { english } from '@/i18n/siang'
import { fromLaoTime } from '@/lib/laoTime'
import { ImportFileError, IMPORT_MAX_ROWS, readLog } from '@/reach/importCsv'
import { dramas } from '../../seed/data/demo/dramas'
import { radioSpots } from '../../seed/data/demo/radio'
import { stations } from '../../seed/data/demo/reach'
import { songs } from '../../seed/data/demo/songs'
import { tvSpots } from '../../seed/data/demo/tv'

const refusal = (input: string) => {
  try {
    readLog(input, english)
  } catch (err) {
    if (err instanceof ImportFileError) return { status: err.status, message: err.message }
    throw err
  }
  return null
}

describe('readLog', () => {
  it('reads a BOM, CRLF, semicolons and loosely written headers', () => {
    const rows = readLog(
      '\uFEFF Station ;DATE;Time;type;Item;Aired At\r\nLNR;2026-01-02;07:00;song;a-song;07:01\r\n',
      english,
    )
    expect(rows).toEqual([
      {
        line: 2,
        cells: {
          station: 'LNR',
          date: '2026-01-02',
          time: '07:00',
          type: 'song',
          item: 'a-song',
          status: '',
          aired_at: '07:01',
          note: '',
        },
      },
    ])
  })

  it('counts physical lines across quoted line breaks, and skips blank rows', () => {
    const rows = readLog(
      'station,date,time,type,item,note\nA,d,t,song,x,"one\ntwo\nthree"\n\n,,,,,\nB,d,t,song,y,\n',
      english,
    )
    expect(rows.map((r) => [r.line, r.cells.station])).toEqual([
      [2, 'A'],
      [7, 'B'],
    ])
  })

  it('refuses a file whose header lacks required columns, naming them', () => {
    expect(refusal('station,date,item\nA,2026-01-02,x\n')).toEqual({
      status: 400,
      message: expect.stringContaining('time, type'),
    })
  })

  it('refuses an unclosed quote with its line, text that is not UTF-8, and too many rows', () => {
    expect(refusal('station,date,time,type,item\nA,"b,c,d,e\n')?.message).toMatch(/line 2/)
    expect(() => readLog(new Uint8Array([0x73, 0xff, 0xfe, 0x0a]), english)).toThrow(/UTF-8/)
    const many = ['station,date,time,type,item', ...Array(IMPORT_MAX_ROWS + 1).fill('a,b,c,d,e')]
    expect(refusal(many.join('\n'))?.status).toBe(413)
    expect(refusal('station,date,time,type,item\n' + 'x'.repeat(2 * 1024 * 1024))?.status).toBe(413)
  })
})

describe('fromLaoTime', () => {
  it('reads Lao wall-clock time as UTC+7 and refuses days and times that do not exist', () => {
    expect(fromLaoTime('2026-01-01', '06:30')?.toISOString()).toBe('2025-12-31T23:30:00.000Z')
    expect(fromLaoTime('2026-02-29', '06:30')).toBeNull()
    expect(fromLaoTime('2026-01-01', '24:00')).toBeNull()
    expect(fromLaoTime('01/02/2026', '06:30')).toBeNull()
  })
})

describe('the sample station log (seed/data/broadcast-log-sample.csv)', () => {
  it('reads cleanly and names only demo stations and demo items', () => {
    const file = fs.readFileSync(path.resolve('seed/data/broadcast-log-sample.csv'))
    const rows = readLog(new Uint8Array(file), english)
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 10, 11])
    // A station may be named in Lao or in English.
    const names = stations.flatMap((s) => [s.name.lo, s.name.en])
    const items: Record<string, string[]> = {
      'radio-spot': radioSpots.map((s) => s.slug),
      'tv-spot': tvSpots.map((s) => s.slug),
      song: songs.map((s) => s.slug),
      episode: dramas.flatMap((d) => d.episodes.map((e) => e.slug)),
    }
    for (const { cells } of rows) {
      expect(names).toContain(cells.station)
      expect(items[cells.type]).toContain(cells.item)
      expect(fromLaoTime(cells.date, cells.time)).not.toBeNull()
    }
  })
})
