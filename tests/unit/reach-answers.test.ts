import { describe, expect, it } from '@jest/globals'
import { pollFigures, quizFigures, shown } from '@/reach/summary/answerFigures'

const codes = ['LA-SV', 'LA-VT']
const codeOf = (id: unknown) => ({ 1: 'LA-SV', 2: 'LA-VT' })[Number(id) as 1 | 2] ?? null
const quiz = { id: 7, slug: 'q', title: 'Q', questions: ['first', 'second'] }

/** A quiz tally row: `answered` and `right` for one question of one group. */
const row = (question: number, answered: number, right: number, extra = {}) => ({
  quiz: 7,
  question,
  answered,
  right,
  ageBand: '15-19',
  sex: 'female',
  province: 1,
  ...extra,
})

describe('the small-number rule', () => {
  it('shows 1 to 4 as “<5”, and 0 and 5 up exactly', () => {
    expect([0, 1, 4, 5, 120].map(shown)).toEqual([0, '<5', '<5', 5, 120])
  })
})

describe('quiz figures', () => {
  it('adds up attempts, the average score and each question’s share right', () => {
    const [q] = quizFigures(
      [quiz],
      [
        row(0, 6, 3),
        row(1, 6, 6),
        row(0, 4, 4, { sex: 'male', province: 2 }),
        row(1, 4, 0, { sex: 'male', province: 2 }),
      ],
      codes,
      codeOf,
    )
    expect(q.attempts).toBe(10)
    // 13 right of 20 answers.
    expect(q.averageScore).toBe(65)
    expect(q.questions).toEqual([
      { question: 'first', rightShare: 70 },
      { question: 'second', rightShare: 60 },
    ])
    expect(q.bySex).toEqual([
      { group: 'female', attempts: 6, averageScore: 75 },
      { group: 'male', attempts: '<5', averageScore: null },
    ])
    expect(q.byProvince.map((g) => [g.group, g.attempts])).toEqual([
      ['LA-SV', 6],
      ['LA-VT', '<5'],
    ])
  })

  it('hides the share and the average of a quiz answered fewer than 5 times', () => {
    const [q] = quizFigures(
      [quiz],
      [row(0, 3, 3, { ageBand: null }), row(1, 3, 1, { ageBand: null })],
      codes,
      codeOf,
    )
    expect(q).toMatchObject({ attempts: '<5', averageScore: null })
    expect(q.questions.map((x) => x.rightShare)).toEqual([null, null])
    expect(q.byAgeBand).toEqual([{ group: 'unknown', attempts: '<5', averageScore: null }])
  })
})

describe('poll figures', () => {
  it('adds up votes per option, with their shares, and per option by group', () => {
    const poll = { id: 3, slug: 'p', title: 'P', options: ['yes', 'no'] }
    const vote = (option: number, votes: number, extra = {}) => ({
      poll: 3,
      option,
      votes,
      ageBand: '20-24',
      sex: null,
      province: null,
      ...extra,
    })
    const [p] = pollFigures(
      [poll],
      [vote(0, 8), vote(1, 2), vote(0, 5, { ageBand: '35+' })],
      codes,
      codeOf,
    )
    expect(p.votes).toBe(15)
    expect(p.options).toEqual([
      { label: 'yes', votes: 13, share: 86.7 },
      // Its share would give away how many “<5” stands for.
      { label: 'no', votes: '<5', share: null },
    ])
    expect(p.byAgeBand).toEqual([
      { group: '20-24', votes: 10, options: [8, '<5'] },
      { group: '35+', votes: 5, options: [5, 0] },
    ])
    expect(p.byProvince).toEqual([{ group: 'unknown', votes: 15, options: [13, '<5'] }])
  })
})
