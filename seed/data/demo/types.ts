/**
 * The shape of the demo content in seed/data/demo/. Lao is the source; English is a faithful
 * translation. Media are named by their file in seed/assets/ (see seed/README.md).
 */
import type { Audience } from '../../../src/lib/audiences'
import type { Platform } from '../../../src/lib/platforms'
import type { topics } from '../topics'

export type L = { lo: string; en: string }
export type TopicSlug = (typeof topics)[number]['slug']
/** ISO 3166-2 codes, as in seed/data/provinces.ts: 'LA-VT', 'LA-LP', 'LA-SV'… */
export type ProvinceCode = `LA-${string}`
export type CampaignSlug = 'first-half-2020' | 'safe-journeys-2026'
export type Language = 'lo' | 'hmn' | 'kjg' | 'en' | 'th'

export type Tags = {
  campaigns: CampaignSlug[]
  topics: TopicSlug[]
  provinces: ProvinceCode[]
  audiences: Audience[]
}

/** One caption cue, in seconds from the start, with its Lao and English text. */
export type Cue = { start: number; end: number; lo: string; en: string }

/**
 * Long text: paragraphs separated by a blank line; within a paragraph, a line break is kept
 * (lyrics, scripts).
 */
export type LongText = L

export type DemoPartner = {
  slug: string
  title: L
  kind: 'government' | 'un' | 'ingo' | 'ngo' | 'media' | 'other'
  website: string
  contacts: { name: string; email: string; phone?: string }[]
  allowedEmbedOrigins: string[]
}

export type DemoCampaign = {
  slug: CampaignSlug
  title: L
  summary: L
  keyMessages: L[]
  startDate: string
  endDate: string
  partners: string[]
  heroImage: string
  topics: TopicSlug[]
  provinces: ProvinceCode[]
  audiences: Audience[]
  publishedAt: string
}

export type DemoNews = Tags & {
  slug: string
  title: L
  excerpt: L
  body: LongText
  author: L
  heroImage: string
  publishedAt: string
}

export type DemoSong = Tags & {
  slug: string
  title: L
  artists: string[]
  language: Language
  lyrics: LongText
  credits: L
  audio: string
  cover: string
  publishedAt: string
}

export type DemoEpisode = {
  slug: string
  number: number
  title: L
  video: string
  cues: Cue[]
  publishedAt: string
}

export type DemoDrama = Tags & {
  slug: string
  title: L
  format: 'short' | 'long'
  synopsis: LongText
  castAndCrew: { name: string; role: L }[]
  poster: string
  publishedAt: string
  episodes: DemoEpisode[]
}

export type DemoRadioSpot = Tags & {
  slug: string
  title: L
  spotLength: 15 | 30 | 60
  language: Language
  script: LongText
  audio: string
  publishedAt: string
}

export type DemoTvSpot = Tags & {
  slug: string
  title: L
  script: LongText
  video: string
  cues: Cue[]
  publishedAt: string
}

export type DemoSocialPost = Tags & {
  slug: string
  title: L
  platforms: Platform[]
  body: L
  hashtags: string[]
  link?: string
  attachments: string[]
  publishedAt: string
}
