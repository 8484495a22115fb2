/**
 * The half-year roll-up: what aired against what was booked, per station; people reached, from the
 * provinces' reports; plays and views, from the counters; embeds per partner; and quiz and poll
 * answers. National, or for
 * one province. In three steps: who may see what (./scope.ts), the reads (./queries.ts), and the
 * arithmetic (./figures.ts, ./plays.ts).
 */
import type { Payload, Where } from 'payload'
import type { Locale } from '../../lib/locales'
import { answerFigures } from './answers'
import { broadcastFigures, reportFigures } from './figures'
import { addUpCounts, embedFigures, playFigures, slugsByType } from './plays'
import { summaryReads } from './queries'
import { askedPeriod, assertMayReadReach, provinceScope } from './scope'
import type { ReachSummary, SummaryUser } from './types'

export { peopleFigures, tallyFigures } from './figures'
export type { Counted, People, ReachSummary, ReportStatus, Tally } from './types'

/**
 * The roll-up for `period` (default: the current half-year) and, if given, one province by its
 * code. Throws ReachError: 401 without a user, 403 for other roles or another's province, 400
 * for a bad period or an unknown province.
 *
 * Every read is made as the user (overrideAccess: false); the scope here is narrower still: a
 * provincial editor may read every station and broadcast, but its roll-up keeps to its provinces.
 */
export async function reachSummary(
  payload: Payload,
  user: SummaryUser | null | undefined,
  query: { period?: string | null; province?: string | null; locale?: Locale },
): Promise<ReachSummary> {
  assertMayReadReach(user)
  const range = askedPeriod(query.period)
  const read = summaryReads(payload, user, query.locale ?? 'lo')

  const provinceDocs = await read.provinces()
  const scope = provinceScope(user, provinceDocs, query.province)
  const inScope: Where = scope.national
    ? {}
    : { province: { in: scope.provinces.map((p) => p.id as number | string) } }

  const stations = await read.stations(inScope)
  const broadcasts = stations.length
    ? await read.broadcasts(range, scope.national ? null : stations.map((s) => s.id))
    : []
  const reports = await read.reports(range.period, inScope)
  const counts = addUpCounts(await read.periodCounts(range.period), await read.dayCounts(range))
  const titles = await read.titles(slugsByType(counts))
  const partners = await read.partners([...counts.byPartner.keys()])

  return {
    period: range.period,
    firstDay: range.firstDay,
    lastDay: range.lastDay,
    scope: {
      national: scope.national,
      province: scope.code,
      provinces: scope.provinces.map((p) => String(p.code)),
    },
    broadcasts: broadcastFigures(stations, broadcasts, provinceDocs),
    ...reportFigures(scope.provinces, reports),
    plays: playFigures(counts, titles),
    embeds: embedFigures(counts, partners),
    answers: await answerFigures(read, range.period, scope, provinceDocs),
  }
}
