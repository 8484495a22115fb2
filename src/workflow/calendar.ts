/**
 * The social media calendar: posts by the day they are scheduled for, a month at a time, in
 * Lao time (Asia/Vientiane), read as the signed-in user.
 */
import type { Payload } from 'payload'
import { laoDay } from '../lib/laoTime'

export type CalendarPost = {
  id: number | string
  title: string
  scheduledFor: string
  platforms: string[]
  status: 'draft' | 'published'
  workflowStatus?: string | null
}

export type CalendarMonth = {
  /** `YYYY-MM` */
  month: string
  previous: string
  next: string
  /** Weeks of seven `YYYY-MM-DD` days, Monday first; days outside the month are null. */
  weeks: (string | null)[][]
  /** Posts by `YYYY-MM-DD` (Lao time), in time order. */
  byDay: Record<string, CalendarPost[]>
  /** Today in Lao time, `YYYY-MM-DD`, which the grid marks when it shows this month. */
  today: string
}

/** The month asked for (`YYYY-MM`), or the current one in Lao time. */
export function parseMonth(value: unknown, now = new Date()): { year: number; month: number } {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return { year: Number(m[1]), month: Number(m[2]) }
  const [year, month] = laoDay(now).split('-').map(Number)
  return { year, month }
}

const pad = (n: number) => String(n).padStart(2, '0')
const key = (year: number, month: number) => `${year}-${pad(month)}`
/** Laos keeps UTC+7 all year. */
const laoMidnight = (year: number, month: number, day = 1) =>
  new Date(Date.UTC(year, month - 1, day) - 7 * 60 * 60 * 1000)

export async function calendarMonth(
  payload: Payload,
  user: unknown,
  asked: unknown,
  now = new Date(),
): Promise<CalendarMonth> {
  const { year, month } = parseMonth(asked, now)
  const start = laoMidnight(year, month)
  const end = laoMidnight(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1)
  const { docs } = await payload.find({
    collection: 'social-posts',
    where: {
      and: [
        { scheduledFor: { greater_than_equal: start.toISOString() } },
        { scheduledFor: { less_than: end.toISOString() } },
      ],
    },
    sort: 'scheduledFor',
    draft: true,
    limit: 500,
    depth: 0,
    overrideAccess: false,
    user: user as never,
  })
  const byDay: Record<string, CalendarPost[]> = {}
  for (const doc of docs) {
    if (!doc.scheduledFor) continue
    const day = laoDay(new Date(doc.scheduledFor))
    ;(byDay[day] ??= []).push({
      id: doc.id,
      title: doc.title,
      scheduledFor: doc.scheduledFor,
      platforms: (doc.platforms ?? []) as string[],
      status: (doc._status ?? 'draft') as 'draft' | 'published',
      workflowStatus: doc.workflowStatus,
    })
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7 // Monday 0
  const cells: (string | null)[] = [
    ...Array<null>(firstWeekday).fill(null),
    ...Array.from({ length: days }, (_, i) => `${key(year, month)}-${pad(i + 1)}`),
  ]
  while (cells.length % 7) cells.push(null)
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
  return {
    month: key(year, month),
    previous: month === 1 ? key(year - 1, 12) : key(year, month - 1),
    next: month === 12 ? key(year + 1, 1) : key(year, month + 1),
    weeks,
    byDay,
    today: laoDay(now),
  }
}
