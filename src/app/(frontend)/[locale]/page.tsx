import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Cards } from '@/components/Cards'
import { Picture } from '@/components/Picture'
import { Shell } from '@/components/Shell'
import { Wrapped } from '@/components/Wrapped'
import { pageLocale } from '@/site/saveData'
import { currentCampaign, listPublished } from '@/site/data'
import { localePaths, pageMetadata } from '@/site/metadata'
import { pathOf, sections, type Section } from '@/site/sections'
import { t } from '@/site/strings'

/** The safety net behind tag expiry: REVALIDATE_SECONDS in src/site/data.ts. */
export const revalidate = 30

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params
  const locale = pageLocale(segment)
  if (!locale) return {}
  return pageMetadata({ locale, path: pathOf(locale) })
}

const latest: Section[] = ['songs', 'dramas', 'radio', 'tv', 'news']

export default async function Home({ params }: Props) {
  const { locale: segment } = await params
  const locale = pageLocale(segment)
  if (!locale) notFound()
  const s = t(locale)
  const campaign = await currentCampaign(locale)
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
            {/* The link says the title next to it: the picture adds nothing for a screen reader. */}
            <Picture media={campaign.heroImage} size="card" alt="" priority />
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
