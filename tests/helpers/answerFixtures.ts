/**
 * The quizzes and polls the HTTP answer tests work on, made fresh for each file and deleted after
 * it, and the ways to answer them from a loopback address of the test's own (so that one test's
 * flood limit never touches another's).
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect } from '@jest/globals'
import { adminLogin, api, apiFrom, server } from './http'

export type Doc = { id: number; slug: string }
export type Errors = { errors?: { message: string; problem?: string }[] }
export type Score = { score: number; total: number; right: boolean[] }

export const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

export const questions = [
  {
    question: 'ບໍລິສັດຈັດຫາງານທີ່ຖືກກົດໝາຍ ເກັບເງິນລ່ວງໜ້າບໍ?',
    options: [
      { label: 'ເກັບ', correct: false },
      { label: 'ບໍ່ເກັບ', correct: true },
    ],
    explanation: 'ບໍລິສັດທີ່ຖືກກົດໝາຍບໍ່ເກັບເງິນກ່ອນເຮັດວຽກ.',
  },
  {
    question: 'ສາຍດ່ວນຕ້ານການຄ້າມະນຸດແມ່ນເບີໃດ?',
    options: [
      { label: '1300', correct: true },
      { label: '1362', correct: false },
      { label: '1195', correct: false },
    ],
    explanation: '1300 ໂທຟຣີ.',
  },
]
export const options = [{ label: 'ແມ່ນ' }, { label: 'ບໍ່ແມ່ນ' }, { label: 'ບໍ່ແນ່ໃຈ' }]
const day = 24 * 60 * 60 * 1000

export const attempt = (
  from: string,
  slug: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  apiFrom<Errors & Score>(from, `/api/quizzes/${slug}/attempts`, { method: 'POST', body, headers })

export const vote = (
  from: string,
  slug: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  apiFrom<Errors & { ok?: boolean; results?: { total: number; votes: number[] } | null }>(
    from,
    `/api/polls/${slug}/votes`,
    { method: 'POST', body, headers },
  )

/** The rows of a table for one quiz or poll, read from the database itself. */
export async function rows(table: string, column: string, id: number) {
  const db = createClient({ url: server().databaseURI })
  try {
    return (await db.execute({ sql: `SELECT * FROM ${table} WHERE ${column} = ?`, args: [id] }))
      .rows
  } finally {
    db.close()
  }
}

export type AnswerFixtures = {
  run: number
  admin: string
  /** Published, with `questions`. */
  quiz: Doc
  draft: Doc
  /** Open for 30 days, results after voting. */
  poll: Doc
  /** Closed yesterday, results once closed. */
  closed: Doc
  /** Opens tomorrow. */
  later: Doc
  /** Makes another document, deleted after the file with the rest. */
  create: (collection: string, body: Record<string, unknown>) => Promise<Doc>
}

/** The file's quizzes and polls: read them in tests, once `beforeAll` has run. */
export function answerFixtures(): AnswerFixtures {
  const made: [string, number][] = []
  const f = { run: Date.now() } as AnswerFixtures
  f.create = async (collection, body) => {
    const res = await api<{ doc: Doc }>(`/api/${collection}`, {
      method: 'POST',
      token: f.admin,
      body,
    })
    expect(res.status).toBe(201)
    made.push([collection, res.body.doc.id])
    return res.body.doc
  }
  beforeAll(async () => {
    const { run, create } = f
    f.admin = await adminLogin()
    f.quiz = await create('quizzes', { title: `ແບບທົດສອບ ${run}`, questions, _status: 'published' })
    f.draft = await create('quizzes', { title: `ຮ່າງ ${run}`, questions, _status: 'draft' })
    f.poll = await create('polls', {
      title: `ເຈົ້າຮູ້ຈັກສາຍດ່ວນບໍ ${run}`,
      options,
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
      _status: 'published',
    })
    f.closed = await create('polls', {
      title: `ປິດແລ້ວ ${run}`,
      options,
      opensAt: new Date(Date.now() - 30 * day).toISOString(),
      closesAt: new Date(Date.now() - day).toISOString(),
      showResults: 'after-close',
      _status: 'published',
    })
    f.later = await create('polls', {
      title: `ຍັງບໍ່ເປີດ ${run}`,
      options,
      opensAt: new Date(Date.now() + day).toISOString(),
      _status: 'published',
    })
  }, 60_000)
  afterAll(async () => {
    for (const [collection, id] of made.reverse())
      await api(`/api/${collection}/${id}`, { method: 'DELETE', token: f.admin })
  })
  return f
}
