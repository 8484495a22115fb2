/**
 * Answers to quizzes and polls, as the public forms and scripts send them: what they may hold,
 * how a quiz is scored, and when a poll is open. No Payload: the endpoints (src/answers) look the
 * quiz or poll up and store the answer.
 */
import { parseProfile, type Profile } from './profile'

/** A quiz as far as scoring goes: its questions' options, which are right. */
export type Scorable = { questions?: { options?: { correct?: boolean | null }[] | null }[] | null }

export type Score = { score: number; total: number; right: boolean[] }

/** Why an answer was refused; the page's script says it in the page's language. */
export type AnswerProblem =
  | 'shape'
  | 'answers'
  | 'option'
  | 'profile'
  | 'token'
  | 'too-big'
  | 'flood'
  | 'not-found'
  | 'not-open'
  | 'closed'
  | 'voted'
  | 'unavailable'

export const answerStatus: Record<AnswerProblem, number> = {
  shape: 400,
  answers: 400,
  option: 400,
  profile: 400,
  token: 400,
  'too-big': 413,
  flood: 429,
  'not-found': 404,
  'not-open': 409,
  closed: 409,
  voted: 409,
  unavailable: 503,
}

export const answerMessages: Record<AnswerProblem, string> = {
  shape: 'Send a JSON object or a form.',
  answers:
    'Answer every question: "answers" is a list with one option number (from 0) per question, in order.',
  option: '"option" must be the number (from 0) of one of the poll\'s options.',
  profile:
    '"ageBand", "sex" and "province" are optional; when sent, each must be one of the choices offered.',
  token: '"token" must be 16 to 64 letters, digits, "-" or "_", or left out.',
  'too-big': 'The answer is too large to send.',
  flood: 'Too many answers from this address: try again in a little while.',
  'not-found': 'There is no published quiz or poll here.',
  'not-open': 'This poll is not open yet.',
  closed: 'This poll is closed: votes are no longer taken.',
  voted: 'This device has already voted in this poll.',
  unavailable: 'The answer could not be stored just now: try again in a minute.',
}

/** A whole request body: a few dozen small numbers and the profile, with room. */
export const ANSWER_BODY_MAX = 4 * 1024
/** More questions than any quiz has: a longer list is refused before scoring. */
export const QUESTIONS_MAX = 30

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/

const optionNumber = (value: unknown): number | null => {
  const n = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100 ? n : null
}

/** The options chosen, from JSON (`answers: [0, 2]`) or a form (`q0=0&q1=2`); null if unreadable. */
function answersOf(fields: Record<string, unknown>): number[] | null {
  let listed: unknown[]
  if (Array.isArray(fields.answers)) listed = fields.answers
  else {
    const asked = Object.keys(fields).flatMap((key) => {
      const m = /^q(\d{1,2})$/.exec(key)
      return m ? [Number(m[1])] : []
    })
    if (asked.length === 0) return null
    // A question skipped leaves a gap, which is refused below.
    listed = Array.from({ length: Math.max(...asked) + 1 }, (_, i) => fields[`q${i}`])
  }
  if (listed.length === 0 || listed.length > QUESTIONS_MAX) return null
  const numbers = listed.map(optionNumber)
  return numbers.every((n) => n !== null) ? (numbers as number[]) : null
}

type Refused = { ok: false; problem: AnswerProblem }

/** A quiz attempt's fields: the options chosen and the optional profile. */
export function parseAttempt(
  fields: Record<string, unknown> | null,
): { ok: true; answers: number[]; profile: Profile } | Refused {
  if (!fields) return { ok: false, problem: 'shape' }
  const answers = answersOf(fields)
  if (!answers) return { ok: false, problem: 'answers' }
  const parsed = parseProfile(fields)
  if (!parsed.ok) return { ok: false, problem: 'profile' }
  return { ok: true, answers, profile: parsed.profile }
}

/** A poll vote's fields: the option, the device's token (optional) and the optional profile. */
export function parseVote(
  fields: Record<string, unknown> | null,
): { ok: true; option: number; token: string | null; profile: Profile } | Refused {
  if (!fields) return { ok: false, problem: 'shape' }
  const option = optionNumber(fields.option)
  if (option === null) return { ok: false, problem: 'option' }
  const token = fields.token === undefined || fields.token === '' ? null : fields.token
  if (token !== null && !(typeof token === 'string' && TOKEN.test(token)))
    return { ok: false, problem: 'token' }
  const parsed = parseProfile(fields)
  if (!parsed.ok) return { ok: false, problem: 'profile' }
  return { ok: true, option, token, profile: parsed.profile }
}

/**
 * The score of `answers`, one option number per question in order, or null when they do not fit
 * the quiz (a question left out or added, an option it does not have).
 */
export function scoreAnswers(quiz: Scorable, answers: number[]): Score | null {
  const questions = quiz.questions ?? []
  if (questions.length === 0 || answers.length !== questions.length) return null
  const right: boolean[] = []
  for (const [i, question] of questions.entries()) {
    const options = question.options ?? []
    if (answers[i] >= options.length) return null
    right.push(options[answers[i]].correct === true)
  }
  return { score: right.filter(Boolean).length, total: right.length, right }
}

export type PollWindow = { opensAt?: string | null; closesAt?: string | null }

/** Whether a poll takes votes at `now`: open from `opensAt` (when set) until `closesAt`. */
export function pollState(poll: PollWindow, now = new Date()): 'not-open' | 'open' | 'closed' {
  if (poll.opensAt && Date.parse(poll.opensAt) > now.getTime()) return 'not-open'
  if (poll.closesAt && Date.parse(poll.closesAt) <= now.getTime()) return 'closed'
  return 'open'
}

export const showResultsChoices = ['after-vote', 'after-close', 'never'] as const
export type ShowResults = (typeof showResultsChoices)[number]

/** Whether a poll's results may be shown: after voting, or once it has closed, as the editor chose. */
export function resultsShown(
  poll: PollWindow & { showResults?: ShowResults | null },
  { voted, now = new Date() }: { voted: boolean; now?: Date },
): boolean {
  const closed = pollState(poll, now) === 'closed'
  switch (poll.showResults ?? 'after-vote') {
    case 'after-vote':
      return voted || closed
    case 'after-close':
      return closed
    case 'never':
      return false
  }
}
