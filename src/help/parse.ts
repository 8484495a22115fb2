/**
 * What a question may say, checked before anything is read or written. No Payload imports: the
 * endpoint (src/help/receive.ts) looks the province up and stores the question.
 */
import {
  CONTACT_MAX,
  HONEYPOT,
  MESSAGE_MAX,
  questionLanguages,
  type QuestionLanguage,
} from './limits'

export type QuestionInput = {
  message: string
  province: string | null
  contact: string | null
  language: QuestionLanguage
}

/** Why a question was refused: the form shows the matching sentence (src/site/strings.ts). */
export type QuestionProblem =
  | 'empty'
  | 'too-long'
  | 'contact-too-long'
  | 'province'
  | 'language'
  | 'shape'
  | 'honeypot'
  | 'too-big'
  | 'flood'
  | 'unavailable'

export const problemMessages: Record<QuestionProblem, string> = {
  empty: 'Write a message: "message" is empty.',
  'too-long': `A message is at most ${MESSAGE_MAX} characters.`,
  'contact-too-long': `"contact" is at most ${CONTACT_MAX} characters.`,
  province: '"province" must be the id of one of the provinces, or left out.',
  language: '"language" must be "lo" or "en".',
  shape:
    'Send a JSON object or a form: "message", and optionally "province", "contact" and "language".',
  honeypot: 'This question was not accepted.',
  'too-big': 'The question is too large to send.',
  flood: 'Too many questions from this address: try again in a little while.',
  unavailable: 'The question could not be stored just now: try again in a minute.',
}

export type Parsed = { ok: true; question: QuestionInput } | { ok: false; problem: QuestionProblem }

const optionalText = (value: unknown): string | null | undefined => {
  if (value === undefined || value === null) return null
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  return value.trim() || null
}

/** The language a reply should come back in, from whatever was sent; Lao unless it says English. */
export function languageOf(fields: Record<string, unknown> | null): QuestionLanguage {
  return fields?.language === 'en' ? 'en' : 'lo'
}

/** Checks the fields of a question, as JSON or a form sent them. */
export function parseQuestion(fields: Record<string, unknown> | null): Parsed {
  const refuse = (problem: QuestionProblem): Parsed => ({ ok: false, problem })
  if (!fields) return refuse('shape')
  const trap = fields[HONEYPOT]
  if (trap !== undefined && trap !== null && trap !== '') return refuse('honeypot')
  if (fields.message !== undefined && typeof fields.message !== 'string') return refuse('shape')
  // Line ends as the form sends them (CR LF) count once, as the admin shows them.
  const message = (fields.message ?? '').replace(/\r\n/g, '\n').trim()
  if (!message) return refuse('empty')
  if ([...message].length > MESSAGE_MAX) return refuse('too-long')
  const contact = optionalText(fields.contact)
  if (contact === undefined) return refuse('shape')
  if (contact && [...contact].length > CONTACT_MAX) return refuse('contact-too-long')
  const province = optionalText(fields.province)
  if (province === undefined || (province && !/^[0-9A-Za-z]{1,40}$/.test(province)))
    return refuse('province')
  const language = fields.language ?? 'lo'
  if (!(questionLanguages as readonly unknown[]).includes(language)) return refuse('language')
  return {
    ok: true,
    question: { message, province, contact, language: language as QuestionLanguage },
  }
}
