/** @jsxImportSource preact */
import { Fragment } from 'preact'
import { serviceKindWords } from '@/i18n/glossary'
import { geoHref, messagingHref, platformNames, serviceKinds, type ServiceKind } from '@/lib/help'
import type { Locale } from '@/lib/locales'
import { telHref } from '@/lib/tel'
import type { Province, Service, SiteSetting } from '@/payload-types'
import { siteStrings } from '@/site/strings'

/** Every hotline as a call, under `title` (the help page's and the offline page's own words). */
export function HotlineCalls({ settings, title }: { settings: SiteSetting; title: string }) {
  return (
    <section className="help-section" aria-labelledby="help-call">
      <h2 id="help-call">{title}</h2>
      <ul className="help-actions">
        {(settings.hotlines ?? []).map((h) => (
          <li key={h.id ?? h.number}>
            <a href={telHref(h.number)}>
              {h.number} · {h.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Every hotline as a call, and every messaging app as a link that opens it. */
export function ReachUs({ locale, settings }: { locale: Locale; settings: SiteSetting }) {
  const s = siteStrings(locale)
  const apps = settings.messaging ?? []
  return (
    <>
      <HotlineCalls settings={settings} title={s.callFree} />
      {apps.length > 0 && (
        <section className="help-section" aria-labelledby="help-message">
          <h2 id="help-message">{s.sendMessage}</h2>
          <ul className="help-actions">
            {apps.map((app) => (
              <li key={app.id ?? `${app.platform}:${app.handle}`}>
                <a
                  href={messagingHref(app.platform, app.handle, app.keyword)}
                  rel="noreferrer"
                  data-platform={app.platform}
                >
                  {platformNames[app.platform]}: {app.handle}
                  {app.platform === 'sms' && app.keyword ? ` (${app.keyword})` : ''}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

export type ServiceChoice = { province?: string; kind?: ServiceKind }

/** The directory's filter: a plain GET form; with script the choice is remembered on the device. */
export function ServiceFilter({
  locale,
  action,
  choice,
  provinces,
  remember = false,
}: {
  locale: Locale
  action: string
  choice: ServiceChoice
  provinces: Province[]
  /** The directory's own form: the islands script remembers and restores its choice. */
  remember?: boolean
}) {
  const s = siteStrings(locale)
  return (
    <form
      className="filters"
      method="get"
      action={action}
      data-remember={remember ? '' : undefined}
    >
      <label>
        {s.province}
        <select name="province" defaultValue={choice.province ?? ''}>
          <option value="">{s.all}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.kind}
        <select name="kind" defaultValue={choice.kind ?? ''}>
          <option value="">{s.all}</option>
          {serviceKinds.map((k) => (
            <option key={k} value={k}>
              {serviceKindWords[k][locale]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{s.apply}</button>
    </form>
  )
}

function where(service: Service, locale: Locale): string {
  const province = service.province
  if (province && typeof province === 'object') return province.title
  return service.country ?? siteStrings(locale).abroad
}

/** One service: what and where it is, a call, and the address with a link to the maps app. */
function ServiceEntry({ service, locale }: { service: Service; locale: Locale }) {
  const s = siteStrings(locale)
  const rows: [string, string | null | undefined][] = [
    [s.hours, service.hours],
    [s.languagesSpoken, service.languages],
    [s.offers, service.offers],
  ]
  return (
    <li>
      <h2>{service.name}</h2>
      <p>
        <span className="kind">{serviceKindWords[service.kind][locale]}</span> ·{' '}
        {where(service, locale)}
      </p>
      <ul className="help-actions">
        {service.phone && (
          <li>
            <a href={telHref(service.phone)}>
              {s.call} {service.phone}
            </a>
          </li>
        )}
        {service.address && (
          <li>
            <a href={geoHref(service.address)}>{s.openInMaps}</a>
          </li>
        )}
      </ul>
      <dl>
        {service.address && (
          <>
            <dt>{s.address}</dt>
            <dd>{service.address}</dd>
          </>
        )}
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
      </dl>
    </li>
  )
}

export function ServiceList({ services, locale }: { services: Service[]; locale: Locale }) {
  if (!services.length) return <p>{siteStrings(locale).noResults}</p>
  return (
    <ul className="services">
      {services.map((service) => (
        <ServiceEntry key={service.id} service={service} locale={locale} />
      ))}
    </ul>
  )
}
