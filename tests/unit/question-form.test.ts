import { describe, expect, it } from '@jest/globals'
import { h } from 'preact'
import { render } from 'preact-render-to-string'
import { QuestionForm } from '../../src/components/QuestionForm'
import { siteStrings } from '../../src/site/strings'

const provinces = [
  { id: 3, title: 'ສະຫວັນນະເຂດ' },
  { id: 5, title: 'ຫຼວງພະບາງ' },
]
const html = (props: Partial<Parameters<typeof QuestionForm>[0]> = {}) =>
  render(h(QuestionForm, { locale: 'lo', provinces, ...props }))

describe('the ask-a-question form', () => {
  it('is a plain POST to /api/questions that needs no script, in the page’s language', () => {
    const page = html()
    expect(page).toMatch(/<form[^>]*method="post"[^>]*action="\/api\/questions"/)
    expect(page).toContain('<input type="hidden" name="language" value="lo"/>')
    expect(page).toMatch(/<textarea[^>]*name="message"[^>]*required/)
    // An empty value is written as a bare attribute, which HTML reads as "".
    expect(page).toMatch(/<option value(="")?>ບໍ່ບອກ<\/option>/)
    expect(page).toContain('<option value="3">ສະຫວັນນະເຂດ</option>')
    expect(page).toMatch(/name="contact"/)
    expect(page).not.toMatch(/<script/)
  })

  it('says in plain Lao that no address, device or fingerprint is kept', () => {
    expect(html()).toContain(siteStrings('lo').askPrivacy)
    expect(siteStrings('lo').askPrivacy).toMatch(/ບໍ່ເກັບທີ່ຢູ່ອິນເຕີເນັດ/)
  })

  it('hides the honeypot from people: off-screen, out of the tab order, no autofill', () => {
    const trap = html().match(/<div class="question-trap"[^]*?<\/div>/)?.[0] ?? ''
    expect(trap).toContain('aria-hidden="true"')
    expect(trap).toMatch(/<input[^>]*name="website"[^>]*tabIndex="-1"[^>]*autoComplete="off"/i)
  })

  it('says what happened after the 303: sent, or why not', () => {
    expect(html({ sent: true })).toContain(`role="status">${siteStrings('lo').askSent}`)
    expect(html({ error: 'empty' })).toContain(`role="alert">${siteStrings('lo').askErrorEmpty}`)
    expect(html({ locale: 'en', error: 'flood' })).toContain(siteStrings('en').askErrorFlood)
    expect(html({ error: 'whatever' })).toContain(siteStrings('lo').askErrorOther)
    expect(html()).not.toContain('role="alert"')
  })
})
