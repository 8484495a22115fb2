'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { embedRule, type EmbedSettings } from '@/embed/rule'
import { embedCode, embedTypeOf } from '@/embed/types'
import { useSay } from '@/i18n/useSay'

const unchanging = () => () => {}

/** The site settings' embedding rule and contact (a public read, as the site shows them too). */
function useEmbedSettings(): EmbedSettings | null {
  const [settings, setSettings] = useState<EmbedSettings | null>(null)
  useEffect(() => {
    let live = true
    fetch(
      '/api/globals/site-settings?depth=0&select[embedAnywhere]=true&select[embedContact]=true',
      {
        credentials: 'include',
      },
    )
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: EmbedSettings | null) => live && doc && setSettings(doc))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [])
  return settings
}

/**
 * The embed code of this song, episode or spot, for staff to hand to partners, with the rule of
 * which sites may show it and whom a partner writes to. It works once the document is published;
 * partners add `?partner=their-slug` to have their plays counted.
 */
export function EmbedCode() {
  const { collectionSlug } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const title = useFormFields(([fields]) => fields.title?.value as string | undefined)
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const [copied, setCopied] = useState(false)
  const { t, i18n } = useTranslation()
  const say = useSay()
  const settings = useEmbedSettings()
  // The page's origin, known only in the browser: the server and the hydrating browser both render
  // nothing (null), then the browser renders the code. Reading `window` during render instead
  // made the two differ, a hydration error.
  const origin = useSyncExternalStore(
    unchanging,
    () => window.location.origin,
    () => null,
  )
  const type = collectionSlug ? embedTypeOf(collectionSlug) : undefined
  if (!type || !slug || !origin) return null
  const code = embedCode(origin, type, slug, title ?? slug)
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <label className="field-label" htmlFor="siang-embed-code">
        {say('embedCode')}
      </label>
      <textarea
        id="siang-embed-code"
        readOnly
        rows={5}
        value={code}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: 12 }}
        data-testid="embed-code"
      />
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => navigator.clipboard.writeText(code).then(() => setCopied(true))}
      >
        {t(copied ? 'general:copied' : 'general:copy')}
      </button>
      {settings && <EmbedRuleNote settings={settings} language={i18n.language} />}
      {status !== 'published' && (
        <p className="field-description">{say('embedWorksOncePublished')}</p>
      )}
    </div>
  )
}

function EmbedRuleNote({ settings, language }: { settings: EmbedSettings; language: string }) {
  const { rule, ask, contact } = embedRule(language === 'en' ? 'en' : 'lo', settings)
  return (
    <p className="field-description" data-testid="embed-rule">
      {rule}{' '}
      {contact && (
        <>
          {ask} <a href={`mailto:${contact}`}>{contact}</a>.
        </>
      )}
    </p>
  )
}
