/**
 * The help page's settings and the help directory's demo services. A service is found by its Lao
 * name, which carries the demo mark; --reset removes only those.
 */
import type { Payload } from 'payload'
import { richText } from './lexical'
import { services } from './data/demo/services'
import { settings } from './data/settings'
import type { Run } from './types'
import { idsBy } from './demo'

/**
 * The guidance, set once; and with the demo, the demo messaging handles (a real site sets its
 * own). Staff's own changes are never overwritten.
 */
export async function ensureHelpSettings(run: Run, demo: boolean): Promise<void> {
  const { payload, context, counts } = run
  const current = await payload.findGlobal({ slug: 'site-settings', locale: 'lo', depth: 0 })
  if (current.helpGuidance) counts.skipped++
  else {
    for (const locale of ['lo', 'en'] as const)
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: { helpGuidance: richText(settings.helpGuidance[locale]) as never },
        context,
      })
    counts.created++
  }
  if (!demo) return
  if (current.messaging?.length) counts.skipped++
  else {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { messaging: settings.messaging.map((m) => ({ ...m })) },
      context,
    })
    counts.created++
  }
}

async function demoServiceIds(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'services',
    locale: 'lo',
    where: { name: { in: services.map((s) => s.name.lo) } },
    limit: 0,
    pagination: false,
    depth: 0,
    draft: true,
  })
  return new Map(docs.map((d) => [d.name, d.id]))
}

/** Every demo service, published in Lao and English, unless one of its name exists. */
export async function seedServices(run: Run): Promise<void> {
  const { payload, context, counts } = run
  const [existing, provinceIds] = await Promise.all([
    demoServiceIds(payload),
    idsBy(payload, 'provinces', 'code'),
  ])
  for (const s of services) {
    if (existing.has(s.name.lo)) {
      counts.skipped++
      continue
    }
    const doc = await payload.create({
      collection: 'services',
      locale: 'lo',
      data: {
        _status: 'published',
        name: s.name.lo,
        kind: s.kind,
        province: s.province ? provinceIds.get(s.province) : undefined,
        country: s.country?.lo,
        address: s.address?.lo,
        phone: s.phone,
        hours: s.hours.lo,
        languages: s.languages.lo,
        offers: s.offers.lo,
      },
      context,
    })
    await payload.update({
      collection: 'services',
      id: doc.id,
      locale: 'en',
      data: {
        _status: 'published',
        name: s.name.en,
        country: s.country?.en,
        address: s.address?.en,
        hours: s.hours.en,
        languages: s.languages.en,
        offers: s.offers.en,
      },
      context,
    })
    counts.created++
  }
  run.log(`${services.length} demo services`)
}

export async function resetServices(run: Run): Promise<void> {
  const ids = [...(await demoServiceIds(run.payload)).values()]
  if (!ids.length) return
  const { docs } = await run.payload.delete({
    collection: 'services',
    where: { id: { in: ids } },
    context: run.context,
  })
  run.counts.deleted += docs.length
}
