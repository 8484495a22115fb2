/**
 * How the plan's statuses look on the reach page and the printed report: a colour each (with
 * white text at more than 4.5:1) and the words, always shown with it; and its figures in the
 * page's language.
 */
import type { AdminLanguage } from '@/i18n/admin'
import type { Say } from '@/i18n/siang'
import { intlLocale } from '@/lib/laoTime'
import type { IndicatorStatus } from '../indicators/status'
import { statusWords } from '../indicators/words'

export const statusColour: Record<IndicatorStatus | 'none', string> = {
  'on-track': '#2e7d32',
  'at-risk': '#8a5300',
  'off-track': '#c62828',
  none: '#616161',
}

/** A status in words; without one, that there is no target or figure yet. */
export const statusText = (status: IndicatorStatus | null, say: Say, lang: AdminLanguage) =>
  status ? statusWords[status][lang] : say('planNoStatus')

/** Colours the printer keeps even with "background graphics" off. */
export const printExact = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } as const

/** Numbers and shares in the page's language; a per cent unit's figures as shares. */
export function formats(lang: AdminLanguage) {
  const n = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 })
  const figure = (v: number | null, unit?: string) =>
    v === null ? '–' : unit === 'percent' ? `${n.format(v)}%` : n.format(v)
  const percent = (v: number | null) => (v === null ? '–' : `${n.format(Math.round(v))}%`)
  return { figure, percent }
}
