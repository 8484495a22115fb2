/**
 * Where a quiz or poll is shown: its own page on the site, or a partner's embed of it
 * (/embed/quizzes/{slug}, src/embed/answerPage.tsx). `href` is the address to come back to (for
 * "try again"); in an embed, `embed` is its theme, which the form sends so that the endpoint
 * sends a visitor without script back to the embed, not to the site (src/answers/read.ts).
 */
export type AnswerPlace = { href: string; embed?: 'light' | 'dark' }

/** The form's hidden field that says it was sent from an embed, and the embed's theme. */
export const EMBED_FIELD = 'embed'
