/**
 * The embed of a published quiz or poll, or null when there is none. `query` is the embed's own:
 * `answers`, `voted` or `error` when the endpoint sent a visitor without script back here, and
 * such a page, made for one visitor, is not kept (`cacheable: false`).
 */
import type { Poll, Quiz } from '@/payload-types'
import type { AnswerPlace } from '@/components/answerPlace'
import { findBySlug } from '@/site/data'
import { answerBody } from '@/site/pages/answers'
import { hrefOf } from '@/site/sections'
import { absoluteUrl } from '@/site/urls'
import { answerEmbedHtml } from './answerPage'
import type { EmbedOptions } from './page'
import { answerTypes, embedPath, embedSendQuery, type AnswerType, type Hotline } from './types'

export async function answerEmbed(
  type: AnswerType,
  slug: string,
  opts: EmbedOptions,
  origins: string[],
  hotline: Hotline,
  query: URLSearchParams,
): Promise<{ html: string; nonce: string; cacheable: boolean } | null> {
  const { collection } = answerTypes[type]
  const doc = (await findBySlug(collection, slug, opts.locale)) as Quiz | Poll | null
  if (!doc) return null
  const address = {
    lang: opts.locale,
    partner: opts.partner,
    theme: opts.theme,
    host: opts.host,
  }
  const place: AnswerPlace = {
    href: embedPath(type, doc.slug ?? slug, address),
    sendQuery: embedSendQuery(address),
  }
  const { content, cacheable } = await answerBody(type, doc, opts.locale, query, place)
  const shown = answerEmbedHtml(
    {
      type,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      pageUrl: absoluteUrl(hrefOf(collection, doc as never, opts.locale))!,
      hotline,
      content,
    },
    opts,
    origins,
  )
  return { ...shown, cacheable }
}
