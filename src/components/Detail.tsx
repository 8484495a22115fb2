/** @jsxImportSource preact */
/* The detail page of each public type: plain HTML, rendered once and cached. */
import { performanceLanguages } from '@/lib/audiences'
import type { Locale } from '@/lib/locales'
import { platforms } from '@/lib/platforms'
import type { Media, News, RadioSpot, SocialPost, Song, TvSpot } from '@/payload-types'
import { newsLd, radioLd, songLd, tvLd } from '@/site/jsonLd'
import { pathOf } from '@/site/sections'
import { formatDate, siteStrings } from '@/site/strings'
import { JsonLd } from './JsonLd'
import { Picture } from './Picture'
import { absoluteUrl } from '@/site/urls'
import { AudioPlayer, mediaFiles, VideoPlayer } from './Players'
import { ShareBar } from './ShareBar'
import { RichText } from './RichText'
import { plainText } from '@/lib/richText'
import { Wrapped } from './Wrapped'

export type Captions = Partial<Record<Locale, Media | number | null | undefined>>

export const canonical = (locale: Locale, ...parts: string[]) =>
  absoluteUrl(pathOf(locale, ...parts))!

export function Header({
  title,
  date,
  locale,
  lead,
}: {
  title: string
  date?: string | null
  locale: Locale
  lead?: string | null
}) {
  return (
    <>
      <h1>
        <Wrapped text={title} />
      </h1>
      {date && (
        <p className="meta">
          <time dateTime={date}>{formatDate(date, locale)}</time>
        </p>
      )}
      {lead && (
        <p className="lead">
          <Wrapped text={lead} />
        </p>
      )}
    </>
  )
}

/** A titled block of rich text, or nothing at all when the text is empty. */
export function TextSection({ title, value }: { title: string; value: unknown }) {
  if (!plainText(value).trim()) return null
  return (
    <section className="text-block">
      <h2>{title}</h2>
      <RichText value={value} />
    </section>
  )
}

const languageName = (value: string | null | undefined, locale: Locale) =>
  performanceLanguages.find((l) => l.value === value)?.label[locale]

export function SongDetail({ doc, locale }: { doc: Song; locale: Locale }) {
  const s = siteStrings(locale)
  return (
    <article>
      <JsonLd data={songLd(doc, canonical(locale, 'songs', doc.slug ?? ''), locale)} />
      <Header
        title={doc.title}
        date={doc.publishedAt}
        locale={locale}
        lead={doc.artists?.join(', ')}
      />
      <Picture media={doc.cover} size="card" priority />
      <AudioPlayer media={doc.audio} title={doc.title} locale={locale} />
      <TextSection title={s.lyrics} value={doc.lyrics} />
      {doc.credits && (
        <section>
          <h2>{s.credits}</h2>
          <p>
            <Wrapped text={doc.credits} />
          </p>
        </section>
      )}
      <ShareBar
        path={pathOf(locale, 'songs', doc.slug ?? '')}
        title={doc.title}
        locale={locale}
        files={mediaFiles(doc.audio)}
        embed={{ type: 'songs', slug: doc.slug ?? '' }}
      />
    </article>
  )
}

export function RadioDetail({ doc, locale }: { doc: RadioSpot; locale: Locale }) {
  const s = siteStrings(locale)
  const lead = [
    doc.spotLength ? `${doc.spotLength} ${s.seconds}` : null,
    languageName(doc.language, locale),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <article>
      <JsonLd data={radioLd(doc, canonical(locale, 'radio', doc.slug ?? ''), locale)} />
      <Header title={doc.title} date={doc.publishedAt} locale={locale} lead={lead} />
      <AudioPlayer media={doc.audio} title={doc.title} locale={locale} />
      <TextSection title={s.script} value={doc.script} />
      <ShareBar
        path={pathOf(locale, 'radio', doc.slug ?? '')}
        title={doc.title}
        locale={locale}
        files={mediaFiles(doc.audio)}
        embed={{ type: 'radio-spots', slug: doc.slug ?? '' }}
      />
    </article>
  )
}

export function TvDetail({
  doc,
  captions,
  locale,
}: {
  doc: TvSpot
  captions: Captions
  locale: Locale
}) {
  return (
    <article>
      <JsonLd
        data={tvLd(
          { ...doc, captions: captions[locale] ?? doc.captions },
          canonical(locale, 'tv', doc.slug ?? ''),
          locale,
        )}
      />
      <Header title={doc.title} date={doc.publishedAt} locale={locale} />
      <VideoPlayer media={doc.video} captions={captions} title={doc.title} locale={locale} />
      <TextSection title={siteStrings(locale).script} value={doc.script} />
      <ShareBar
        path={pathOf(locale, 'tv', doc.slug ?? '')}
        title={doc.title}
        locale={locale}
        files={mediaFiles(doc.video)}
        embed={{ type: 'tv-spots', slug: doc.slug ?? '' }}
      />
    </article>
  )
}

export function NewsDetail({ doc, locale }: { doc: News; locale: Locale }) {
  return (
    <article>
      <JsonLd data={newsLd(doc, canonical(locale, 'news', doc.slug ?? ''), locale)} />
      <Header title={doc.title} date={doc.publishedAt} locale={locale} lead={doc.excerpt} />
      <div className="hero">
        <Picture media={doc.heroImage} size="hero" priority />
      </div>
      {doc.author && <p className="meta">{doc.author}</p>}
      <RichText value={doc.body} />
      <ShareBar path={pathOf(locale, 'news', doc.slug ?? '')} title={doc.title} locale={locale} />
    </article>
  )
}

export function SocialDetail({ doc, locale }: { doc: SocialPost; locale: Locale }) {
  const names = doc.platforms.map((p) => platforms.find((x) => x.value === p)?.label ?? p)
  return (
    <article>
      <Header
        title={doc.title}
        date={doc.publishedAt}
        locale={locale}
        lead={`${siteStrings(locale).postedOn}: ${names.join(', ')}`}
      />
      {(doc.attachments ?? []).map((a, i) => (
        <Picture key={i} media={a} size="card" priority={i === 0} />
      ))}
      <p className="pre-line">
        <Wrapped text={doc.body} />
      </p>
      {doc.hashtags?.length ? (
        <p className="meta">{doc.hashtags.map((h) => `#${h.replace(/^#/, '')}`).join(' ')}</p>
      ) : null}
      {doc.postedUrls?.length ? (
        <ul>
          {doc.postedUrls.map((p) => (
            <li key={p.url}>
              <a href={p.url} rel="noopener">
                {platforms.find((x) => x.value === p.platform)?.label ?? p.platform}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <ShareBar path={pathOf(locale, 'social', doc.slug ?? '')} title={doc.title} locale={locale} />
    </article>
  )
}
