import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Campaigns } from './collections/Campaigns'
import { DailyCounts } from './collections/DailyCounts'
import { DayCounts } from './collections/DayCounts'
import { PeriodCounts } from './collections/PeriodCounts'
import { Dramas } from './collections/Dramas'
import { Episodes } from './collections/Episodes'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Partners } from './collections/Partners'
import { Stations } from './collections/Stations'
import { Services } from './collections/Services'
import { Broadcasts } from './collections/Broadcasts'
import { ReachReports } from './collections/ReachReports'
import { Indicators } from './collections/Indicators'
import { Targets } from './collections/Targets'
import { Provinces } from './collections/Provinces'
import { PublishedSlugs } from './collections/PublishedSlugs'
import { Questions } from './collections/Questions'
import { Quizzes } from './collections/Quizzes'
import { Polls } from './collections/Polls'
import { QuizTallies } from './collections/QuizTallies'
import { PollTallies } from './collections/PollTallies'
import { PollVoters } from './collections/PollVoters'
import { Redirects } from './collections/Redirects'
import { RadioSpots } from './collections/RadioSpots'
import { SocialPosts } from './collections/SocialPosts'
import { Songs } from './collections/Songs'
import { Topics } from './collections/Topics'
import { TvSpots } from './collections/TvSpots'
import { Users } from './collections/Users'
import { hardenInternalCollections } from './access/hardenInternalCollections'
import { boundedReads } from './api'
import { database } from './db'
import { emailAdapter } from './email'
import { siangAdminViews } from './components/admin/views'
import { SiteSettings } from './globals/SiteSettings'
import { adminI18n } from './i18n/admin'
import { showLaoWhileTranslating } from './i18n/showLaoWhileTranslating'
import { collectionCardsWidget, oneWidgetPerSlug } from './i18n/dashboardWidgets'
import { friendlyErrors } from './hooks/friendlyErrors'
import { jobsConfig } from './jobs'
import {
  inNextServer,
  resolveSecret,
  resolveServerURL,
  resolveUploadTempDir,
  setting,
} from './lib/env'
import { maxUploadBytes } from './media/limits'
import { afterSanitize } from './plugins/afterSanitize'
import { storagePlugins } from './media/storage'
import { keptUploads } from './media/tusHandoff'
import { keepSiteFresh } from './site/freshness'
import { reachEndpoints } from './reach/endpoints'

// @payloadcms/email-nodemailer's newest release is 3.90.1 while the rest is 3.90.2; npm overrides
// pin one `payload` for all of them. Payload's dev-time checker would otherwise crash on the
// differing package version. This module is always evaluated before Payload's init runs.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const db = await database()
const serverURL = resolveServerURL()

export default buildConfig({
  serverURL,
  secret: resolveSecret(),
  csrf: [serverURL],
  cors: [serverURL],
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // Payload appends the suffix after a space; its own favicons and link-preview text say Payload.
    meta: {
      titleSuffix: '· Siang',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
      openGraph: {
        siteName: 'Siang',
        title: 'Siang',
        description: 'Siang (ສຽງ): content and media for awareness campaigns, Lao first',
      },
      defaultOGImageType: 'off',
    },
    // Payload's default asks gravatar.com for each user's picture: a third party would learn who
    // signs in, and it is often out of reach from Laos (a broken image). The local icon instead.
    avatar: 'default',
    dashboard: { widgets: [collectionCardsWidget] },
    // Lists, "last modified" and version history: the language's own long date and time, which
    // in Lao is "6 ທັນວາ 2026, 9:02" (src/i18n/dateFnsLao), not Payload's 12-hour 'PPP h:mm a'.
    dateFormat: 'PPPp',
    components: {
      // Siang's logo on the login page and its icon in the header, not Payload's.
      graphics: {
        Logo: '/components/admin/Brand#SiangLogo',
        Icon: '/components/admin/Brand#SiangIcon',
      },
      // What waits for review, is scheduled or went out: src/workflow/dashboard.ts.
      beforeDashboard: ['/components/admin/Dashboard#EditorialDashboard'],
      views: siangAdminViews,
    },
  },
  // /api/reach/summary and /api/reach/export.csv.
  endpoints: reachEndpoints,
  collections: [
    Campaigns,
    Songs,
    Dramas,
    Episodes,
    RadioSpots,
    TvSpots,
    SocialPosts,
    News,
    Quizzes,
    Polls,
    Media,
    Redirects,
    Topics,
    Provinces,
    Partners,
    Stations,
    Services,
    Broadcasts,
    ReachReports,
    Indicators,
    Targets,
    Questions,
    Users,
    DailyCounts,
    PeriodCounts,
    DayCounts,
    QuizTallies,
    PollTallies,
    PollVoters,
    PublishedSlugs,
  ],
  globals: [SiteSettings],
  i18n: adminI18n,
  localization: {
    locales: [
      { code: 'lo', label: 'ລາວ' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'lo',
    fallback: true,
  },
  // No inline uploads in rich text: media is attached through fields, whose use decides whether a
  // file is public (see src/media/visibility.ts).
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => defaultFeatures.filter((f) => f.key !== 'upload'),
  }),
  db: db.adapter,
  email: emailAdapter(),
  sharp,
  upload: {
    // Uploads stream to temp files, never whole into memory; past the largest kind's limit the
    // multipart parser stops with 413. Per-kind limits are checked by the media collection.
    useTempFiles: true,
    limits: { fileSize: maxUploadBytes() },
    // Payload's own cap on a whole multipart body is 50 MB, below the audio and video limits.
    requestSizeLimit: maxUploadBytes() + 1024 * 1024,
    tempFileDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), resolveUploadTempDir()),
  },
  jobs: jobsConfig,
  telemetry: false,
  // Payload's pretty logger by default; PAYLOAD_LOG_LEVEL (tests, production log shipping) gives JSON.
  ...(setting('PAYLOAD_LOG_LEVEL')
    ? { logger: { options: { level: setting('PAYLOAD_LOG_LEVEL') } } }
    : {}),
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: { disablePlaygroundInProduction: true },
  plugins: [
    // keptUploads after storage: its upload handler must come last.
    ...storagePlugins(),
    keptUploads,
    boundedReads,
    showLaoWhileTranslating,
    // Its hooks run after every other hook on the collections the site shows.
    keepSiteFresh,
    // Steps on what Payload adds itself while sanitizing: its collections, fields and widget.
    afterSanitize(hardenInternalCollections),
    afterSanitize(oneWidgetPerSlug),
  ],
  hooks: { afterError: [friendlyErrors] },
  onInit: async (payload) => {
    await db.onInit(payload)
    // The server builds its search index as it starts, not on the first search.
    if (inNextServer()) {
      const { searchIndex } = await import('./search/instance')
      void searchIndex(payload)
        .ready()
        .catch((err) => payload.logger.error({ err, msg: '[search] first build failed' }))
    }
  },
})
