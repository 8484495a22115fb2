import { APIError } from 'payload'

/**
 * Refuses a request with 403 and a message a person can act on. The name is set by hand:
 * the production build minifies class names, and Payload's error formatter needs one to show
 * the message instead of "An unknown error occurred."
 */
export function forbid(message: string): never {
  const error = new APIError(message, 403, undefined, true)
  error.name = 'Forbidden'
  throw error
}
