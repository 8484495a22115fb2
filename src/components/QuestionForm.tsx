/** @jsxImportSource preact */
import { CONTACT_MAX, HONEYPOT, MESSAGE_MAX } from '@/help/limits'
import type { Locale } from '@/lib/locales'
import { siteStrings, type Strings } from '@/site/strings'

type Props = {
  locale: Locale
  /** The provinces to choose from, in the page's language. */
  provinces: { id: number | string; title: string }[]
  /** `?sent=1` after a question went through (the endpoint's 303). */
  sent?: boolean
  /** `?error=…`: why the endpoint sent the visitor back (src/help/parse.ts names them). */
  error?: string | null
}

/** The sentence for each refusal the endpoint sends back to a no-script form. */
const errorKeys: Record<string, keyof Strings> = {
  empty: 'askErrorEmpty',
  'too-long': 'askErrorTooLong',
  'contact-too-long': 'askErrorContact',
  province: 'askErrorProvince',
  flood: 'askErrorFlood',
}

/**
 * The help page's "ask a question" form: a plain POST to /api/questions that works without
 * script, answered by a 303 back to the help page with `sent` or `error`. The trap field is
 * off-screen and hidden from screen readers; only robots fill it.
 */
/** The sentences the page's script shows after sending in the background (src/site/assets). */
function scriptSays(s: Strings): string {
  const say: Record<string, string> = { sent: s.askSent, offline: s.askOffline }
  for (const [problem, key] of Object.entries(errorKeys)) say[problem] = String(s[key])
  say.other = s.askErrorOther
  return JSON.stringify(say)
}

export function QuestionForm({ locale, provinces, sent = false, error = null }: Props) {
  const s = siteStrings(locale)
  const problem = error ? s[errorKeys[error] ?? 'askErrorOther'] : null
  return (
    <section class="question" id="question" aria-labelledby="question-title">
      <h2 id="question-title">{s.askTitle}</h2>
      <p>{s.askIntro}</p>
      {sent && (
        <p class="question-sent" role="status">
          {s.askSent}
        </p>
      )}
      {typeof problem === 'string' && (
        <p class="question-error" role="alert">
          {problem}
        </p>
      )}
      <form class="question-form" method="post" action="/api/questions" data-say={scriptSays(s)}>
        <input type="hidden" name="language" value={locale} />
        <label for="question-message">{s.askMessage}</label>
        <textarea
          id="question-message"
          name="message"
          rows={6}
          required
          maxLength={MESSAGE_MAX}
        ></textarea>
        <label for="question-province">{s.askProvince}</label>
        <select id="question-province" name="province">
          <option value="">{s.askNoProvince}</option>
          {provinces.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.title}
            </option>
          ))}
        </select>
        <label for="question-contact">{s.askContact}</label>
        <input
          id="question-contact"
          name="contact"
          type="text"
          maxLength={CONTACT_MAX}
          autoComplete="off"
          aria-describedby="question-contact-note"
        />
        <p id="question-contact-note" class="question-note">
          {s.askContactNote}
        </p>
        <div class="question-trap" aria-hidden="true">
          <label for="question-website">{s.askTrap}</label>
          <input
            id="question-website"
            name={HONEYPOT}
            type="text"
            tabIndex={-1}
            autoComplete="off"
          />
        </div>
        <p class="question-privacy">{s.askPrivacy}</p>
        <button type="submit">{s.askSend}</button>
      </form>
    </section>
  )
}
