/** @jsxImportSource preact */
/* Detail pages of the types that hold other documents: dramas (episodes) and campaigns. */
import type { Locale } from '@/lib/locales'
import { asMedia } from '@/media/populated'
import type { Campaign, Drama, Episode } from '@/payload-types'
import { dramaLd, episodeLd } from '@/site/jsonLd'
import { pathOf, sections, type Section } from '@/site/sections'
import { formatLength, siteStrings } from '@/site/strings'
import { Cards } from './Cards'
import { canonical, Header, TextSection, type Captions } from './Detail'
import { JsonLd } from './JsonLd'
import { Picture } from './Picture'
import { mediaFiles, VideoPlayer } from './Players'
import { ShareBar } from './ShareBar'
import { Wrapped } from './Wrapped'

/** An episode's picture: its video's poster frame, else the drama's poster. */
const episodePicture = (episode: Episode, drama: Drama) =>
  asMedia(asMedia(episode.video)?.poster) ?? asMedia(drama.poster)

/** An episode as a card: picture, number, title and running time. */
function EpisodeCard({
  episode,
  drama,
  locale,
}: {
  episode: Episode
  drama: Drama
  locale: Locale
}) {
  const s = siteStrings(locale)
  return (
    <a
      className="episode-card"
      href={pathOf(locale, 'dramas', drama.slug ?? '', episode.slug ?? '')}
    >
      <Picture media={episodePicture(episode, drama)} size="thumbnail" alt="" />
      <span>
        <span className="episode-number">
          {s.episode} {episode.number}
        </span>
        <span className="card-title">
          <Wrapped text={episode.title} />
        </span>
        {episode.duration ? <span className="meta">{formatLength(episode.duration)}</span> : null}
      </span>
    </a>
  )
}

/** A drama's episodes in order, newest work last. */
export const inEpisodeOrder = (episodes: Episode[]) =>
  [...episodes].sort((a, b) => a.number - b.number)

export function DramaDetail({
  doc,
  episodes,
  locale,
}: {
  doc: Drama
  episodes: Episode[]
  locale: Locale
}) {
  const s = siteStrings(locale)
  const sorted = inEpisodeOrder(episodes)
  const list = sorted.map((e) => ({
    title: e.title,
    number: e.number,
    url: canonical(locale, 'dramas', doc.slug ?? '', e.slug ?? ''),
  }))
  return (
    <article>
      <JsonLd data={dramaLd(doc, canonical(locale, 'dramas', doc.slug ?? ''), locale, list)} />
      <Header title={doc.title} date={doc.publishedAt} locale={locale} />
      <Picture media={doc.poster} size="card" priority />
      <TextSection title={s.synopsis} value={doc.synopsis} />
      {sorted.length ? (
        <section>
          <h2>{s.episodes}</h2>
          <ol className="episodes">
            {sorted.map((e) => (
              <li key={e.id}>
                <EpisodeCard episode={e} drama={doc} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
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
      <ShareBar path={pathOf(locale, 'dramas', doc.slug ?? '')} title={doc.title} locale={locale} />
    </article>
  )
}

export function EpisodeDetail({
  doc,
  drama,
  next,
  captions,
  locale,
}: {
  doc: Episode
  drama: Drama
  /** The episode after this one, when it is published. */
  next?: Episode
  captions: Captions
  locale: Locale
}) {
  const s = siteStrings(locale)
  const url = canonical(locale, 'dramas', drama.slug ?? '', doc.slug ?? '')
  const ld = episodeLd(
    { ...doc, captions: captions[locale] ?? doc.captions },
    drama,
    url,
    canonical(locale, 'dramas', drama.slug ?? ''),
    locale,
  )
  return (
    <article>
      <JsonLd data={ld} />
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
      {next && (
        <nav className="next-episode" aria-label={s.nextEpisode}>
          <h2>{s.nextEpisode}</h2>
          <EpisodeCard episode={next} drama={drama} locale={locale} />
        </nav>
      )}
      <TextSection title={s.transcript} value={doc.transcript} />
      <ShareBar
        path={pathOf(locale, 'dramas', drama.slug ?? '', doc.slug ?? '')}
        title={doc.title}
        locale={locale}
        files={mediaFiles(doc.video)}
        embed={{ type: 'episodes', slug: doc.slug ?? '' }}
      />
    </article>
  )
}

export const materialSections: Section[] = [
  'songs',
  'dramas',
  'radio',
  'tv',
  'social',
  'news',
  'quizzes',
  'polls',
]

export type Material = { section: Section; docs: Parameters<typeof Cards>[0]['docs'] }[]

export function CampaignDetail({
  doc,
  material,
  locale,
}: {
  doc: Campaign
  material: Material
  locale: Locale
}) {
  const s = siteStrings(locale)
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
      <ShareBar
        path={pathOf(locale, 'campaigns', doc.slug ?? '')}
        title={doc.title}
        locale={locale}
      />
    </article>
  )
}
