/**
 * What a question may hold, shared by the collection, the endpoint and the form. No Payload
 * imports: the public form reads these too.
 */
export const MESSAGE_MAX = 2000
export const CONTACT_MAX = 100
/** A whole request body: the fields above, form-encoded (Lao text triples in %-escapes), and room. */
export const BODY_MAX = 24 * 1024

export const questionLanguages = ['lo', 'en'] as const
export type QuestionLanguage = (typeof questionLanguages)[number]

export const questionStatuses = ['new', 'in-progress', 'referred', 'closed'] as const
export type QuestionStatus = (typeof questionStatuses)[number]

/** The honeypot's name: a field people never see, which only a form-filling robot fills. */
export const HONEYPOT = 'website'

/** Contact details are erased this many days after a question is closed (QUESTIONS_ERASE_DAYS). */
export const DEFAULT_ERASE_DAYS = 90
