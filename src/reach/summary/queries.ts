/**
 * The summary's reads, every one made as the asking user (overrideAccess: false) through the
 * Local API, so both database engines agree.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import type { Locale } from '../../lib/locales'
import type { PeriodRange } from '../periods'
import type { Doc, SummaryUser } from './types'
import { slugs } from '@/lib/slugs'

type Read = (
  collection: CollectionSlug,
  where: Where,
  select: Record<string, true>,
  locale?: Locale,
) => Promise<Doc[]>

export type SummaryReads = ReturnType<typeof summaryReads>

export function summaryReads(payload: Payload, user: SummaryUser, locale: Locale) {
  const read: Read = async (collection, where, select, inLocale) => {
    const { docs } = await payload.find({
      collection,
      where,
      select,
      locale: inLocale,
      depth: 0,
      limit: 0,
      pagination: false,
      user,
      overrideAccess: false,
    })
    return docs as unknown as Doc[]
  }

  return {
    provinces: () => read(slugs.provinces, {}, { title: true, code: true }, locale),

    stations: (inScope: Where) =>
      read(slugs.stations, inScope, { name: true, kind: true, province: true }, locale),

    /** Broadcasts planned in the period, of `stationIds` only unless null (national). */
    broadcasts: (range: PeriodRange, stationIds: unknown[] | null) =>
      read(
        slugs.broadcasts,
        {
          and: [
            { plannedAt: { greater_than_equal: range.from.toISOString() } },
            { plannedAt: { less_than: range.to.toISOString() } },
            ...(stationIds ? [{ station: { in: stationIds } }] : []),
          ],
        },
        { station: true, status: true },
      ),

    reports: (period: string, inScope: Where) =>
      read(
        slugs.reachReports,
        { and: [{ period: { equals: period } }, inScope] },
        {
          period: true,
          province: true,
          status: true,
          eventsHeld: true,
          reached: true,
          reachedByAge: true,
          reachedBySexAge: true,
          materials: true,
          narrative: true,
        },
      ),

    /** The counters' totals of the half-year, per item, source and partner. */
    periodCounts: (period: string) =>
      read(
        slugs.periodCounts,
        { period: { equals: period } },
        { type: true, slug: true, source: true, partner: true, views: true, plays: true },
      ),

    /** The counters' totals per day of the half-year, over every item. */
    dayCounts: (range: PeriodRange) =>
      read(
        slugs.dayCounts,
        {
          and: [
            { day: { greater_than_equal: range.firstDay } },
            { day: { less_than_equal: range.lastDay } },
          ],
        },
        { day: true, views: true, plays: true },
      ),

    /** Titles by `type/slug`, of the items counted; a type that is no collection is skipped. */
    titles: async (slugsByType: Map<string, string[]>) => {
      const titles = new Map<string, string>()
      for (const [type, slugs] of slugsByType) {
        if (!payload.collections[type as CollectionSlug]) continue
        const docs = await read(
          type as CollectionSlug,
          { slug: { in: slugs } },
          { slug: true, title: true },
          locale,
        )
        for (const d of docs) titles.set(`${type}/${String(d.slug)}`, String(d.title ?? d.slug))
      }
      return titles
    },

    /**
     * Quiz or poll tallies of the period, of `provinceIds` only unless null (national). The one
     * read past access: no one reads these rows through the API, not even staff. The asker's
     * scope is checked before, and the figures go out under the small-number rule
     * (./answerFigures.ts).
     */
    answerTallies: async (
      collection: typeof slugs.quizTallies | typeof slugs.pollTallies,
      period: string,
      provinceIds: unknown[] | null,
    ) => {
      const { docs } = await payload.find({
        collection,
        where: {
          and: [
            { period: { equals: period } },
            ...(provinceIds ? [{ province: { in: provinceIds } }] : []),
          ],
        } as Where,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      return docs as unknown as Doc[]
    },

    /** The quizzes or polls answered, with their questions or options, in the asker's language. */
    answered: (collection: typeof slugs.quizzes | typeof slugs.polls, ids: unknown[]) =>
      ids.length
        ? read(
            collection,
            { id: { in: ids } },
            collection === slugs.quizzes
              ? { slug: true, title: true, questions: true }
              : { slug: true, title: true, options: true },
            locale,
          )
        : Promise.resolve([]),

    partners: (ids: string[]) =>
      ids.length
        ? read(slugs.partners, { id: { in: ids } }, { slug: true, title: true }, locale)
        : Promise.resolve([]),
  }
}
