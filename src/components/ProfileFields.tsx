/** @jsxImportSource preact */
import { ageBandWords, sexWords } from '@/i18n/glossary'
import type { Locale } from '@/lib/locales'
import { ageBands, sexes } from '@/lib/profile'
import { answerStrings } from '@/site/answerStrings'

export type ProvinceChoice = { code: string; title: string }

/**
 * The optional "about you" questions of a quiz or poll: age band, sex, province, each with
 * "not saying" first. With script they are asked once, and remembered on the phone only (the
 * page's script fills and hides them next time); without, the form sends what is chosen.
 */
export function ProfileFields({
  locale,
  provinces,
  idPrefix,
}: {
  locale: Locale
  provinces: ProvinceChoice[]
  idPrefix: string
}) {
  const s = answerStrings(locale)
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <fieldset class="profile" data-profile>
      <legend>{s.profileTitle}</legend>
      <p class="profile-note">{s.profileNote}</p>
      <label for={id('age')}>{s.age}</label>
      <select id={id('age')} name="ageBand">
        <option value="">{s.notSaying}</option>
        {ageBands.map((band) => (
          <option key={band} value={band}>
            {ageBandWords[band][locale]}
          </option>
        ))}
      </select>
      <label for={id('sex')}>{s.sex}</label>
      <select id={id('sex')} name="sex">
        <option value="">{s.notSaying}</option>
        {sexes.map((sex) => (
          <option key={sex} value={sex}>
            {sexWords[sex][locale]}
          </option>
        ))}
      </select>
      <label for={id('province')}>{s.province}</label>
      <select id={id('province')} name="province">
        <option value="">{s.notSaying}</option>
        {provinces.map((p) => (
          <option key={p.code} value={p.code}>
            {p.title}
          </option>
        ))}
      </select>
    </fieldset>
  )
}
