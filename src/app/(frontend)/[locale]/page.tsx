import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { isLocale } from '@/lib/locales'

export const dynamic = 'force-dynamic'

const text = {
  lo: { title: 'ສຽງ', tagline: 'ຕ້ານການຄ້າມະນຸດ', call: 'ໂທ' },
  en: { title: 'Siang', tagline: 'Against human trafficking', call: 'Call' },
}

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    locale,
    overrideAccess: false,
    depth: 0,
  })
  const t = text[locale]
  return (
    <main>
      <h1>{t.title}</h1>
      <p>{t.tagline}</p>
      <ul>
        {(settings.hotlines ?? []).map((h) => (
          <li key={h.id ?? h.number}>
            {h.label}:{' '}
            <a href={`tel:${h.number.replace(/[^+0-9]/g, '')}`}>
              {t.call} {h.number}
            </a>
          </li>
        ))}
      </ul>
    </main>
  )
}
