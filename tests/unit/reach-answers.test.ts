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
  it('shows 1 to 4 as “<5”, and rounds the rest to the nearest 5', () => {
    expect([0, 1, 4, 5, 6, 8, 120, 1234].map(shown)).toEqual([0, '<5', '<5', 5, 5, 10, 120, 1235])
  })
})

describe('quiz figures', () => {
  const female = { sex: 'female', province: 1 }
  const male = { sex: 'male', province: 2 }
  const other = { sex: 'other', province: 2 }

  it('adds up attempts, the average score and each question’s share right, from rounded counts', () => {
    const [q] = quizFigures(
      [quiz],
      [
        row(0, 60, 45, female),
        row(1, 60, 60, female),
        row(0, 40, 20, male),
        row(1, 40, 0, male),
        row(0, 3, 3, other),
        row(1, 3, 3, other),
      ],
      codes,
      codeOf,
    )
    // 103 attempts, rounded; right 70 + 65 of 105 + 105 answers, the rounded 68, 63 and 103s.
    expect(q.attempts).toBe(105)
    expect(q.averageScore).toBe(64.3)
    expect(q.questions).toEqual([
      { question: 'first', rightShare: 66.7 },
      { question: 'second', rightShare: 61.9 },
    ])
    expect(q.bySex).toEqual([
      { group: 'female', attempts: 60, averageScore: 87.5 },
      { group: 'male', attempts: 40, averageScore: 25 },
      { group: 'other', attempts: '<5', averageScore: null },
    ])
    expect(q.byProvince.map((g) => [g.group, g.attempts])).toEqual([
      ['LA-SV', 60],
      ['LA-VT', 45],
    ])
  })

  it('gives no exact small number by subtracting the groups shown from the total', () => {
    // Six attempts: five in one province, one in another.
    const [q] = quizFigures(
      [quiz],
      [row(0, 5, 5), row(1, 5, 5), row(0, 1, 0, male), row(1, 1, 1, male)],
      codes,
      codeOf,
    )
    const [one, other] = q.byProvince
    expect([q.attempts, one.attempts, other.attempts]).toEqual([5, 5, '<5'])
    // The average of all and that of the five are alike: the one's score cannot be worked out.
    expect([q.averageScore, one.averageScore]).toEqual([100, 100])
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
      [vote(0, 38), vote(1, 2), vote(1, 21, { ageBand: '35+' })],
      codes,
      codeOf,
    )
    // 61 votes: 38 and 23, rounded.
    expect(p.votes).toBe(60)
    expect(p.options).toEqual([
      { label: 'yes', votes: 40, share: 66.7 },
      { label: 'no', votes: 25, share: 41.7 },
    ])
    expect(p.byAgeBand).toEqual([
      { group: '20-24', votes: 40, options: [40, '<5'] },
      { group: '35+', votes: 20, options: [0, 20] },
    ])
    expect(p.byProvince).toEqual([{ group: 'unknown', votes: 60, options: [40, 25] }])
  })
})
