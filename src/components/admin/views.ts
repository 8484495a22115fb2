/**
 * Siang's own admin views, by path under /admin. payload.config.ts registers them, and the Lao
 * walk (tests/e2e/admin-lao.test.ts) visits each, so a new view is checked for English at once.
 */
export const siangAdminViews = {
  socialCalendar: {
    Component: '/components/admin/SocialCalendar#SocialCalendar',
    path: '/social-calendar',
  },
  // The half-year roll-up, and its printable report: src/reach/admin.
  reach: {
    Component: '/reach/admin/ReachView#ReachView',
    path: '/reach',
    exact: true,
  },
  reachReport: {
    Component: '/reach/admin/ReachReport#ReachReport',
    path: '/reach/report',
  },
  // Resumable uploads of long audio and video: src/media/tus.ts.
  largeUpload: {
    Component: '/components/admin/LargeUpload#LargeUpload',
    path: '/upload-large',
  },
  // A station's broadcast log from CSV: src/reach/import.ts.
  broadcastImport: {
    Component: '/components/admin/BroadcastImport#BroadcastImport',
    path: '/broadcast-import',
  },
} as const
