/* The detail page of each public type. Server components only: no script reaches the visitor. */
import type { Locale } from '@/lib/locales'
import { performanceLanguages } from '@/lib/audiences'
import { platforms } from '@/lib/platforms'
import type {
  Campaign,
  Drama,
  Episode,
  Media,
  News,
  RadioSpot,
  SocialPost,
  Song,
  TvSpot,
} from '@/payload-types'
import { listPublished } from '@/site/data'
import { pathOf, sections, type Section } from '@/site/sections'
import { formatDate, t } from '@/site/strings'
import { Cards } from './Cards'
import { Picture } from './Picture'
import { AudioPlayer, VideoPlayer } from './Players'
import { RichText } from './RichText'
import { Wrapped } from './Wrapped'

type Captions = Partial<Record<Locale, Media | number | null | undefined>>

function Header({
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

function Section({ title, value }: { title: string; value: unknown }) {
  const body = <RichText value={value} />
  if (!body) return null
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
  const s = t(locale)
  return (
    <article>
      <Header
        title={doc.title}
        date={doc.publishedAt}
        locale={locale}
        lead={doc.artists?.join(', ')}
      />
      <Picture media={doc.cover} size="card" priority />
      <AudioPlayer media={doc.audio} title={doc.title} locale={locale} />
      <Section title={s.lyrics} value={doc.lyrics} />
      {doc.credits && (
        <section>
          <h2>{s.credits}</h2>
          <p>
            <Wrapped text={doc.credits} />
          </p>
        </section>
      )}
    </article>
  )
}

export function RadioDetail({ doc, locale }: { doc: RadioSpot; locale: Locale }) {
  const s = t(locale)
  const lead = [
    doc.spotLength ? `${doc.spotLength} ${s.seconds}` : null,
    languageName(doc.language, locale),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <article>
      <Header title={doc.title} date={doc.publishedAt} locale={locale} lead={lead} />
      <AudioPlayer media={doc.audio} title={doc.title} locale={locale} />
      <Section title={s.script} value={doc.script} />
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
      <Header title={doc.title} date={doc.publishedAt} locale={locale} />
      <VideoPlayer media={doc.video} captions={captions} title={doc.title} locale={locale} />
      <Section title={t(locale).script} value={doc.script} />
    </article>
  )
}

export function NewsDetail({ doc, locale }: { doc: News; locale: Locale }) {
  return (
    <article>
      <Header title={doc.title} date={doc.publishedAt} locale={locale} lead={doc.excerpt} />
      <div className="hero">
        <Picture media={doc.heroImage} size="hero" priority />
      </div>
      {doc.author && <p className="meta">{doc.author}</p>}
      <RichText value={doc.body} />
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
        lead={`${t(locale).postedOn}: ${names.join(', ')}`}
      />
      {(doc.attachments ?? []).map((a, i) => (
        <Picture key={i} media={a} size="card" priority={i === 0} />
      ))}
      <p style={{ whiteSpace: 'pre-line' }}>
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
    </article>
  )
}

export async function DramaDetail({ doc, locale }: { doc: Drama; locale: Locale }) {
  const s = t(locale)
  const episodes = await listPublished('episodes', locale, {
    limit: 100,
    where: { drama: { equals: doc.id } },
  })
  const sorted = [...episodes.docs].sort((a, b) => a.number - b.number)
  return (
    <article>
      <Header title={doc.title} date={doc.publishedAt} locale={locale} />
      <Picture media={doc.poster} size="card" priority />
      <Section title={s.synopsis} value={doc.synopsis} />
      <h2>{s.episodes}</h2>
      <ol className="episodes">
        {sorted.map((e) => (
          <li key={e.id}>
            <a href={pathOf(locale, 'dramas', doc.slug ?? '', e.slug ?? '')}>
              <Wrapped text={e.title} />
            </a>
          </li>
        ))}
      </ol>
      {doc.castAndCrew?.length ? (
        <section>
          <h2>{s.cast}</h2>
          <ul>
            {doc.castAndCrew.map((c) => (
              <li key={c.id ?? c.name}>
                {c.name}
                {c.role ? ` · ${c.role}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

export function EpisodeDetail({
  doc,
  drama,
  captions,
  locale,
}: {
  doc: Episode
  drama: Drama
  captions: Captions
  locale: Locale
}) {
  const s = t(locale)
  return (
    <article>
      <p className="meta">
        <a href={pathOf(locale, 'dramas', drama.slug ?? '')}>
          <Wrapped text={drama.title} />
        </a>{' '}
        · {s.episode} {doc.number}
      </p>
      <Header title={doc.title} date={doc.publishedAt} locale={locale} />
      <VideoPlayer
        media={doc.video}
        poster={drama.poster}
        captions={captions}
        title={doc.title}
        locale={locale}
      />
      <Section title={s.transcript} value={doc.transcript} />
    </article>
  )
}

const materialSections: Section[] = ['songs', 'dramas', 'radio', 'tv', 'social', 'news']

export async function CampaignDetail({ doc, locale }: { doc: Campaign; locale: Locale }) {
  const s = t(locale)
  const material = await Promise.all(
    materialSections.map(async (section) => ({
      section,
      docs: (
        await listPublished(sections[section].collection, locale, {
          limit: 24,
          where: { campaigns: { in: [doc.id] } },
        })
      ).docs,
    })),
  )
  return (
    <article>
      <Header title={doc.title} locale={locale} lead={doc.summary} />
      <div className="hero">
        <Picture media={doc.heroImage} size="hero" priority />
      </div>
      {doc.keyMessages?.length ? (
        <section>
          <h2>{s.keyMessages}</h2>
          <ul className="messages">
            {doc.keyMessages.map((m) => (
              <li key={m.id ?? m.message}>
                <Wrapped text={m.message} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {material
        .filter((m) => m.docs.length)
        .map((m) => (
          <section key={m.section}>
            <h2>{sections[m.section].label[locale]}</h2>
            <Cards collection={sections[m.section].collection} docs={m.docs} locale={locale} />
          </section>
        ))}
    </article>
  )
}
