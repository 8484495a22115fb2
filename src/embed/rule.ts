import type { Locale } from '@/lib/locales'
import { siteStrings } from '@/site/strings'

export type EmbedSettings = { embedAnywhere?: boolean | null; embedContact?: string | null }

/**
 * Which sites may show the players, in one sentence, and whom a partner writes to: said wherever
 * an embed code is offered (the public embed box, the admin's embed panel, the oEmbed docs), so
 * that a partner whose page shows an empty box knows why and whom to ask.
 */
export function embedRule(locale: Locale, settings: EmbedSettings | null | undefined) {
  const s = siteStrings(locale)
  const anywhere = Boolean(settings?.embedAnywhere)
  return {
    rule: anywhere ? s.embedAnywhere : s.embedPartnersOnly,
    ask: anywhere ? s.embedAskCounts : s.embedAsk,
    contact: settings?.embedContact || null,
  }
}
