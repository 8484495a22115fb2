/**
 * What a redirect's addresses may be. Pure: no Payload or Next imports.
 *
 * Both ends are paths on this site. A destination on another site is refused: a short link that
 * sends people anywhere would be an open redirect, which phishing uses to borrow a trusted name.
 */
import type { SiangKey } from '../i18n/siang'
import { parseLocaleSegment } from '../lib/locales'
import { isSection } from '../site/sections'

/** Longer paths are refused: a short link is typed from a poster. */
export const MAX_PATH = 300

/**
 * Addresses other routes answer, or that belong to Siang itself: a redirect there would never be
 * used, or would take a page from the site.
 */
const RESERVED =
  /^\/(admin|api|assets|_next|embed|feeds|cards|preview|bench-baseline)(\/|$)|^\/(sitemap\.xml|robots\.txt|sw\.js|manifest\.webmanifest|icon\.svg|favicon\.ico)$/

/** A segment with its %-escapes decoded when they decode, else as it was. */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The one form a redirect's starting address is kept and looked up in: trimmed, %-escapes
 * decoded (a Lao path reads as Lao), lower case (a poster's link typed in capitals still
 * works), no trailing slash.
 */
export function normalizedPath(value: string): string {
  const path = value.trim().split('/').map(decoded).join('/').toLowerCase()
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

export type PathProblem = { key: SiangKey; vars?: Record<string, string> }

/** What is wrong with a path on this site, or null. Shared by both ends of a redirect. */
function sitePathProblem(path: string): PathProblem | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.includes('\\'))
    return { key: 'redirectNotSitePath', vars: { value: path } }
  if (!path.startsWith('/')) return { key: 'redirectPathStart', vars: { value: path } }
  if (path.length > MAX_PATH) return { key: 'redirectPathLong', vars: { max: String(MAX_PATH) } }
  if (/[\s\p{C}]/u.test(path)) return { key: 'redirectPathCharacters', vars: { value: path } }
  return null
}

/** What is wrong with a redirect's starting address (already normalized), or null. */
export function fromPathProblem(path: string): PathProblem | null {
  const problem = sitePathProblem(path)
  if (problem) return problem
  if (/[?#]/.test(path)) return { key: 'redirectFromQuery', vars: { value: path } }
  if (path === '/' || path.includes('//'))
    return { key: 'redirectNotSitePath', vars: { value: path } }
  if (RESERVED.test(path)) return { key: 'redirectReserved', vars: { value: path } }
  if (isSitePage(path)) return { key: 'redirectLivePage', vars: { value: path } }
  return null
}

/**
 * Whether a path is one of the site's own pages whatever the content: a home page, a list, the
 * search, or an old data-saver address. Detail pages depend on what is published (checked with
 * the database, src/redirects/validate.ts).
 */
function isSitePage(path: string): boolean {
  const [first, second, ...rest] = path.split('/').slice(1)
  const parsed = parseLocaleSegment(first ?? '')
  if (!parsed) return false
  if (parsed.lite || second === undefined) return true
  return rest.length === 0 && (isSection(second) || second === 'search')
}

/** The locale, section and slugs of a path under /{locale}, for the published-page check. */
export function pageParts(path: string): { parts: string[] } | null {
  const [first, ...parts] = path.split('/').slice(1)
  return parseLocaleSegment(first ?? '') ? { parts } : null
}

/** What is wrong with a redirect's destination path, or null. A query and fragment may follow. */
export function toPathProblem(value: string): PathProblem | null {
  const path = value.trim()
  const problem = sitePathProblem(path)
  if (problem) return problem
  if (path.split(/[?#]/)[0].includes('//')) return { key: 'redirectNotSitePath', vars: { value } }
  return null
}
