/* Detail pages of the types that hold other documents: dramas (episodes) and campaigns. */
import type { Locale } from '@/lib/locales'
import type { Campaign, Drama, Episode } from '@/payload-types'
import { listPublished } from '@/site/data'
import { dramaLd, episodeLd } from '@/site/jsonLd'
import { pathOf, sections, type Section } from '@/site/sections'
import { t } from '@/site/strings'
import { Cards } from './Cards'
import { canonical, Header, TextSection, type Captions } from './Detail'
import { JsonLd } from './JsonLd'
import { Picture } from './Picture'
import { mediaFiles, VideoPlayer } from './Players'
import { ShareBar } from './ShareBar'
import { Wrapped } from './Wrapped'

export async function DramaDetail({ doc, locale }: { doc: Drama; locale: Locale }) {
  const s = t(locale)
  const episodes = await listPublished('episodes', locale, {
    limit: 100,
    where: { drama: { equals: doc.id } },
  })
  const sorted = [...episodes.docs].sort((a, b) => a.number - b.number)
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
      <ShareBar path={pathOf(locale, 'dramas', doc.slug ?? '')} title={doc.title} locale={locale} />
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
      <ShareBar
        path={pathOf(locale, 'campaigns', doc.slug ?? '')}
        title={doc.title}
        locale={locale}
      />
    </article>
  )
}
