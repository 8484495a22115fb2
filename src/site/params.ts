/**
 * The query parameters public pages read: a list's filters and page, the search's query and type,
 * the services directory's kind, the help page's answer to a question sent without script
 * (`sent`, `error`), and a quiz's or poll's to an answer sent without script (`answers`,
 * `voted`, `error`).
 * Only these make an address a different page; Siang's server keys the pages it keeps on them and
 * ignores any other (src/server/keptAnswers.ts). No imports.
 */
export const PAGE_PARAMS = [
  'topic',
  'audience',
  'province',
  'page',
  'q',
  'type',
  'kind',
  'sent',
  'error',
  'answers',
  'voted',
] as const
