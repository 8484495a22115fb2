/**
 * The demo campaign: partners, two campaigns, news (the committee's own article among them),
 * songs, dramas and their episodes, radio and TV spots and social posts, in Lao and English,
 * with the media in seed/assets/. Each document is created once, found by its slug after that.
 */
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { campaigns } from './data/demo/campaigns'
import { dramas } from './data/demo/dramas'
import { news } from './data/demo/news'
import { partners } from './data/demo/partners'
import { radioSpots } from './data/demo/radio'
import { socialPosts } from './data/demo/social'
import { songs } from './data/demo/songs'
import { tvSpots } from './data/demo/tv'
import type { Cue, L, Tags } from './data/demo/types'
import { richText } from './lexical'
import { ensureMedia } from './media'
import { resetReach, seedReach } from './reach'
import type { Run } from './types'

type Data = Record<string, unknown>

/** Every demo asset, for the progress count and for --reset. */
export function demoAssets(): string[] {
  const episodes = dramas.flatMap((d) => d.episodes)
  const withCaptions = [...episodes, ...tvSpots]
  return [
    ...campaigns.map((c) => c.heroImage),
    ...news.map((n) => n.heroImage),
    ...songs.flatMap((s) => [s.audio, s.cover]),
    ...dramas.map((d) => d.poster),
    ...episodes.map((e) => e.video),
    ...tvSpots.map((t) => t.video),
    ...withCaptions.flatMap((w) => [`captions/${w.slug}-lo.vtt`, `captions/${w.slug}-en.vtt`]),
    ...radioSpots.map((r) => r.audio),
  ]
}

const demoSlugs: [CollectionSlug, string[]][] = [
  ['social-posts', socialPosts.map((s) => s.slug)],
  ['tv-spots', tvSpots.map((s) => s.slug)],
  ['radio-spots', radioSpots.map((s) => s.slug)],
  ['episodes', dramas.flatMap((d) => d.episodes.map((e) => e.slug))],
  ['dramas', dramas.map((d) => d.slug)],
  ['songs', songs.map((s) => s.slug)],
  ['news', news.map((n) => n.slug)],
  ['campaigns', campaigns.map((c) => c.slug)],
  ['partners', partners.map((p) => p.slug)],
]

export async function idsBy(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0 })
  return new Map(docs.map((d) => [String((d as unknown as Data)[field]), d.id as number]))
}

/** Creates the document in Lao, then adds English, unless its slug exists. Returns its id. */
export async function ensureDoc(
  run: Run,
  collection: CollectionSlug,
  slug: string,
  lo: Data,
  en: Data | ((created: Data) => Data),
  versions = true,
) {
  const { payload, context, counts } = run
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    counts.skipped++
    return docs[0].id as number
  }
  const status = versions ? { _status: 'published' } : {}
  const doc = await payload.create({
    collection,
    locale: 'lo',
    data: { ...lo, slug, ...status } as never,
    context,
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'en',
    data: { ...(typeof en === 'function' ? en(doc as unknown as Data) : en), ...status } as never,
    context,
  })
  counts.created++
  return doc.id as number
}

const transcript = (cues: Cue[], locale: 'lo' | 'en') =>
  richText(cues.map((c) => c[locale]).join('\n'))

export async function seedDemo(run: Run): Promise<void> {
  const { payload, log } = run
  const topics = await idsBy(payload, 'topics', 'slug')
  const provinces = await idsBy(payload, 'provinces', 'code')
  const all = demoAssets()
  const media = new Map<string, number>()
  const upload = async (asset: string, alt: L) => {
    if (!media.has(asset)) {
      media.set(asset, await ensureMedia(payload, asset, alt, run.context, run.counts))
      log(`media ${media.size}/${all.length} ${path.basename(asset)}`)
    }
    return media.get(asset)!
  }
  const partnerIds = new Map<string, number>()
  const campaignIds = new Map<string, number>()
  const tags = (t: Omit<Tags, 'campaigns'> & { campaigns?: string[] }) => ({
    topics: t.topics.map((s) => topics.get(s)!),
    provinces: t.provinces.map((c) => provinces.get(c)!),
    audiences: t.audiences,
    ...(t.campaigns ? { campaigns: t.campaigns.map((s) => campaignIds.get(s)!) } : {}),
  })

  for (const p of partners) {
    const base = {
      kind: p.kind,
      website: p.website,
      contacts: p.contacts,
      allowedEmbedOrigins: p.allowedEmbedOrigins.map((origin) => ({ origin })),
    }
    partnerIds.set(
      p.slug,
      await ensureDoc(
        run,
        'partners',
        p.slug,
        { ...base, title: p.title.lo },
        { title: p.title.en },
        false,
      ),
    )
  }
  for (const c of campaigns) {
    const base = {
      ...tags(c),
      startDate: c.startDate,
      endDate: c.endDate,
      publishedAt: c.publishedAt,
      partners: c.partners.map((s) => partnerIds.get(s)!),
      heroImage: await upload(c.heroImage, c.title),
    }
    const id = await ensureDoc(
      run,
      'campaigns',
      c.slug,
      {
        ...base,
        title: c.title.lo,
        summary: c.summary.lo,
        keyMessages: c.keyMessages.map((m) => ({ message: m.lo })),
      },
      (created) => ({
        title: c.title.en,
        summary: c.summary.en,
        keyMessages: englishRows(
          created.keyMessages,
          'message',
          c.keyMessages.map((m) => m.en),
        ),
      }),
    )
    campaignIds.set(c.slug, id)
  }
  log('campaigns and partners')
  for (const n of news) {
    const base = {
      ...tags(n),
      publishedAt: n.publishedAt,
      heroImage: await upload(n.heroImage, n.title),
    }
    await ensureDoc(
      run,
      'news',
      n.slug,
      {
        ...base,
        title: n.title.lo,
        excerpt: n.excerpt.lo,
        body: richText(n.body.lo),
        author: n.author.lo,
      },
      { title: n.title.en, excerpt: n.excerpt.en, body: richText(n.body.en), author: n.author.en },
    )
  }
  for (const s of songs) {
    const base = {
      ...tags(s),
      publishedAt: s.publishedAt,
      artists: s.artists,
      language: s.language,
      audio: await upload(s.audio, s.title),
      cover: await upload(s.cover, s.title),
    }
    await ensureDoc(
      run,
      'songs',
      s.slug,
      { ...base, title: s.title.lo, lyrics: richText(s.lyrics.lo), credits: s.credits.lo },
      { title: s.title.en, lyrics: richText(s.lyrics.en), credits: s.credits.en },
    )
  }
  log('news and songs')
  for (const d of dramas) {
    const base = {
      ...tags(d),
      publishedAt: d.publishedAt,
      format: d.format,
      poster: await upload(d.poster, d.title),
      castAndCrew: d.castAndCrew.map((c) => ({ name: c.name, role: c.role.lo })),
    }
    const drama = await ensureDoc(
      run,
      'dramas',
      d.slug,
      { ...base, title: d.title.lo, synopsis: richText(d.synopsis.lo) },
      (created) => ({
        title: d.title.en,
        synopsis: richText(d.synopsis.en),
        castAndCrew: englishRows(
          created.castAndCrew,
          'role',
          d.castAndCrew.map((c) => c.role.en),
        ),
      }),
    )
    for (const e of d.episodes) {
      const base = {
        ...tags(d),
        drama,
        number: e.number,
        publishedAt: e.publishedAt,
        video: await upload(e.video, e.title),
      }
      await ensureDoc(
        run,
        'episodes',
        e.slug,
        {
          ...base,
          title: e.title.lo,
          transcript: transcript(e.cues, 'lo'),
          captions: await upload(`captions/${e.slug}-lo.vtt`, e.title),
        },
        {
          title: e.title.en,
          transcript: transcript(e.cues, 'en'),
          captions: await upload(`captions/${e.slug}-en.vtt`, e.title),
        },
      )
    }
  }
  log('dramas and episodes')
  for (const r of radioSpots) {
    const base = {
      ...tags(r),
      publishedAt: r.publishedAt,
      spotLength: r.spotLength,
      language: r.language,
      audio: await upload(r.audio, r.title),
    }
    await ensureDoc(
      run,
      'radio-spots',
      r.slug,
      { ...base, title: r.title.lo, script: richText(r.script.lo) },
      { title: r.title.en, script: richText(r.script.en) },
    )
  }
  for (const t of tvSpots) {
    const base = { ...tags(t), publishedAt: t.publishedAt, video: await upload(t.video, t.title) }
    await ensureDoc(
      run,
      'tv-spots',
      t.slug,
      {
        ...base,
        title: t.title.lo,
        script: richText(t.script.lo),
        captions: await upload(`captions/${t.slug}-lo.vtt`, t.title),
      },
      {
        title: t.title.en,
        script: richText(t.script.en),
        captions: await upload(`captions/${t.slug}-en.vtt`, t.title),
      },
    )
  }
  for (const s of socialPosts) {
    const attachments = []
    for (const a of s.attachments) attachments.push(await upload(a, s.title))
    const link = s.link
      ? new URL(s.link, payload.config.serverURL || 'http://localhost:3000').href
      : undefined
    const base = {
      ...tags(s),
      publishedAt: s.publishedAt,
      // Posted when published: the social media calendar shows them on that day.
      scheduledFor: s.publishedAt,
      platforms: s.platforms,
      hashtags: s.hashtags,
      link,
      attachments,
    }
    await ensureDoc(
      run,
      'social-posts',
      s.slug,
      { ...base, title: s.title.lo, body: s.body.lo },
      { title: s.title.en, body: s.body.en },
    )
  }
  log('radio spots, TV spots and social posts')
  await seedReach(run)
}

/**
 * A localized field inside an array: the rows are shared by both languages, so the English text
 * goes onto the rows the Lao version created, by their ids.
 */
function englishRows(rows: unknown, field: string, values: string[]): Data[] {
  return ((rows ?? []) as Data[]).map((row, i) => ({ ...row, [field]: values[i] }))
}

/** Removes the demo documents, content first, then their media. Never anything people added. */
export async function resetDemo(run: Run): Promise<void> {
  const { payload, context, counts } = run
  await resetReach(run)
  for (const [collection, slugs] of demoSlugs) {
    const { docs } = await payload.delete({ collection, where: { slug: { in: slugs } }, context })
    counts.deleted += docs.length
  }
  const { docs } = await payload.delete({
    collection: 'media',
    where: { filename: { in: demoAssets().map((a) => path.basename(a)) } },
    context,
  })
  counts.deleted += docs.length
}
