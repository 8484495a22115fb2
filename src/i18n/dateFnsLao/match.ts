/**
 * Parsing Lao dates (date-fns `parse`, react-datepicker's typed input): any width of a name is
 * accepted, the longest first, so that "ວັນອັງຄານ" is not read as "ວັນອາທິດ"'s "ອາ".
 */
import type { Match } from 'date-fns'
import { dayPeriods, days, eras, months, quarters } from './words'

type Result<T> = { value: T; rest: string } | null

/** The index of the longest name that `text` starts with, among every width's names. */
function byName(widths: Record<string, readonly string[]>) {
  const names = Object.values(widths)
    .flatMap((list) => list.map((name, index) => ({ name, index })))
    .sort((a, b) => b.name.length - a.name.length)
  return (text: string): Result<number> => {
    const found = names.find(({ name }) => text.startsWith(name))
    return found ? { value: found.index, rest: text.slice(found.name.length) } : null
  }
}

const month = byName(months)
const day = byName(days)
const era = byName(eras)
const quarter = byName(quarters)

type Period = keyof (typeof dayPeriods)['wide']
const periods = Object.values(dayPeriods)
  .flatMap((names) => Object.entries(names) as [Period, string][])
  .sort((a, b) => b[1].length - a[1].length)

export const match: Match = {
  ordinalNumber: (text) => {
    const found = /^(?:ທີ\s*)?(\d+)/.exec(text)
    return found ? { value: Number(found[1]), rest: text.slice(found[0].length) } : null
  },
  era: (text) => {
    const found = era(text)
    return found && { value: found.value as 0 | 1, rest: found.rest }
  },
  quarter: (text) => {
    const found = quarter(text)
    return found && { value: (found.value + 1) as 1 | 2 | 3 | 4, rest: found.rest }
  },
  month: (text) => {
    const found = month(text)
    return found && { value: found.value as 0, rest: found.rest }
  },
  day: (text) => {
    const found = day(text)
    return found && { value: found.value as 0, rest: found.rest }
  },
  dayPeriod: (text) => {
    const found = periods.find(([, name]) => text.startsWith(name))
    return found ? { value: found[0], rest: text.slice(found[1].length) } : null
  },
}
