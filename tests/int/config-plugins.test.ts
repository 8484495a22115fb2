/**
 * What the plugins in src/payload.config.ts add, read from the built config: a refactor that
 * drops one, or a Payload upgrade that stops calling the root editor last (src/plugins/
 * afterSanitize.ts), fails here. What the hooks and access do: tests/http/freshness,
 * tests/int/access and tests/http/security-server-owned-fields.
 */
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { writtenBySiangOnly } from '@/access/fieldAccess'
import { staff } from '@/access/staff'
import { contentSlugs, globalSlugs, payloadSlugs, slugs } from '@/lib/slugs'
import { collectionCardsWidget } from '@/i18n/dashboardWidgets'
import { guardScheduleDelete } from '@/jobs/guardSchedules'
import { revalidateChange, revalidateDelete, revalidateSettings } from '@/site/freshness'
import { tempDir } from '../helpers/payload'

process.env.DATABASE_URI = `file:${path.join(tempDir(), 'siang.db')}`
const config = await (await import('@payload-config')).default

const collection = (slug: string) => {
  const found = config.collections.find((c) => c.slug === slug)
  if (!found) throw new Error(`no collection ${slug}`)
  return found
}

describe('the plugins of the built config', () => {
  it('keeps the site fresh: every shown collection and the settings expire tags, last', () => {
    const shown = [
      ...contentSlugs,
      slugs.campaigns,
      slugs.topics,
      slugs.provinces,
      slugs.partners,
      slugs.media,
      slugs.services,
    ]
    for (const slug of shown) {
      const { hooks } = collection(slug)
      expect([slug, hooks.afterChange?.at(-1)]).toEqual([slug, revalidateChange])
      expect([slug, hooks.afterDelete?.at(-1)]).toEqual([slug, revalidateDelete])
    }
    const hidden = config.collections.filter((c) => !(shown as string[]).includes(c.slug))
    expect(hidden.map((c) => c.slug)).toEqual(expect.arrayContaining([slugs.users]))
    for (const c of hidden) {
      expect(c.hooks.afterChange ?? []).not.toContain(revalidateChange)
      expect(c.hooks.afterDelete ?? []).not.toContain(revalidateDelete)
    }
    const settings = config.globals.find((g) => g.slug === globalSlugs.siteSettings)
    expect(settings?.hooks.afterChange?.at(-1)).toBe(revalidateSettings)
  })

  it('hardens Payload’s own collections and timestamps once sanitized', () => {
    const locks = collection(payloadSlugs.lockedDocuments)
    expect(locks.access).toMatchObject({ read: staff, create: staff, update: staff, delete: staff })
    expect(collection(payloadSlugs.jobs).hooks.beforeDelete).toContain(guardScheduleDelete)
    const timestamps = [...config.collections, ...config.globals].flatMap((entity) =>
      entity.fields.flatMap((f) =>
        f.type === 'date' && (f.name === 'createdAt' || f.name === 'updatedAt')
          ? [{ where: `${entity.slug}.${f.name}`, access: f.access }]
          : [],
      ),
    )
    // Every collection has both, but those that keep answers, which keep no time by design, and
    // the counters' totals, whose time is their period or day; the internal ones are hardened too.
    const untimed = config.collections.filter((c) => c.timestamps === false).map((c) => c.slug)
    expect(untimed.filter((slug) => !slug.startsWith('payload-')).sort()).toEqual(
      [
        slugs.pollTallies,
        slugs.pollVoters,
        slugs.quizTallies,
        slugs.periodCounts,
        slugs.dayCounts,
      ].sort(),
    )
    expect(timestamps.length).toBeGreaterThanOrEqual(
      2 * (config.collections.length - untimed.length),
    )
    expect(timestamps.map((t) => t.where)).toEqual(
      expect.arrayContaining([`${payloadSlugs.jobs}.createdAt`, `${slugs.news}.updatedAt`]),
    )
    for (const t of timestamps) expect(t).toMatchObject({ access: writtenBySiangOnly })
  })

  it('lists Siang’s collection cards once, in place of Payload’s', () => {
    // Only these two matter; Payload's widget type, with its fields, is too deep to compare.
    const widgets = (config.admin.dashboard?.widgets ?? []) as {
      slug: string
      Component: unknown
    }[]
    const named = widgets.filter((w) => w.slug === collectionCardsWidget.slug)
    expect(named.map((w) => w.Component)).toEqual([collectionCardsWidget.Component])
  })
})
