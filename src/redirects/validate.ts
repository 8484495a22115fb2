/**
 * The checks on a staff redirect that need the database: its starting address is not another
 * redirect's, nor a published page's (the page would always win). The rest is in ./paths.ts.
 * Each answers a message in the admin's language, so a bad redirect is a 400 that says why.
 */
import type { PayloadRequest, TextFieldSingleValidation, Where } from 'payload'
import { contentSlugs, slugs } from '../lib/slugs'
import { sayFor } from '../i18n/admin'
import { isSection, sections } from '../site/sections'
import { fromPathProblem, normalizedPath, pageParts, toPathProblem } from './paths'

const published: Where = { _status: { equals: 'published' } }

async function anyPublished(
  collection: (typeof contentSlugs)[number],
  where: Where,
  req: PayloadRequest,
): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [where, published] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Whether a path under /{locale} is a published document's page now. */
async function isPublishedPage(path: string, req: PayloadRequest): Promise<boolean> {
  const parts = pageParts(path)?.parts ?? []
  const [section, slug, episode] = parts
  if (!section || !slug || !isSection(section) || parts.length > 3) return false
  if (parts.length === 2)
    return anyPublished(sections[section].collection, { slug: { equals: slug } }, req)
  if (section !== 'dramas') return false
  return anyPublished(
    'episodes',
    { and: [{ slug: { equals: episode } }, { 'drama.slug': { equals: slug } }] },
    req,
  )
}

type Sibling = { from?: string | null; toDocument?: unknown; toPath?: string | null }

/** The starting address: well formed, not Siang's own, not a live page, not already taken. */
export const validateFrom: TextFieldSingleValidation = async (value, { req, id, siblingData }) => {
  const say = sayFor(req)
  const path = value ?? (siblingData as Sibling).from ?? ''
  const problem = fromPathProblem(path)
  if (problem) return say(problem.key, problem.vars)
  const { totalDocs } = await req.payload.count({
    collection: slugs.redirects,
    where: {
      and: [{ from: { equals: path } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs) return say('redirectTaken', { value: path })
  if (await isPublishedPage(path, req)) return say('redirectLivePage', { value: path })
  return true
}

/** The destination: one document, or one path on this site, never leading back to the start. */
export const validateToPath: TextFieldSingleValidation = async (value, { req, siblingData }) => {
  const say = sayFor(req)
  const sibling = siblingData as Sibling
  const path = (value ?? sibling.toPath ?? '').trim()
  if (Boolean(sibling.toDocument) === Boolean(path)) return say('redirectDestination')
  if (!path) return true
  const problem = toPathProblem(path)
  if (problem) return say(problem.key, problem.vars)
  if (sibling.from && (await leadsBackTo(sibling.from, path, req))) return say('redirectToItself')
  return true
}

/** Whether following staff redirects from `path` comes back to `from` within a few steps. */
async function leadsBackTo(from: string, path: string, req: PayloadRequest): Promise<boolean> {
  let next: string | null | undefined = path
  for (let i = 0; next && i < 4; i++) {
    const here = normalizedPath(next.split(/[?#]/)[0])
    if (here === from) return true
    const { docs } = await req.payload.find({
      collection: slugs.redirects,
      where: { from: { equals: here } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    next = docs[0]?.toPath
  }
  return false
}
