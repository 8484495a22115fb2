/** @jsxImportSource preact */
import { Cards } from '@/components/Cards'
import { Picture } from '@/components/Picture'
import { Wrapped } from '@/components/Wrapped'
import { currentCampaign, listPublished } from '@/site/data'
import { pageMetadata } from '@/site/metadata'
import { alternateOf, type PageMaker } from '@/site/render/page'
import { pathOf, sections, type Section } from '@/site/sections'
import { siteStrings } from '@/site/strings'

const latest: Section[] = ['songs', 'dramas', 'radio', 'tv', 'news']

/** /{locale}: the current campaign and the latest of each kind. */
export const homePage: PageMaker = async ({ locale, parts }) => {
  if (parts.length) return null
  const s = siteStrings(locale)
  const [campaign, lists] = await Promise.all([
    currentCampaign(locale),
    Promise.all(
      latest.map(async (section) => ({
        section,
        docs: (await listPublished(sections[section].collection, locale, { limit: 4 })).docs,
      })),
    ),
  ])
  return {
    head: pageMetadata({ locale, path: pathOf(locale) }),
    alternate: alternateOf(locale, pathOf(locale)),
    body: (
      <>
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
      </>
    ),
  }
}
