/** The shapes of the reach summary, shared by its scope, query and arithmetic steps. */
import type { AgeBand } from '../../lib/profile'
import type { ReportSex } from '../reportValues'

export type Tally = {
  /** Every broadcast planned for the period. */
  booked: number
  /** Still `planned`: no outcome logged yet. */
  planned: number
  aired: number
  moved: number
  missed: number
  /** (aired + moved) / (aired + moved + missed): of the broadcasts whose outcome is logged. */
  deliveryRate: number | null
}

export type People = {
  eventsHeld: number
  female: number
  male: number
  other: number
  total: number
  under15: number
  from15to24: number
  from25: number
}

export type ReportStatus = 'missing' | 'draft' | 'submitted' | 'accepted'

export type Counted = { views: number; plays: number }

export type ReachSummary = {
  period: string
  firstDay: string
  lastDay: string
  /** `national`: every province, for a national user who named none. */
  scope: { national: boolean; province: string | null; provinces: string[] }
  broadcasts: {
    total: Tally
    stations: ({
      id: number | string
      name: string
      kind: 'radio' | 'tv'
      province: string
    } & Tally)[]
  }
  reached: {
    /** Only submitted and accepted reports count in the total. */
    total: People
    reports: Record<ReportStatus, number>
    /** Counted reports' people by sex and age band: those entered in the sex-by-age table. */
    bySexAge: { reports: number; cells: Record<ReportSex, Record<AgeBand, number>> }
    /**
     * Counted reports entered before the table: their people by sex, and by age in the three old
     * bands only (the table's bands cannot be told apart in them).
     */
    oldBands: { reports: number } & Omit<People, 'eventsHeld'>
    provinces: ({
      code: string
      title: string
      status: ReportStatus
      counted: boolean
      narrative: string | null
      /** Materials its report lists, in all. */
      materials: number
    } & People)[]
  }
  /** Materials distributed, by type, from the counted reports. */
  materials: { type: string; count: number }[]
  /** From the counters: the whole country, as they record no place. */
  plays: {
    total: Counted
    /** Pages of the site, partners' embeds, and podcast apps' downloads (as plays). */
    bySource: { site: Counted; embed: Counted; podcast: Counted }
    byType: ({ type: string } & Counted)[]
    byItem: ({ type: string; slug: string; title: string | null } & Counted)[]
    byDay: ({ day: string } & Counted)[]
  }
  embeds: {
    partners: ({ id: number | string; slug: string; title: string } & Counted)[]
    /** Embeds on pages no partner has declared. */
    unattributed: Counted
  }
  /** Quiz and poll answers of the period, in the scope's provinces (national: all, and none). */
  answers: { quizzes: QuizSummary[]; polls: PollSummary[] }
}

/** A count as the small-number rule lets it be shown: exactly, or "<5" for 1 to 4. */
export type Shown = number | '<5'

/** A figure by age band, by sex and by province (ISO code); `unknown` for those not saying. */
export type AnswerGroups<G> = { byAgeBand: G[]; bySex: G[]; byProvince: G[] }

export type QuizSummary = {
  slug: string
  title: string
  attempts: Shown
  /** Per cent of answers right; null with fewer than 5 attempts. */
  averageScore: number | null
  questions: { question: string; rightShare: number | null }[]
} & AnswerGroups<{ group: string; attempts: Shown; averageScore: number | null }>

export type PollSummary = {
  slug: string
  title: string
  votes: Shown
  options: { label: string; votes: Shown; share: number | null }[]
} & AnswerGroups<{ group: string; votes: Shown; options: Shown[] }>

/** Who asks: a signed-in user as Payload reads it. */
export type SummaryUser = { id: unknown; roles?: readonly string[] | null; provinces?: unknown }

/** A document as read with `select` and depth 0: its fields are checked where they are used. */
export type Doc = Record<string, unknown>
