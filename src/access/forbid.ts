import { APIError } from 'payload'

const names: Record<number, string> = {
  400: 'BadRequest',
  403: 'Forbidden',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
}

/**
 * Refuses a request with a status and a message a person can act on. The name is set by hand:
 * the production build may minify class names, and Payload's error formatter needs one to show
 * the message instead of "An unknown error occurred."
 */
export function forbidWith(status: number, message: string): never {
  const error = new APIError(message, status, undefined, true)
  error.name = names[status] ?? 'APIError'
  throw error
}

/** 403 with a message. */
export function forbid(message: string): never {
  forbidWith(403, message)
}
