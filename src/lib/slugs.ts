/** Collection and global slugs. These names are part of the public contract (docs/contract.md). */
export const slugs = {
  users: 'users',
  media: 'media',
  songs: 'songs',
  dramas: 'dramas',
  episodes: 'episodes',
  radioSpots: 'radio-spots',
  tvSpots: 'tv-spots',
  socialPosts: 'social-posts',
  news: 'news',
  campaigns: 'campaigns',
  partners: 'partners',
  provinces: 'provinces',
  topics: 'topics',
  /** Reach reporting: the radio and TV stations that air the material. */
  stations: 'stations',
  broadcasts: 'broadcasts',
  reachReports: 'reach-reports',
  /** The monitoring plan: what is measured, and its targets per province and half-year. */
  indicators: 'indicators',
  targets: 'targets',
  /** Siang's own counters, not a content type: plays and views per item per day. */
  dailyCounts: 'daily-counts',
  /** The same counters added up per half-year, and per day over every item (src/reach/counts.ts). */
  periodCounts: 'period-counts',
  dayCounts: 'day-counts',
  /** Staff's own redirects: short links on posters, old addresses (src/redirects). */
  redirects: 'redirects',
  /** Siang's own: every slug a document was published under, so old links keep working. */
  publishedSlugs: 'published-slugs',
  /** The help directory: shelters, police units, legal aid… by province (public when published). */
  services: 'services',
  /** Anonymous questions from the help page: staff only, never public (src/help). */
  questions: 'questions',
  /** Short multiple-choice quizzes, with an explanation after each answer (public content). */
  quizzes: 'quizzes',
  /** One question with options, open between two dates (public content). */
  polls: 'polls',
  /** Siang's own: quiz answers added up per question, half-year and profile (src/answers). */
  quizTallies: 'quiz-tallies',
  /** Siang's own: poll votes added up per option, half-year and profile (src/answers). */
  pollTallies: 'poll-tallies',
  /** Siang's own: which devices voted in which poll, as hashes, and nothing else (src/answers). */
  pollVoters: 'poll-voters',
} as const

/** Collections Payload adds itself while sanitizing; Payload's package does not export their names. */
export const payloadSlugs = {
  jobs: 'payload-jobs',
  lockedDocuments: 'payload-locked-documents',
} as const

export const globalSlugs = {
  siteSettings: 'site-settings',
} as const

/** Every public content type: drafts, publishedAt, taxonomy relations, localized title, slug. */
export const contentSlugs = [
  slugs.songs,
  slugs.dramas,
  slugs.episodes,
  slugs.radioSpots,
  slugs.tvSpots,
  slugs.socialPosts,
  slugs.news,
  slugs.campaigns,
  slugs.quizzes,
  slugs.polls,
] as const

export type ContentSlug = (typeof contentSlugs)[number]
