import type { CollectionSlug, Payload } from 'payload'
import type { Env } from '../src/lib/env'
import { newPassword } from '../src/lib/passwords'
import type { User } from '../src/payload-types'
import { provinces } from './data/provinces'
import { resetDemo, seedDemo } from './demo'
import type { Run } from './types'
import { resetDesk, seedDesk } from './desk'
import type { Login } from './logins'
import { ensureMedia } from './media'
import { resetAnswers, seedAnswers } from './answers'
import { resetPlan, seedPlan } from './plan'
import { ensureHelpSettings, resetServices, seedServices } from './services'
import { settings } from './data/settings'
import { topics } from './data/topics'
import { ensureDemoUsers, resetDemoUsers } from './users'

export type SeedOptions = {
  reset?: boolean
  /**
   * The demo campaign and its media, the work under way on the admin's dashboard and calendar,
   * and, outside production, an account for each role (default true).
   */
  demo?: boolean
  adminEmail?: string
  adminPassword?: string
  log?: (line: string) => void
  /** The day the demo's work under way is dated from (default: now). */
  now?: Date
  /** Where NODE_ENV is read, which keeps demo accounts out of production (default: process.env). */
  env?: Env
}

export type SeedResult = {
  created: number
  skipped: number
  deleted: number
  /** Set only when this run created the admin with a generated password. */
  admin?: { email: string; password: string; generated: boolean }
  /** The accounts this run made, the admin first: what to print once. */
  logins: Login[]
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

/** The admin, made with a generated password unless ADMIN_PASSWORD gives one. */
async function ensureAdmin(payload: Payload, options: SeedOptions, result: SeedResult) {
  const email = (options.adminEmail || 'admin@siang.local').toLowerCase()
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    result.skipped++
    return docs[0]
  }
  const generated = !options.adminPassword
  const password = options.adminPassword || newPassword()
  const admin = await payload.create({
    collection: 'users',
    data: { email, password, name: 'Siang admin', roles: ['admin'] },
    context,
  })
  result.created++
  result.admin = { email, password, generated }
  result.logins.push({ role: 'Admin', email, password: generated ? password : null })
  return admin as User
}

/** Removes the demo documents this seed makes (never documents people added). */
async function reset(run: Run): Promise<void> {
  const { payload, counts: result } = run
  await resetDesk(run)
  await resetDemoUsers(run)
  await resetServices(run)
  await resetAnswers(run)
  await resetPlan(run)
  await resetDemo(run)
  const { docs } = await payload.delete({
    collection: 'topics',
    where: { slug: { in: topics.map((t) => t.slug) } },
    context,
  })
  result.deleted += docs.length
}

/** Idempotent: a second run creates nothing and changes nothing. */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const result: SeedResult = { created: 0, skipped: 0, deleted: 0, logins: [] }
  const log = options.log ?? (() => undefined)
  const run: Run = { payload, context, counts: result, log }
  if (options.reset) await reset(run)
  const admin = await ensureAdmin(payload, options, result)
  for (const p of provinces) await ensure(payload, 'provinces', 'code', p, result)
  for (const t of topics) await ensure(payload, 'topics', 'slug', t, result)
  await ensureSettings(payload, result)
  await ensurePodcastSettings(payload, result)
  await ensureHelpSettings(run, options.demo !== false)
  if (options.demo !== false) {
    await seedDemo(run)
    await seedServices(run)
    await seedAnswers(run)
    await seedPlan(run)
    result.logins.push(...(await ensureDemoUsers(run, options.env)))
    await seedDesk(run, admin, options.now)
    log('demo accounts and work under way')
  }
  return result
}
