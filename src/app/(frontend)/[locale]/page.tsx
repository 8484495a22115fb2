import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Cards } from '@/components/Cards'
import { Picture } from '@/components/Picture'
import { Shell } from '@/components/Shell'
import { Wrapped } from '@/components/Wrapped'
import { isLocale } from '@/lib/locales'
import { listPublished } from '@/site/data'
import { localePaths, pageMetadata } from '@/site/metadata'
import { pathOf, sections, type Section } from '@/site/sections'
import { t } from '@/site/strings'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: pathOf(locale) })
}

const latest: Section[] = ['songs', 'dramas', 'radio', 'tv', 'news']

export default async function Home({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const s = t(locale)
  const now = new Date().toISOString()
  const running = await listPublished('campaigns', locale, {
    limit: 1,
    where: {
      and: [{ startDate: { less_than_equal: now } }, { endDate: { greater_than_equal: now } }],
    },
  })
  const campaign =
    running.docs[0] ?? (await listPublished('campaigns', locale, { limit: 1 })).docs[0]
  const lists = await Promise.all(
    latest.map(async (section) => ({
      section,
      docs: (await listPublished(sections[section].collection, locale, { limit: 4 })).docs,
    })),
  )
  return (
    <Shell locale={locale} alternate={localePaths(pathOf(locale))[locale === 'lo' ? 'en' : 'lo']}>
      <h1 className="visually-hidden">{s.siteName}</h1>
      {campaign && (
        <section className="hero">
          <h2>{s.currentCampaign}</h2>
          <a href={pathOf(locale, 'campaigns', campaign.slug ?? '')}>
            <Picture media={campaign.heroImage} size="card" priority />
            <strong>
              <Wrapped text={campaign.title} />
            </strong>
          </a>
          {campaign.summary && (
            <p className="lead">
              <Wrapped text={campaign.summary} />
            </p>
          )}
        </section>
      )}
      {lists
        .filter((l) => l.docs.length)
        .map((l) => (
          <section key={l.section}>
            <h2>
              {sections[l.section].label[locale]} · {s.latest}
            </h2>
            <Cards collection={sections[l.section].collection} docs={l.docs} locale={locale} />
            <p>
              <a href={pathOf(locale, l.section)}>
                {s.seeAll}: {sections[l.section].label[locale]}
              </a>
            </p>
          </section>
        ))}
    </Shell>
  )
}
