import { describe, expect, it } from '@jest/globals'
import { CONTACT_MAX, MESSAGE_MAX } from '../../src/help/limits'
import { languageOf, parseQuestion } from '../../src/help/parse'

describe('what a question may say', () => {
  it('takes a message alone, in Lao by default, trimmed', () => {
    expect(parseQuestion({ message: '  ມີຄົນສະເໜີວຽກຢູ່ໄທ \r\n' })).toEqual({
      ok: true,
      question: { message: 'ມີຄົນສະເໜີວຽກຢູ່ໄທ', province: null, contact: null, language: 'lo' },
    })
  })

  it('takes a province id, a contact and English; empty optional fields count as none', () => {
    expect(
      parseQuestion({ message: 'Help', province: '7', contact: ' 020 5555 1234 ', language: 'en' }),
    ).toEqual({
      ok: true,
      question: { message: 'Help', province: '7', contact: '020 5555 1234', language: 'en' },
    })
    expect(
      parseQuestion({ message: 'Help', province: '', contact: '', website: '' }),
    ).toMatchObject({ ok: true, question: { province: null, contact: null } })
    expect(parseQuestion({ message: 'Help', province: 7 })).toMatchObject({
      ok: true,
      question: { province: '7' },
    })
  })

  it.each([
    [{ message: '   ' }, 'empty'],
    [{}, 'empty'],
    [{ message: 'x'.repeat(MESSAGE_MAX + 1) }, 'too-long'],
    [{ message: 'x', contact: 'y'.repeat(CONTACT_MAX + 1) }, 'contact-too-long'],
    [{ message: 'x', province: '1 OR 1=1' }, 'province'],
    [{ message: 'x', province: { id: 1 } }, 'province'],
    [{ message: 'x', language: 'fr' }, 'language'],
    [{ message: ['x'] }, 'shape'],
    [{ message: 'x', contact: { phone: 1 } }, 'shape'],
    [{ message: 'x', website: 'http://spam.example' }, 'honeypot'],
  ])('refuses %j as %s', (fields, problem) => {
    expect(parseQuestion(fields as Record<string, unknown>)).toEqual({ ok: false, problem })
  })

  it('refuses a body that is not an object', () => {
    expect(parseQuestion(null)).toEqual({ ok: false, problem: 'shape' })
  })

  it('counts a Lao message by characters, up to the limit', () => {
    expect(parseQuestion({ message: 'ກ'.repeat(MESSAGE_MAX) }).ok).toBe(true)
  })

  it('answers in English only when asked', () => {
    expect(languageOf({ language: 'en' })).toBe('en')
    expect(languageOf({ language: 'xx' })).toBe('lo')
    expect(languageOf(null)).toBe('lo')
  })
})
