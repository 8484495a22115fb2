import { randomBytes } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import { provinces } from './data/provinces'
import { resetDemo, seedDemo } from './demo'
import { ensureMedia } from './media'
import { settings } from './data/settings'
import { topics } from './data/topics'

export type SeedOptions = {
  reset?: boolean
  /** The demo campaign and its media (default true). */
  demo?: boolean
  adminEmail?: string
  adminPassword?: string
  log?: (line: string) => void
}

export type SeedResult = {
  created: number
  skipped: number
  deleted: number
  /** Set only when this run created the admin with a generated password. */
  admin?: { email: string; password: string; generated: boolean }
}

// Seeding writes as the system: no user, no revalidation of pages that do not exist yet.
const context = { disableRevalidate: true, seeding: true }

type Bilingual = { slug: string; lo: string; en: string }

/** Creates a doc with a Lao and an English title unless one with the same `field` value exists. */
async function ensure(
  payload: Payload,
  collection: CollectionSlug,
  field: 'slug' | 'code',
  item: Bilingual & Record<string, string>,
  result: SeedResult,
): Promise<void> {
  const { totalDocs } = await payload.count({
    collection,
    where: { [field]: { equals: item[field] } },
  })
  if (totalDocs > 0) {
    result.skipped++
    return
  }
  const extra = field === 'code' ? { code: item.code } : {}
  const doc = await payload.create({
    collection,
    locale: 'lo',
    data: { title: item.lo, slug: item.slug, ...extra } as never,
    context,
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'en',
    data: { title: item.en } as never,
    context,
  })
  result.created++
}

async function ensureSettings(payload: Payload, result: SeedResult): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', locale: 'lo', depth: 0 })
  if (current.hotlines?.length) {
    result.skipped++
    return
  }
  const lo = await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'lo',
    data: {
      hotlines: settings.hotlines.map((h) => ({ number: h.number, label: h.lo })),
      footerText: settings.footer.lo,
      embedContact: settings.embedContact,
      embedAnywhere: settings.embedAnywhere,
    },
    context,
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      hotlines: (lo.hotlines ?? []).map((h, i) => ({
        id: h.id,
        number: h.number,
        label: settings.hotlines[i].en,
      })),
      footerText: settings.footer.en,
    },
    context,
  })
  result.created++
}

/** The podcast feeds' artwork and owner, which podcast apps require, set once. */
async function ensurePodcastSettings(payload: Payload, result: SeedResult): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.podcast?.ownerEmail) {
    result.skipped++
    return
  }
  const { podcast } = settings
  const artwork = await ensureMedia(payload, podcast.artwork, podcast.title, context, result)
  const data = { artwork, ownerEmail: podcast.email }
  for (const locale of ['lo', 'en'] as const)
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: { podcast: { ...data, ownerName: podcast.owner[locale] } },
      context,
    })
  result.created++
}

async function ensureAdmin(payload: Payload, options: SeedOptions, result: SeedResult) {
  const email = (options.adminEmail || 'admin@siang.local').toLowerCase()
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  if (totalDocs > 0) {
    result.skipped++
    return
  }
  const generated = !options.adminPassword
  const password = options.adminPassword || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Siang admin', roles: ['admin'] },
    context,
  })
  result.created++
  result.admin = { email, password, generated }
}

/** Removes the demo documents this seed makes (never documents people added). */
async function reset(
  payload: Payload,
  result: SeedResult,
  log: (line: string) => void,
): Promise<void> {
  await resetDemo({ payload, context, counts: result, log })
  const { docs } = await payload.delete({
    collection: 'topics',
    where: { slug: { in: topics.map((t) => t.slug) } },
    context,
  })
  result.deleted += docs.length
}

/** Idempotent: a second run creates nothing and changes nothing. */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const result: SeedResult = { created: 0, skipped: 0, deleted: 0 }
  const log = options.log ?? (() => undefined)
  if (options.reset) await reset(payload, result, log)
  await ensureAdmin(payload, options, result)
  for (const p of provinces) await ensure(payload, 'provinces', 'code', p, result)
  for (const t of topics) await ensure(payload, 'topics', 'slug', t, result)
  await ensureSettings(payload, result)
  await ensurePodcastSettings(payload, result)
  if (options.demo !== false) await seedDemo({ payload, context, counts: result, log })
  return result
}
