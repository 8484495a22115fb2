/**
 * Where a quiz or poll is shown: its own page on the site, or a partner's embed of it
 * (/embed/quizzes/{slug}, src/embed/answerEmbed.ts). `href` is the embed's own address, which
 * "try again" and the script's links start from; `sendQuery` goes on the form's address, so that
 * the endpoint sends a visitor without script back to the embed, refusals too (src/answers/read.ts).
 */
export type AnswerPlace = { href: string; sendQuery: string }

/** The form's address: the endpoint, with the embed's query when it is in one. */
export const formAction = (endpoint: string, place: AnswerPlace | undefined) =>
  place ? `${endpoint}?${place.sendQuery}` : endpoint
