import { english, type Say, type SiangKey } from '../i18n/siang'

/**
 * A refusal with its HTTP status and a message a person can act on. It keeps its key, not its
 * words, so that the endpoint and the admin page can each say it in their reader's language;
 * `message` is the English, for logs.
 */
export class ReachError extends Error {
  constructor(
    readonly status: number,
    readonly key: SiangKey,
    readonly vars: Record<string, string> = {},
  ) {
    super(english(key, vars))
  }

  /** The message in the language `say` speaks. */
  in(say: Say): string {
    return say(this.key, this.vars)
  }
}
