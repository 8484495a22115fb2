/**
 * The demo's work under way (seed/data/demo/desk.ts), dated from the day the seed runs: news and
 * social posts in review, sent back, approved and queued to publish, and just published. The
 * review steps are taken by the demo accounts (the admin when there are none), through the same
 * workflow as in the admin, so each item carries a true history.
 */
import type { Payload } from 'payload'
import { fromLaoTime, laoDayThisMonth } from '../src/lib/laoTime'
import type { User } from '../src/payload-types'
import { desk, type DeskItem } from './data/demo/desk'
import { idsBy } from './demo'
import type { Run } from './types'
import { richText } from './lexical'
import { demoActors } from './users'

const HOUR = 60 * 60 * 1000
type Ids = { topics: Map<string, number>; provinces: Map<string, number>; campaign?: number }
type Actor = User & { collection: 'users' }

/** When the item is dated: in this month, in the future when queued, in the past when out. */
export function deskTime(item: DeskItem, now = new Date()): Date {
  const at = fromLaoTime(laoDayThisMonth(item.day, now), item.time)!
  if (item.stage === 'scheduled' && at.getTime() < now.getTime() + HOUR)
    return new Date(now.getTime() + 2 * 24 * HOUR)
  if (item.stage === 'published' && at >= now) return new Date(now.getTime() - HOUR)
  return at
}

function fields(item: DeskItem, locale: 'lo' | 'en', at: Date) {
  const text = item.text[locale]
  const own =
    item.collection === 'news'
      ? { excerpt: text, body: richText(text) }
      : {
          body: text,
          ...(locale === 'lo'
            ? { platforms: item.platforms, scheduledFor: at.toISOString(), hashtags: item.hashtags }
            : {}),
        }
  return { title: item.title[locale], ...own }
}

async function ids(payload: Payload): Promise<Ids> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { slug: { equals: 'safe-journeys-2026' } },
    limit: 1,
    depth: 0,
  })
  return {
    topics: await idsBy(payload, 'topics', 'slug'),
    provinces: await idsBy(payload, 'provinces', 'code'),
    campaign: docs[0]?.id,
  }
}

async function makeItem(
  run: Run,
  item: DeskItem,
  ref: Ids,
  actors: Record<'author' | 'reviewer', Actor>,
  now: Date,
) {
  const { payload, context } = run
  const at = deskTime(item, now)
  const published = item.stage === 'published'
  const status = { _status: published ? 'published' : 'draft' }
  const common = {
    slug: item.slug,
    topics: item.topics.map((t) => ref.topics.get(t)!),
    provinces: item.provinces.map((p) => ref.provinces.get(p)!),
    campaigns: ref.campaign ? [ref.campaign] : [],
    ...(published ? { publishedAt: at.toISOString() } : {}),
  }
  const { collection } = item
  const draft = !published
  const doc = await payload.create({
    collection,
    locale: 'lo',
    draft,
    data: { ...common, ...fields(item, 'lo', at), ...status } as never,
    context,
  })
  const write = (data: Record<string, unknown>, locale: 'lo' | 'en' = 'lo', user?: Actor) =>
    payload.update({ collection, id: doc.id, locale, draft, data: data as never, context, user })
  await write({ ...fields(item, 'en', at), ...status }, 'en')
  if (published) return
  await write({ workflowAction: 'submit' }, 'lo', actors.author)
  if (item.stage === 'changes-requested')
    await write(
      { workflowAction: 'request-changes', workflowComment: item.comment },
      'lo',
      actors.reviewer,
    )
  if (item.stage !== 'scheduled') return
  await write({ workflowAction: 'approve' }, 'lo', actors.reviewer)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: collection, value: doc.id } as never,
      user: { relationTo: 'users', value: actors.reviewer.id },
    },
    waitUntil: at,
  })
}

/** Makes the items that do not exist yet (found by slug). */
export async function seedDesk(run: Run, admin: User, now = new Date()): Promise<void> {
  const { payload, counts } = run
  const ref = await ids(payload)
  const found = await demoActors(payload, admin)
  const actors = {
    author: { ...found.author, collection: 'users' as const },
    reviewer: { ...found.reviewer, collection: 'users' as const },
  }
  for (const item of desk) {
    const { totalDocs } = await payload.count({
      collection: item.collection,
      where: { slug: { equals: item.slug } },
    })
    if (totalDocs > 0) {
      counts.skipped++
      continue
    }
    await makeItem(run, item, ref, actors, now)
    counts.created++
  }
}

/** Removes the items (for --reset); Payload drops their queued publishing with them. */
export async function resetDesk(run: Run): Promise<void> {
  const { payload, context, counts } = run
  for (const collection of ['news', 'social-posts'] as const) {
    const slugs = desk.filter((d) => d.collection === collection).map((d) => d.slug)
    const { docs } = await payload.delete({ collection, where: { slug: { in: slugs } }, context })
    counts.deleted += docs.length
  }
}
