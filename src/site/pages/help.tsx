/** @jsxImportSource preact */
import { ReachUs, ServiceFilter, ServiceList } from '@/components/Help'
import { Pager } from '@/components/ListControls'
import { QuestionForm } from '@/components/QuestionForm'
import { RichText } from '@/components/RichText'
import { isServiceKind } from '@/lib/help'
import { publishedServices, siteSettings, taxonomies, type ServiceFilters } from '@/site/data'
import { pageMetadata } from '@/site/metadata'
import { alternateOf, pageAt, type PageMaker } from '@/site/render/page'
import { pathOf } from '@/site/sections'
import { siteStrings } from '@/site/strings'

/**
 * Help pages tell no other site where the visitor was: not the messaging apps, not the maps,
 * not the neutral site of the quick exit.
 */
const private_ = { 'Referrer-Policy': 'no-referrer' }

/** /{locale}/help: the hotlines, the messaging apps, the guidance, and the way to the directory. */
export const helpPage: PageMaker = pageAt(['help'], async ({ locale, query }) => {
  const s = siteStrings(locale)
  const [settings, { provinces }] = await Promise.all([siteSettings(locale), taxonomies(locale)])
  const path = pathOf(locale, 'help')
  const services = pathOf(locale, 'help', 'services')
  return {
    head: pageMetadata({ locale, path, title: s.helpTitle, description: s.helpIntro }),
    alternate: alternateOf(locale, path),
    headers: private_,
    body: (
      <div className="help-page">
        <h1>{s.helpTitle}</h1>
        <p>{s.helpIntro}</p>
        <ReachUs locale={locale} settings={settings} />
        <QuestionForm
          locale={locale}
          provinces={provinces.map((p) => ({ id: p.id, title: p.title }))}
          sent={query.get('sent') === '1'}
          error={query.get('error')}
        />
        <section className="help-section" aria-labelledby="help-services">
          <h2 id="help-services">{s.findService}</h2>
          <ServiceFilter locale={locale} action={services} choice={{}} provinces={provinces} />
        </section>
        <section className="help-section" aria-labelledby="help-know">
          <h2 id="help-know">{s.whatToKnow}</h2>
          <RichText value={settings.helpGuidance} />
        </section>
        <section className="help-section" aria-labelledby="help-safe">
          <h2 id="help-safe">{s.staySafe}</h2>
          <p>{s.clearHistory}</p>
        </section>
      </div>
    ),
  }
})

/** /{locale}/help/services?province=…&kind=…&page=…: the directory, by name. */
export const servicesPage: PageMaker = pageAt(['help', 'services'], async ({ locale, query }) => {
  const s = siteStrings(locale)
  const kind = query.get('kind')
  const filters: ServiceFilters = {
    province: query.get('province') || undefined,
    kind: isServiceKind(kind) ? kind : undefined,
    page: Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1),
  }
  const [result, { provinces }] = await Promise.all([
    publishedServices(locale, filters),
    taxonomies(locale),
  ])
  const path = pathOf(locale, 'help', 'services')
  const href = (n: number) => {
    const params = new URLSearchParams({ page: String(n) })
    if (filters.province) params.set('province', filters.province)
    if (filters.kind) params.set('kind', filters.kind)
    return `${path}?${params}`
  }
  const title = s.findService
  return {
    head: pageMetadata({ locale, path, title }),
    alternate: alternateOf(locale, path),
    headers: private_,
    body: (
      <div className="help-page">
        <p>
          <a href={pathOf(locale, 'help')}>{s.helpTitle}</a>
        </p>
        <h1>{title}</h1>
        <ServiceFilter
          locale={locale}
          action={path}
          choice={{ province: filters.province, kind: filters.kind }}
          provinces={provinces}
          remember
        />
        <p role="status">{s.servicesFound(result.totalDocs)}</p>
        <ServiceList services={result.docs} locale={locale} />
        <Pager locale={locale} page={result.page ?? 1} totalPages={result.totalPages} href={href} />
      </div>
    ),
  }
})
