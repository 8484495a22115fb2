/** @jsxImportSource preact */
import type { Locale } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { hrefOf } from '@/site/sections'
import { formatDate } from '@/site/strings'
import { Picture } from './Picture'
import { Wrapped } from './Wrapped'

type Doc = {
  id: number | string
  slug?: string | null
  title?: string | null
  publishedAt?: string | null
  cover?: Media | number | null
  poster?: Media | number | null
  heroImage?: Media | number | null
  attachments?: (Media | number)[] | null
  drama?: { slug?: string | null; poster?: Media | number | null } | number | null
}

/** The picture that stands for a document in lists. */
export function pictureOf(doc: Doc): Media | number | null | undefined {
  const drama = doc.drama && typeof doc.drama === 'object' ? doc.drama : null
  return doc.cover ?? doc.poster ?? doc.heroImage ?? doc.attachments?.[0] ?? drama?.poster
}

/** The picture a shared link shows: the item's own, else that of its first campaign with one. */
export function sharePictureOf(doc: Doc & { campaigns?: unknown[] | null }) {
  const campaigns = (doc.campaigns ?? []).filter(
    (c): c is Doc => Boolean(c) && typeof c === 'object',
  )
  return pictureOf(doc) ?? campaigns.map(pictureOf).find(Boolean) ?? null
}

export function Cards({
  collection,
  docs,
  locale,
}: {
  collection: string
  docs: Doc[]
  locale: Locale
}) {
  return (
    <ul className="cards">
      {docs.map((doc, i) => (
        <li key={doc.id} className="card">
          <a href={hrefOf(collection, doc, locale)}>
            <Picture media={pictureOf(doc)} size="card" alt="" priority={i === 0} />
            <span className="card-title">
              <Wrapped text={doc.title} />
            </span>
            {doc.publishedAt && (
              <time className="card-date" dateTime={doc.publishedAt}>
                {formatDate(doc.publishedAt, locale)}
              </time>
            )}
          </a>
        </li>
      ))}
    </ul>
  )
}
