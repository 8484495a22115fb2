import { describe, expect, it } from '@jest/globals'
import {
  parseAttempt,
  parseVote,
  pollState,
  resultsShown,
  scoreAnswers,
  QUESTIONS_MAX,
} from '@/lib/answers'
import { parseProfile } from '@/lib/profile'

const quiz = {
  questions: [
    { options: [{ correct: false }, { correct: true }] },
    { options: [{ correct: true }, { correct: false }, { correct: false }] },
    { options: [{ correct: false }, { correct: null }, { correct: true }] },
  ],
}

describe('scoring a quiz', () => {
  it('counts the right options, question by question', () => {
    expect(scoreAnswers(quiz, [1, 0, 2])).toEqual({ score: 3, total: 3, right: [true, true, true] })
    expect(scoreAnswers(quiz, [0, 0, 1])).toEqual({
      score: 1,
      total: 3,
      right: [false, true, false],
    })
  })

  it('refuses answers that do not fit: one missing, one more, an option the question lacks', () => {
    expect(scoreAnswers(quiz, [1, 0])).toBeNull()
    expect(scoreAnswers(quiz, [1, 0, 2, 0])).toBeNull()
    expect(scoreAnswers(quiz, [1, 3, 2])).toBeNull()
    expect(scoreAnswers({ questions: [] }, [])).toBeNull()
  })
})

describe('reading an attempt', () => {
  it('reads JSON and a form alike', () => {
    expect(parseAttempt({ answers: [1, 0, 2] })).toMatchObject({ ok: true, answers: [1, 0, 2] })
    expect(parseAttempt({ q0: '1', q1: '0', q2: '2', language: 'lo' })).toMatchObject({
      ok: true,
      answers: [1, 0, 2],
    })
  })

  it('refuses a question skipped in a form, a word for a number, a negative, and too many', () => {
    expect(parseAttempt({ q0: '1', q2: '2' })).toEqual({ ok: false, problem: 'answers' })
    expect(parseAttempt({ answers: ['one'] })).toEqual({ ok: false, problem: 'answers' })
    expect(parseAttempt({ answers: [-1] })).toEqual({ ok: false, problem: 'answers' })
    expect(parseAttempt({ answers: [0.5] })).toEqual({ ok: false, problem: 'answers' })
    const many = Array(QUESTIONS_MAX + 1).fill(0)
    expect(parseAttempt({ answers: many })).toEqual({ ok: false, problem: 'answers' })
    expect(parseAttempt({})).toEqual({ ok: false, problem: 'answers' })
    expect(parseAttempt(null)).toEqual({ ok: false, problem: 'shape' })
  })

  it('takes the profile as optional, and only the choices offered', () => {
    expect(
      parseAttempt({ answers: [0], ageBand: '15-19', sex: 'female', province: 'LA-SV' }),
    ).toMatchObject({ profile: { ageBand: '15-19', sex: 'female', province: 'LA-SV' } })
    expect(parseAttempt({ answers: [0], ageBand: '', sex: '', province: '' })).toMatchObject({
      profile: { ageBand: null, sex: null, province: null },
    })
    for (const bad of [{ ageBand: '16' }, { sex: 'f' }, { province: 'Savannakhet' }])
      expect(parseAttempt({ answers: [0], ...bad })).toEqual({ ok: false, problem: 'profile' })
  })
})

describe('the profile', () => {
  it('has U-Report’s bands, which make up the UN youth band', () => {
    expect(parseProfile({ ageBand: '35+' })).toMatchObject({ ok: true })
    expect(parseProfile({ ageBand: '25-29' })).toEqual({ ok: false, field: 'ageBand' })
    expect(parseProfile({ sex: 'undisclosed' })).toMatchObject({ ok: true })
  })
})

describe('reading a vote', () => {
  it('takes an option, an optional token, and the profile', () => {
    expect(parseVote({ option: 2, token: 'abcdefghij0123456789_-' })).toMatchObject({
      ok: true,
      option: 2,
      token: 'abcdefghij0123456789_-',
    })
    expect(parseVote({ option: '1' })).toMatchObject({ ok: true, option: 1, token: null })
  })

  it('refuses a missing option, a short or strange token', () => {
    expect(parseVote({})).toEqual({ ok: false, problem: 'option' })
    expect(parseVote({ option: 'yes' })).toEqual({ ok: false, problem: 'option' })
    expect(parseVote({ option: 0, token: 'short' })).toEqual({ ok: false, problem: 'token' })
    expect(parseVote({ option: 0, token: 'x'.repeat(20) + '<' })).toEqual({
      ok: false,
      problem: 'token',
    })
  })
})

describe('when a poll is open, and when its results show', () => {
  const now = new Date('2026-12-07T10:00:00Z')
  it('is open from its opening to its closing', () => {
    expect(pollState({}, now)).toBe('open')
    expect(pollState({ opensAt: '2026-12-08T00:00:00Z' }, now)).toBe('not-open')
    expect(pollState({ closesAt: '2026-12-07T10:00:00Z' }, now)).toBe('closed')
    expect(
      pollState({ opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-31T00:00:00Z' }, now),
    ).toBe('open')
  })

  it('shows results as the editor chose', () => {
    const open = { closesAt: '2026-12-31T00:00:00Z' }
    const closed = { closesAt: '2026-12-01T00:00:00Z' }
    expect(resultsShown({ ...open, showResults: 'after-vote' }, { voted: false, now })).toBe(false)
    expect(resultsShown({ ...open, showResults: 'after-vote' }, { voted: true, now })).toBe(true)
    expect(resultsShown({ ...open, showResults: 'after-close' }, { voted: true, now })).toBe(false)
    expect(resultsShown({ ...closed, showResults: 'after-close' }, { voted: false, now })).toBe(
      true,
    )
    expect(resultsShown({ ...closed, showResults: 'never' }, { voted: true, now })).toBe(false)
  })
})
