/** @jsxImportSource preact */
import type { VNode } from 'preact'
import { sharePictureOf } from '@/components/Cards'
import { NewsDetail, RadioDetail, SocialDetail, SongDetail, TvDetail } from '@/components/Detail'
import {
  CampaignDetail,
  DramaDetail,
  EpisodeDetail,
  inEpisodeOrder,
  materialSections,
} from '@/components/SeriesDetail'
import type { Locale } from '@/lib/locales'
import type {
  Campaign,
  Drama,
  Episode,
  News,
  Poll,
  Quiz,
  RadioSpot,
  SocialPost,
  Song,
  TvSpot,
} from '@/payload-types'
import { answerBody } from './answers'
import { relatedAnswers } from './relatedAnswers'
import { hasPlayer, isViewType } from '@/reach/beacon'
import { FeedLink } from '@/components/ListControls'
import { findBySlug, listPublished } from '@/site/data'
import { feedPath, isDocumentFeed } from '@/site/feeds'
import { captionsOf } from '@/site/detail'
import { describe } from '@/site/describe'
import { pageMetadata } from '@/site/metadata'
import { alternateOf, type Page, type PageMaker } from '@/site/render/page'
import { isSection, pathOf, sections, type Section } from '@/site/sections'

/** A document with a detail page of its own. */
export type DetailDoc =
  Campaign | Drama | News | Poll | Quiz | RadioSpot | SocialPost | Song | TvSpot

/** A drama's published episodes. */
const episodesOf = async (drama: Drama, locale: Locale) =>
  (await listPublished('episodes', locale, { limit: 100, where: { drama: { equals: drama.id } } }))
    .docs

/**
 * The page's body, whether the page has a podcast feed of its own (one with items that play), and
 * whether it is the same for everyone (a quiz's score or a poll's live results are not).
 */
async function body(
  section: Section,
  doc: unknown,
  locale: Locale,
  query: URLSearchParams,
): Promise<{ content: VNode; ownFeed: boolean; cacheable?: boolean }> {
  switch (section) {
    case 'quizzes':
    case 'polls':
      return { ...(await answerBody(section, doc as Quiz | Poll, locale, query)), ownFeed: false }
    case 'songs':
      return { content: <SongDetail doc={doc as Song} locale={locale} />, ownFeed: false }
    case 'dramas': {
      const drama = doc as Drama
      const episodes = await episodesOf(drama, locale)
      return {
        content: <DramaDetail doc={drama} episodes={episodes} locale={locale} />,
        ownFeed: episodes.length > 0,
      }
    }
    case 'radio':
      return { content: <RadioDetail doc={doc as RadioSpot} locale={locale} />, ownFeed: false }
    case 'tv': {
      const spot = doc as TvSpot
      const captions = await captionsOf('tv-spots', spot.slug ?? '', locale, spot.captions)
      return {
        content: <TvDetail doc={spot} captions={captions} locale={locale} />,
        ownFeed: false,
      }
    }
    case 'social':
      return { content: <SocialDetail doc={doc as SocialPost} locale={locale} />, ownFeed: false }
    case 'news':
      return { content: <NewsDetail doc={doc as News} locale={locale} />, ownFeed: false }
    case 'campaigns': {
      const campaign = doc as Campaign
      const material = await Promise.all(
        materialSections.map(async (s) => ({
          section: s,
          docs: (
            await listPublished(sections[s].collection, locale, {
              limit: 24,
              where: { campaigns: { in: [campaign.id] } },
            })
          ).docs,
        })),
      )
      const plays = material.some((m) => playingSections.includes(m.section) && m.docs.length)
      return {
        content: <CampaignDetail doc={campaign} material={material} locale={locale} />,
        ownFeed: plays,
      }
    }
  }
}

/** What a campaign feed carries (src/site/feeds/sources.ts); episodes come with their dramas. */
const playingSections: Section[] = ['songs', 'dramas', 'radio', 'tv']

/** The page of one document of a section: the published one, or a draft in a preview. */
export async function detailOf(
  section: Section,
  doc: DetailDoc,
  locale: Locale,
  query: URLSearchParams = new URLSearchParams(),
): Promise<Page> {
  const { collection } = sections[section]
  const path = pathOf(locale, section, doc.slug ?? '')
  const [{ content, ownFeed, cacheable }, related] = await Promise.all([
    body(section, doc, locale, query),
    // A campaign lists its quizzes and polls itself, and a quiz or poll is one.
    section === 'campaigns' || section === 'quizzes' || section === 'polls'
      ? null
      : relatedAnswers(doc as { campaigns?: unknown[] | null }, locale),
  ])
  // A draft in a preview has no feed yet.
  const live = ownFeed && isDocumentFeed(section) && doc._status === 'published'
  const feed = live ? feedPath(locale, section, doc.slug ?? '') : undefined
  return {
    head: pageMetadata({
      locale,
      path,
      title: doc.title,
      description: describe(doc as unknown as Record<string, unknown>),
      image: sharePictureOf(doc as never),
      oembed: true,
      feed,
    }),
    current: section,
    alternate: alternateOf(locale, path),
    counted: isViewType(collection)
      ? { type: collection, slug: doc.slug ?? '', plays: hasPlayer(collection) }
      : undefined,
    keeps: hasPlayer(collection),
    answers: section === 'quizzes' || section === 'polls',
    cacheable,
    // A page made for one visitor's answer, or with live results: kept by no cache on the way
    // or on the phone (the offline worker reads this too).
    headers: cacheable === false ? { 'Cache-Control': 'private, no-store' } : undefined,
    body: (
      <>
        {content}
        {related}
        {feed && <FeedLink href={feed} locale={locale} />}
      </>
    ),
  }
}

/** /{locale}/{section}/{slug}: one published document. */
export const detailPage: PageMaker = async ({ locale, parts, query }) => {
  const [section, slug] = parts
  if (parts.length !== 2 || !isSection(section)) return null
  const doc = await findBySlug(sections[section].collection, slug, locale)
  return doc ? detailOf(section, doc, locale, query) : null
}

/** The page of an episode under its drama: the published one, or a draft in a preview. */
export async function episodeOf(doc: Episode, drama: Drama, locale: Locale): Promise<Page> {
  const [captions, episodes, related] = await Promise.all([
    captionsOf('episodes', doc.slug ?? '', locale, doc.captions),
    episodesOf(drama, locale),
    relatedAnswers({ campaigns: [...(doc.campaigns ?? []), ...(drama.campaigns ?? [])] }, locale),
  ])
  const next = inEpisodeOrder(episodes).find((e) => e.number > doc.number)
  const path = pathOf(locale, 'dramas', drama.slug ?? '', doc.slug ?? '')
  return {
    head: pageMetadata({
      locale,
      path,
      title: `${doc.title} · ${drama.title}`,
      description: describe(doc as unknown as Record<string, unknown>),
      image: sharePictureOf({ ...doc, drama } as never) ?? sharePictureOf(drama as never),
      oembed: true,
    }),
    current: 'dramas',
    alternate: alternateOf(locale, path),
    counted: { type: 'episodes', slug: doc.slug ?? '', plays: true },
    keeps: true,
    body: (
      <>
        <EpisodeDetail doc={doc} drama={drama} next={next} captions={captions} locale={locale} />
        {related}
      </>
    ),
  }
}

/** /{locale}/dramas/{drama}/{episode}: an episode lives under its drama. */
export const episodePage: PageMaker = async ({ locale, parts }) => {
  const [section, dramaSlug, episodeSlug] = parts
  if (parts.length !== 3 || section !== 'dramas') return null
  const doc = await findBySlug('episodes', episodeSlug, locale)
  const drama = doc && typeof doc.drama === 'object' ? (doc.drama as Drama) : null
  if (!doc || !drama || drama.slug !== dramaSlug) return null
  return episodeOf(doc, drama, locale)
}
